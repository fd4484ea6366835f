/** STUB — owned by the claims work. */

/** A sentence as [start, end) indices into the text it was split from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Splits prose (one paragraph or bullet) into sentences; parenthesised asides stay with their sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  return text.trim() ? [{ start: 0, end: text.length }] : [];
}
