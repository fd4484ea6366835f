import type { NotesDocument, Range } from '../model/types';

/** STUB — owned by the summary work. */
export interface TalkSummary {
  sentences: { text: string; range: Range }[];
  /** True when the talk has too little text to summarise (the card says so instead). */
  tooShort: boolean;
}

/** Extractive summary of a talk: the `count` most central sentences, in document order. */
export function summarizeTalk(_doc: NotesDocument, _talk: number, _count: number): TalkSummary {
  return { sentences: [], tooShort: true };
}
