import { AGO_UNITS, AS_ADJECTIVES, COMPARATIVES, comparesOnItsOwn, CONDITION_WITHIN, CONDITIONS, CUE_WORDS, FRACTIONS, INTENSIFIERS, ORDINAL_WORDS, PREDICATE_VERBS, THAN_WITHIN } from './cues';
import { REPORT_WORDS, THAT_VERBS } from './reports';
import { WordFlags } from './tokens';

/**
 * A cheap test that a sentence can hold no cue and no report, run before the sentence is
 * tokenized: most sentences of notes are no claim, and tokenizing them (a string and a token
 * per word) and running the rules over them was the largest cost of the claims stage.
 *
 * It must never reject a sentence on which `findCues` or `findReports` finds something. Each
 * rule starts at a trigger word (`CUE_WORDS`, `REPORT_WORDS`) or a number; a trigger is taken
 * whatever its neighbours, except the frequent words below, which are taken only when the
 * neighbour that every rule starting at them requires is there. The sentence is read before
 * its idioms are masked (most sentences never are): when one may be there, the gate says so,
 * and the caller masks the sentence and asks again. Differential tests check the gate against
 * the rules on generated sentences, and `findClaims` against analysing every sentence; a rule
 * that starts at a gated word with another neighbour must change the gate too.
 */

// What a token is to the gate: a trigger, a trigger that needs a neighbour, or a neighbour.
const TRIGGER = 1;
/** `a`: only `a third` and the like (a fraction next). */
const NEEDS_FRACTION = 1 << 1;
/** `as`: only `as fast as` (an adjective of `AS_ADJECTIVES` next). */
const NEEDS_AS_ADJECTIVE = 1 << 2;
/** `one`: `one third`, `one year ago`, `one times`. */
const NEEDS_FRACTION_OR_SPAN = 1 << 3;
/** `half`, `twice`, `thrice`: `half as`, `twice faster`, `half the`, `half of`. */
const NEEDS_MULTIPLE_NEXT = 1 << 4;
/** `first`, `only`: `the first … to` (`world's only` has a trigger of its own). */
const NEEDS_THE_BEFORE = 1 << 5;
/** `showed`, `explained` … : a `that` within three tokens. */
const NEEDS_THAT = 1 << 6;
/**
 * `faster`, `more` … : a `than` within `THAN_WITHIN` tokens, a condition within
 * `CONDITION_WITHIN`, or a multiple, an intensifier or a verb before (`3x faster`, `far
 * faster`, `is faster`). Comparatives are frequent words of notes that are mostly no cue.
 */
const NEEDS_COMPARISON = 1 << 16;

const FRACTION = 1 << 7;
const SPAN_UNIT = 1 << 8;
const AS_ADJECTIVE = 1 << 9;
const MULTIPLE_NEXT = 1 << 10;
const THE = 1 << 11;
const THAT = 1 << 12;
/** `to`, `that`, `which`, `who`, `in`: what follows `the first …` within four tokens. */
const RELATIVE = 1 << 13;
/** First and second words of the idioms masked before the rules (`at least`, `more or less`). */
const IDIOM_FIRST = 1 << 14;
const IDIOM_SECOND = 1 << 15;
const THAN = 1 << 17;
const CONDITION = 1 << 18;
/** `times`, intensifiers (`far`, `much`) and the verbs of a predicate comparative (`is`, `got`). */
const COMPARISON_BEFORE = 1 << 19;

/**
 * The words an idiom of `MASK_PHRASES` can start with, and the words that can come second (a
 * unit test checks them against the phrases). A phrase starts at a word boundary: in a token
 * of several runs of ASCII letters (`x-at least`) it can only start at the last run, and its
 * second word is the first run of the next token, so those runs are looked up too.
 */
export const IDIOM_FIRST_WORDS: readonly string[] = 'at most for first best do try did tried make last more no any once less sooner better had never as not'.split(' ');
export const IDIOM_SECOND_WORDS: readonly string[] = 'the least most best worst latest earliest first last likely of practice practices your his her their our my but than or and more yet better mind always'.split(' ');

const NEEDS_NEIGHBOUR = NEEDS_FRACTION | NEEDS_AS_ADJECTIVE | NEEDS_FRACTION_OR_SPAN | NEEDS_MULTIPLE_NEXT | NEEDS_THE_BEFORE | NEEDS_THAT | NEEDS_COMPARISON;

const OPEN_PAREN = 0x28;

function buildFlags(): Map<string, number> {
  const flags = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number): void => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | flag);
  };
  add(FRACTIONS, FRACTION);
  add([...AGO_UNITS, 'times'], SPAN_UNIT);
  add(AS_ADJECTIVES, AS_ADJECTIVE);
  // `world's` (`world's only`) is a trigger itself.
  add(['as', 'the', 'of', ...COMPARATIVES], MULTIPLE_NEXT);
  add(['the'], THE);
  add(['that'], THAT);
  add(['to', 'that', 'which', 'who', 'in'], RELATIVE);
  add(IDIOM_FIRST_WORDS, IDIOM_FIRST);
  add(IDIOM_SECOND_WORDS, IDIOM_SECOND);
  add(['than'], THAN);
  add(CONDITIONS, CONDITION);
  // A number before (`3x faster`) is a trigger itself.
  add(['times', ...INTENSIFIERS, ...PREDICATE_VERBS], COMPARISON_BEFORE);
  const gated = new Map<string, number>([
    ['a', NEEDS_FRACTION],
    ['as', NEEDS_AS_ADJECTIVE],
    ['one', NEEDS_FRACTION_OR_SPAN],
    ['half', NEEDS_MULTIPLE_NEXT],
    ['twice', NEEDS_MULTIPLE_NEXT],
    ['thrice', NEEDS_MULTIPLE_NEXT],
    ['first', NEEDS_THE_BEFORE],
    ['only', NEEDS_THE_BEFORE],
  ]);
  // `second` … `tenth` start a cue only before a superlative or `most` (`second largest`),
  // which is a trigger itself: alone, they are none.
  for (const w of ORDINAL_WORDS) gated.set(w, 0);
  // `found` and `discovered` also report without a `that` (`Adnan found misconfigurations …`).
  for (const w of THAT_VERBS) if (w !== 'found' && w !== 'discovered') gated.set(w, NEEDS_THAT);
  // `twice faster` and `three times faster` start at `twice` and `three`, gated on their own.
  for (const w of COMPARATIVES) if (!comparesOnItsOwn(w)) gated.set(w, NEEDS_COMPARISON);
  for (const w of [...CUE_WORDS, ...REPORT_WORDS]) add([w], gated.get(w) ?? TRIGGER);
  return flags;
}

const WORDS = new WordFlags(buildFlags(), IDIOM_FIRST | IDIOM_SECOND);

/** What `mayHoldCue` found: no cue can be there, */
export const NO_CUE = 0;
/** … one may be, */
export const MAY_HOLD_CUE = 1;
/** … none is in the text as it stands, but an idiom in it may be masked (`a at least third`). */
export const IDIOM_MAY_CHANGE = 2;

/**
 * Whether a rule of `findCues` or `findReports` can find anything in [from, to) of `text`, the
 * sentence as the rules see it except for idioms, which are masked only in the sentences that
 * need it: masking removes words, and so makes new neighbours (`a at least third`).
 */
export function mayHoldCue(text: string, from: number, to: number): number {
  // A parenthesis makes the rules see the sentence with some asides blanked, so other
  // neighbours than the ones scanned here: such a sentence goes to the rules.
  const n = WORDS.scan(text, from, to, TRIGGER, TRIGGER, OPEN_PAREN);
  if (n < 0) return MAY_HOLD_CUE;
  const f = WORDS.flags;
  let idiom = false;
  for (let i = 0; i < n; i++) {
    if ((f[i] & IDIOM_FIRST) !== 0 && i + 1 < n && (f[i + 1] & IDIOM_SECOND) !== 0) idiom = true;
    const need = f[i] & NEEDS_NEIGHBOUR;
    if (need === 0) continue;
    if (neighbourFound(need, f, i, n)) return MAY_HOLD_CUE;
  }
  return idiom ? IDIOM_MAY_CHANGE : NO_CUE;
}

/** Whether token `i`, a trigger that needs a neighbour, has it. */
function neighbourFound(need: number, f: Int32Array, i: number, n: number): boolean {
  const next = i + 1 < n ? f[i + 1] : 0;
  switch (need) {
    case NEEDS_FRACTION:
      return (next & FRACTION) !== 0;
    case NEEDS_AS_ADJECTIVE:
      return (next & AS_ADJECTIVE) !== 0;
    case NEEDS_FRACTION_OR_SPAN:
      return (next & (FRACTION | SPAN_UNIT)) !== 0;
    case NEEDS_MULTIPLE_NEXT:
      return (next & MULTIPLE_NEXT) !== 0;
    case NEEDS_THE_BEFORE:
      return i > 0 && (f[i - 1] & THE) !== 0 && anyWithin(f, RELATIVE, i + 1, Math.min(n, i + 5));
    case NEEDS_COMPARISON:
      return (
        (i > 0 && (f[i - 1] & COMPARISON_BEFORE) !== 0) ||
        anyWithin(f, THAN, i + 1, Math.min(n, i + 1 + THAN_WITHIN)) ||
        anyWithin(f, CONDITION, i + 1, Math.min(n, i + 1 + CONDITION_WITHIN))
      );
    default:
      return anyWithin(f, THAT, i + 1, Math.min(n, i + 4));
  }
}

function anyWithin(f: Int32Array, flag: number, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((f[k] & flag) !== 0) return true;
  return false;
}
