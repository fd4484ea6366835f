import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { personKey } from '../text/names';
import { safely } from './common';
import { claimCard, personCardSummary, personCardTalks, talkCard } from './hover';

/** Claims of the related-claims index built per step (a few hundred microseconds). */
const RELATED_STEP = 40;
/** Cards of an open document prepared at most (a huge file is left to the requests themselves). */
const OPEN_TALKS = 300;
const OPEN_CLAIMS = 500;

/**
 * What the hover would otherwise compute at its first request, computed ahead: the talk cards
 * of the open documents, the one-line summaries the cards of the people named in them list (a
 * cold card summarises up to eight talks across the workspace), the related-claims index (built at the first claim card,
 * for every file read since) and the open documents' claim cards. Results land in the caches the
 * features read, which follow document versions and the index generation, so preparing changes
 * no answer, only when it is computed.
 *
 * A generator of small steps (one card or summary, a few claims), so the host can run it in
 * idle time and stop between steps when a request arrives or the index changes.
 */
export function* prepareRequests(index: WorkspaceIndex, openUris: readonly string[] = []): Generator<void, void, void> {
  const open = openUris.map((uri) => index.get(uri)).filter((d) => d !== undefined);
  for (const doc of open) {
    for (let t = 0; t < Math.min(doc.talks.length, OPEN_TALKS); t++) {
      safely('', () => talkCard(index, doc, t));
      yield;
    }
  }
  // The cards a hover can show: people named in the open files (a mention, a speaker line, a
  // [[link]]), not every person of the workspace, whose summaries would unpack most files.
  // Grouped by file, so a packed file is unpacked once for all the talks of it that cards show.
  const people = new Set<string>();
  for (const doc of open) {
    for (const m of doc.mentions) people.add(m.key);
    for (const t of doc.talks) for (const s of t.speakers) people.add(s.key);
    for (const link of doc.crossReferences) people.add(personKey(link.target));
  }
  const shown = new Map<string, Set<number>>();
  for (const key of people) {
    for (const { uri, talk } of personCardTalks(index, key).shown) {
      const talks = shown.get(uri);
      if (talks) talks.add(talk);
      else shown.set(uri, new Set([talk]));
    }
  }
  for (const [uri, talks] of shown) {
    for (const talk of talks) {
      personCardSummary(index, uri, talk);
      yield;
    }
  }
  while (!safely(true, () => index.prepareRelatedClaims(RELATED_STEP))) yield;
  for (const doc of open) {
    for (let c = 0; c < Math.min(doc.claims.length, OPEN_CLAIMS); c++) {
      safely('', () => claimCard(index, doc, c));
      yield;
    }
  }
  // What preparing unpacked (files that are not open, for their summaries) is not needed any more.
  index.releaseUnpacked();
}
