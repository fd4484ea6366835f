import type {
  Citation,
  CrossReference,
  Mention,
  NotesDocument,
  PandocCitation,
  Position,
  Range,
  ReferenceDefinition,
  Speaker,
} from '../model/types';
import { personKey } from '../text/names';
import type { CrossReferenceTarget, WorkspaceIndex } from '../workspace/workspaceIndex';
import { findAt, isPosition, rangeContains, safely } from './common';

/** What stands at a position of a document, most specific first. */
export type Located =
  | { kind: 'crossReference'; range: Range; crossReference: CrossReference; target: CrossReferenceTarget | null }
  | { kind: 'citation'; range: Range; citation: Citation }
  | { kind: 'pandoc'; range: Range; citation: PandocCitation }
  | { kind: 'definition'; range: Range; definition: ReferenceDefinition; index: number }
  | { kind: 'mention'; range: Range; mention: Mention }
  | { kind: 'speakerName'; range: Range; talk: number; speaker: Speaker }
  | { kind: 'speakerLine'; range: Range; talk: number; speaker: Speaker }
  | { kind: 'talkTitle'; range: Range; talk: number }
  | { kind: 'claim'; range: Range; claim: number };

/**
 * Finds the element at `pos`: links and citations, then mentions, speaker names and lines, talk
 * titles, and last the claim sentence around them (a hover on a name inside a claim shows the
 * person, anywhere else in the sentence the claim).
 */
export function locate(index: WorkspaceIndex, doc: NotesDocument, pos: Position): Located | null {
  if (!isPosition(pos)) return null;
  const xref = findAt(doc.crossReferences, (x) => x.range, pos);
  if (xref) return { kind: 'crossReference', range: xref.range, crossReference: xref, target: index.resolveCrossReference(xref.target) };
  const citation = findAt(doc.citations, (c) => c.range, pos);
  if (citation) return { kind: 'citation', range: citation.range, citation };
  const pandoc = findAt(doc.pandocCitations, (c) => c.range, pos);
  if (pandoc) return { kind: 'pandoc', range: pandoc.range, citation: pandoc };
  const defIndex = doc.definitions.findIndex((d) => rangeContains(d.markerRange, pos));
  if (defIndex >= 0) return { kind: 'definition', range: doc.definitions[defIndex].markerRange, definition: doc.definitions[defIndex], index: defIndex };
  const mention = findAt(doc.mentions, (m) => m.range, pos);
  if (mention) return { kind: 'mention', range: mention.range, mention };
  for (let ti = 0; ti < doc.talks.length; ti++) {
    const talk = doc.talks[ti];
    if (pos.line < talk.range.start.line || pos.line > talk.range.end.line) continue;
    const named = findAt(talk.speakers, (s) => s.nameRange, pos);
    if (named) return { kind: 'speakerName', range: named.nameRange, talk: ti, speaker: named };
    // The whole title line counts (a Markdown heading's `##`, a schedule prefix), unless a speaker shares it.
    const onTitleLine = pos.line === talk.line && !talk.speakers.some((s) => s.line === talk.line);
    if (onTitleLine || rangeContains(talk.titleRange, pos)) return { kind: 'talkTitle', range: talk.titleRange, talk: ti };
    const line = talk.speakers.find((s) => rangeContains(s.lineRange, pos));
    if (line) return { kind: 'speakerLine', range: line.lineRange, talk: ti, speaker: line };
  }
  const found = findAt(doc.claims, (c) => c.range, pos);
  if (found) return { kind: 'claim', range: found.range, claim: doc.claims.indexOf(found) };
  return null;
}

/** The person an element names, as a person key, or null. */
export function personAt(located: Located | null): string | null {
  if (!located) return null;
  switch (located.kind) {
    case 'mention':
      return located.mention.key;
    case 'speakerName':
      return located.speaker.key;
    case 'crossReference':
      return located.target?.kind === 'person' ? personKey(located.crossReference.target) : null;
    default:
      return null;
  }
}

/**
 * The opening every position-based feature shares: the document, what stands at the position,
 * and the feature's fallback when there is no document, nothing there, or the feature throws.
 */
export function atPosition<T>(index: WorkspaceIndex, uri: string, position: Position, fallback: T, body: (at: Located, doc: NotesDocument) => T): T {
  return safely(fallback, () => {
    const doc = index.get(uri);
    if (!doc) return fallback;
    const at = locate(index, doc, position);
    return at ? body(at, doc) : fallback;
  });
}
