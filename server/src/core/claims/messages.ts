import type { Claim, ClaimKind, Position, Range } from '../model/types';

/** How a cue of each kind is named in a message (`a number: 100K transactions/sec`). */
const CUE_NAMES: Record<ClaimKind, string> = {
  quantitative: 'a number',
  superlative: 'a superlative',
  comparative: 'a comparison',
  attributed: 'a reporting verb',
  generalization: 'a generalization',
};

/** Longest cue text shown in a message; the hover has the full sentence. */
const MAX_CUE = 40;

/**
 * The message of an `unsupported-claim` diagnostic: why the sentence is a claim (its kinds and
 * the words that made it one), who made it, and what to do. For example:
 * `Unsupported claim (quantitative, attributed to Will Wilson) — a number: 50%; a reporting
 * verb: claim. Add a source, or mark it [citation needed].`
 */
export function unsupportedClaimMessage(claim: Claim): string {
  // Built by appending to strings, not through filtered arrays: an empty filtered array has
  // another shape than a full one, and meeting the other one threw the compiled function away.
  let head = '';
  for (const k of claim.kinds) if (k !== 'attributed') head = head ? `${head}, ${k}` : k;
  const who = claim.attribution ? `attributed to ${claim.attribution.name}` : claim.kinds.includes('attributed') ? 'attributed to someone unnamed' : '';
  if (who) head = head ? `${head}, ${who}` : who;
  const cues = cueList(claim);
  // Only the sentence's own markers: a broken marker elsewhere in the paragraph has its own diagnostic.
  let unresolved = '';
  for (const s of claim.sources) {
    if (!s.resolved && s.kind === 'citation' && within(s.range, claim.range)) unresolved = unresolved ? `${unresolved}, ${s.text}` : s.text;
  }
  const advice = claim.acknowledged
    ? 'Marked [citation needed].'
    : unresolved
      ? `${unresolved} has no definition in this file; add it, or another source.`
      : 'Add a source, or mark it [citation needed].';
  return `Unsupported claim (${head})${cues ? ` — ${cues}` : ''}. ${advice}`;
}

/** `a number: 100K, 10 TB/sec; a superlative: fastest`: one entry per kind, cues in order. */
function cueList(claim: Claim): string {
  const byKind = new Map<ClaimKind, string[]>();
  for (const c of claim.cues) {
    const text = c.text.length > MAX_CUE ? `${c.text.slice(0, MAX_CUE - 1)}…` : c.text;
    const list = byKind.get(c.kind) ?? [];
    if (!list.includes(text)) list.push(text);
    byKind.set(c.kind, list);
  }
  const parts: string[] = [];
  for (const k of claim.kinds) {
    const list = byKind.get(k);
    if (list && list.length > 0) parts.push(`${CUE_NAMES[k]}: ${list.slice(0, 3).join(', ')}`);
  }
  return parts.join('; ');
}

function le(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function within(inner: Range, outer: Range): boolean {
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}
