import type { ClaimKind } from '../model/types';
import { CLAIM_KINDS } from '../model/types';
import { checkUserRegex } from '../text/safeRegex';

/** A user cue pattern that passed the ReDoS check. */
export interface CustomCue {
  re: RegExp;
  kind: ClaimKind;
}

/**
 * User patterns are checked once each by `text/safeRegex.ts` (a conservative structural check
 * that ships in the server; the test suite cross-checks it with the ReDoS checker recheck) and
 * cached by their text, so a re-analysis after every keystroke costs a map lookup. A pattern
 * that is not provably safe is dropped: a hang is worse than a missed cue.
 */
const cache = new Map<string, CustomCue | null>();

/** Rejected patterns with the reason, for the host to log. */
export const rejectedCustomCues = new Map<string, string>();

/**
 * Compiles `talkNotes.claims.customCues`. A pattern may start with a kind and a colon
 * (`superlative:\bunbeatable\b`); without one the cue counts as a generalization.
 */
export function compileCustomCues(patterns: readonly string[]): CustomCue[] {
  const out: CustomCue[] = [];
  for (const p of patterns) {
    let c = cache.get(p);
    if (c === undefined) {
      c = compile(p);
      cache.set(p, c);
    }
    if (c) out.push(c);
  }
  return out;
}

function compile(pattern: string): CustomCue | null {
  let kind: ClaimKind = 'generalization';
  let source = pattern;
  const m = /^(quantitative|superlative|comparative|attributed|generalization):/.exec(pattern);
  if (m && CLAIM_KINDS.includes(m[1] as ClaimKind)) {
    kind = m[1] as ClaimKind;
    source = pattern.slice(m[0].length);
  }
  const verdict = source ? checkUserRegex(source, 'giu') : ({ ok: false, reason: 'empty' } as const);
  if (!verdict.ok) {
    rejectedCustomCues.set(pattern, verdict.reason);
    return null;
  }
  const re = new RegExp(source, 'giu');
  return { re, kind };
}

/** Matches of the custom cues in a sentence, as [start, end) with their kinds (at most 20 per pattern). */
export function matchCustomCues(cues: readonly CustomCue[], sentence: string): { kind: ClaimKind; start: number; end: number }[] {
  const out: { kind: ClaimKind; start: number; end: number }[] = [];
  for (const c of cues) {
    c.re.lastIndex = 0;
    let n = 0;
    for (const m of sentence.matchAll(c.re)) {
      if (m[0].length === 0) continue;
      out.push({ kind: c.kind, start: m.index, end: m.index + m[0].length });
      if (++n >= 20) break;
    }
  }
  return out;
}
