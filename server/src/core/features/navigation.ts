import type { Position, Range } from '../model/types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { summarizeTalk } from '../summarize/summary';
import { isUnsupported } from './claimStatus';
import { comparePositions, isPosition, safely } from './common';
import type { NotesLocation } from './definition';
import { TOO_SHORT } from './hover';

/** `talkNotes.goToSpeaker`: the first speaker name of the talk around the position, or null. */
export function speakerLocation(index: WorkspaceIndex, uri: string, position: Position): NotesLocation | null {
  return safely(null, () => {
    const talk = talkAround(index, uri, position);
    const speaker = talk >= 0 ? index.tablesOf(uri)?.talks[talk]?.speakers[0] : undefined;
    return speaker ? { uri, range: speaker.nameRange } : null;
  });
}

/** "Copy talk summary": the title and summary of the talk around the position, or null. */
export function talkSummary(index: WorkspaceIndex, uri: string, position: Position): { title: string; text: string } | null {
  return safely(null, () => {
    const doc = index.get(uri);
    const ti = talkAround(index, uri, position);
    const talk = doc?.talks[ti];
    if (!doc || !talk) return null;
    const summary = summarizeTalk(doc, ti, index.configuration.summarySentences);
    const text = summary.tooShort || summary.sentences.length === 0 ? TOO_SHORT : summary.sentences.map((s) => s.text).join(' ');
    return { title: talk.title, text };
  });
}

/** The title of the first talk starting on a line after the position's, or null at the last talk. */
export function nextTalk(index: WorkspaceIndex, uri: string, position: Position): Range | null {
  return safely(null, () => {
    if (!isPosition(position)) return null;
    const t = index.tablesOf(uri)?.talks.find((t) => t.line > position.line);
    return t ? t.titleRange : null;
  });
}

/** The title of the nearest talk starting before the position's line, or null. */
export function previousTalk(index: WorkspaceIndex, uri: string, position: Position): Range | null {
  return safely(null, () => {
    if (!isPosition(position)) return null;
    const talks = index.tablesOf(uri)?.talks ?? [];
    for (let i = talks.length - 1; i >= 0; i--) if (talks[i].line < position.line) return talks[i].titleRange;
    return null;
  });
}

/** The next unsupported claim after the position, wrapping to the first one; null when there is none. */
export function nextUnsupportedClaim(index: WorkspaceIndex, uri: string, position: Position): Range | null {
  return safely(null, () => {
    const doc = index.get(uri);
    if (!doc || !isPosition(position)) return null;
    let first: Range | null = null;
    for (let i = 0; i < doc.claims.length; i++) {
      if (!isUnsupported(index, doc, i)) continue;
      const r = doc.claims[i].range;
      first ??= r;
      if (comparePositions(r.start, position) > 0) return r;
    }
    return first;
  });
}

function talkAround(index: WorkspaceIndex, uri: string, position: Position): number {
  if (!isPosition(position)) return -1;
  return index.talkAt(uri, position.line);
}
