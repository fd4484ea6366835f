import type { NotesDocument } from '../model/types';
import { isClaimSilenced, isClaimSupported } from '../workspace/diagnostics';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/**
 * True when a claim counts as unsupported in counts and cards: it has no source that resolves
 * and the writer has not silenced it (claim, line or file directive) (an acknowledged `[citation needed]` still counts).
 */
export function isUnsupported(index: WorkspaceIndex, doc: NotesDocument, claim: number): boolean {
  const c = doc.claims[claim];
  return !!c && !isClaimSilenced(doc, c) && !isClaimSupported(index, doc.uri, claim);
}

/** Silenced by a directive on the claim, its lines, or the whole file (as the diagnostics read them). */
export function isSilenced(doc: NotesDocument, claim: number): boolean {
  const c = doc.claims[claim];
  return !!c && isClaimSilenced(doc, c);
}

/** Claims and unsupported claims of one talk (`talk` -1: the preamble). */
export function claimCounts(index: WorkspaceIndex, doc: NotesDocument, talk: number): { claims: number; unsupported: number } {
  let claims = 0;
  let unsupported = 0;
  doc.claims.forEach((c, i) => {
    if (c.talk !== talk) return;
    claims++;
    if (isUnsupported(index, doc, i)) unsupported++;
  });
  return { claims, unsupported };
}

/** Claims and unsupported claims of a whole document. */
export function documentClaimCounts(index: WorkspaceIndex, doc: NotesDocument): { claims: number; unsupported: number } {
  let unsupported = 0;
  for (let i = 0; i < doc.claims.length; i++) if (isUnsupported(index, doc, i)) unsupported++;
  return { claims: doc.claims.length, unsupported };
}
