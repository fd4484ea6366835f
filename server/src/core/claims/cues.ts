import type { ClaimKind } from '../model/types';
import type { Token } from './tokens';
import { isCapitalised, startsNumber } from './tokens';

/** A cue found in a sentence: [start, end) indices into the sentence. */
export interface RawCue {
  kind: ClaimKind;
  start: number;
  end: number;
  /** Index of the first token of the cue. */
  token: number;
}

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

// Patterns of the rules, made once: a literal in a function is a new RegExp object at every call.
/** Units written onto a number (`40ms`, `3x/day`). */
const MEASURED_SUFFIX = /^(?:k|m|b|bn|tb|gb|mb|kb|pb|ms|us|µs|μs|ns|s|h|hr|hrs|d|w|y|yr|yrs|min|mins|sec|secs|qps|rps|tps|iops|gbps|mbps|ghz|mhz|kw|mw|loc|x\/\w+|\/\w+)$/;
/** Rates written onto a number (`100k/sec`). */
const MEASURED_RATE_SUFFIX = /^(?:k|m|b|bn|tb|gb|mb|kb|pb|ms|us|µs|s)\/\w+$/;
/** `3x`, `40%` before a comparative. */
const MULTIPLE = /^[~≈]?\d[\d.,]*(?:x|×|%)$/;
/** `1970s`, `90s` (with an `s`). */
const DECADE = /^(?:1[5-9]|20)?\d0$/;
const YEAR = /^(?:19|20)\d\d$/;
const CLAUSE_END = /^[\s]*[,.;:!?)]/;
const DIGIT = /\d/;
const DATE = /^\d+-\d+-\d/;
const PER_UNIT = /\/\w+$/;
const PUNCT = /[,.;:!?()]/;
const SUFFIX_JOINER = /^[-/]/;
const LETTERS_ONLY = /^\p{L}+$/u;
/** `10-20%`, `40-125 ms`. */
const RANGE_SUFFIX = /^[-–]\d/;
const LETTER_FIRST = /^\p{L}/u;
/** `4.6/5`, `9/10`. */
const RATING_SUFFIX = /^\/\d/;
const DIGITS = /^\d+$/;
const ENDS_S = /s$/;
const THOUSANDS_SEPARATORS = /,/g;

/** `than expected`, `than they'd like`: the other side of a comparison with a wish. */
const WISHES = words("expected hoped planned needed necessary usual intended promised advertised anticipated imagined you'd they'd we'd i'd he'd she'd");

/** `than most people assume`: who holds the belief. */
const BELIEVERS = words('they we you i he she people folks anyone everyone');

/** `than they think`: the belief. */
const BELIEF_VERBS = words("would 'd like want wanted expect expects expected hoped think thinks thought assume assumes assumed realise realize believe believes imagine imagined");

/** Suffixes of a time of day (`9am`). */
const TIME_OF_DAY = words('am pm a.m p.m');

/** Words before a number that make it an amount, even after a capitalised word. */
const AMOUNT_WORDS = words('over under about around only just than nearly almost roughly approximately some of');

/** `from 30,000 to under 2,000`, `by about 40`. */
const CHANGE_OR_ESTIMATE = words('from to under over about around roughly approximately nearly almost than by up');

/** `two dozen`, `five million`. */
const MAGNITUDES = words('dozen dozens hundred hundreds thousand thousands million millions billion billions');

/** `in the last five years`, `within two months`. */
const SPAN_OPENERS = words('last past within over under in for after first next');

/** `millions of users`. */
const PLURAL_MAGNITUDES = words('millions billions thousands hundreds');

/** `… but is slower`: a predicate comparative. */
export const PREDICATE_VERBS: ReadonlySet<string> = words("is are was were 's gets got runs run");

/** Units and counted things after a number that make it a measurement. */
const UNIT_WORDS = words(`
  ms msec millisecond milliseconds s sec secs second seconds us µs μs microsecond microseconds ns nanosecond nanoseconds
  min mins minute minutes h hr hrs hour hours day days week weeks month months year years yr yrs decade decades
  b kb mb gb tb pb eb kib mib gib tib pib byte bytes kilobytes megabytes gigabytes terabytes petabytes bit bits gbps mbps kbps tbps
  hz khz mhz ghz w kw mw gw kwh watts volts km m cm mm kg g lb lbs mile miles meters metres
  percent per cent pct percentage points x times fold k m bn million millions billion billions thousand thousands trillion hundred hundreds
  qps rps tps iops ops op operations requests request req reqs queries query transactions transaction txn txns writes reads messages msgs events
  nodes node servers server machines machine cores core cpus gpus gpu vms instances replicas clusters regions zones datacenters partitions shards
  users user customers customer clients people engineers developers devs employees teams companies orgs organisations organizations
  bugs bug issues incidents outages failures crashes errors defects vulnerabilities cves tests test lines loc commits prs services microservices
  tokens parameters params dollars usd eur euros $ € £ stars downloads installs rows records files objects keys documents pages
  attendees times/day x/day
`);

/** Nouns that count parts of a talk, not the world: `two parts`, `3 popup quizzes`, `5 takeaways`. */
const STRUCTURE_NOUNS = words(`
  part parts section sections topic topics point points takeaway takeaways lesson lessons slide slides quiz quizzes question questions
  disclaimer disclaimers example examples demo demos talk talks speaker speakers thing things idea ideas step steps tip tips reason reasons
  chapter chapters act acts segment segments item items bullet bullets theme themes category categories principle principles rule rules
  pillar pillars myth myths case studies stories story phase phases stage stages way ways pattern patterns minute-talk
`);

/** Words whose presence makes a number logistics (`a 75 minute lunch break`). */
const LOGISTICS_WORDS = words(`
  lunch break breaks coffee breakfast dinner snack snacks hallway registration venue room flight flights hotel wifi badge schedule agenda
  slot queue line-up lineup keynote-hall parking train bus taxi sleep nap
`);

/** Talk slots before a number: `Five lightning talks, five minutes each`. */
const TALK_SLOTS = words('talk talks session sessions slot slots part parts section sections lightning');

/** Units that measure on their own, without a number (`accurate to microseconds`). */
const BARE_UNITS = words('microsecond microseconds millisecond milliseconds nanosecond nanoseconds petabytes terabytes exabytes');

const NUMBER_WORDS = words('one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand dozen dozens hundreds thousands millions billions few several couple');
export const AGO_UNITS: ReadonlySet<string> = words('second seconds minute minutes hour hours day days week weeks month months year years decade decades');

export const SUPERLATIVES: ReadonlySet<string> = words(`
  fastest slowest largest biggest smallest best worst highest lowest greatest least cheapest safest strongest weakest simplest easiest
  hardest longest shortest oldest newest deepest shallowest quickest most-used most-popular top-rated widest tightest heaviest lightest
  smartest richest poorest cleanest strictest loudest busiest scariest riskiest costliest fewest
`);

const SUPERLATIVE_PHRASES = words('unmatched unparalleled unbeatable unrivaled unrivalled best-in-class state-of-the-art record-breaking world-class world-leading industry-leading');

export const COMPARATIVES: ReadonlySet<string> = words(`
  faster slower better worse cheaper costlier larger bigger smaller higher lower easier harder safer simpler shorter longer quicker
  stronger weaker more less fewer greater heavier lighter smarter cleaner denser tighter wider narrower riskier sooner cheaper
  outperform outperforms outperformed outperforming beats beat beating surpasses surpassed exceeds exceeded
`);

/** `faster when cached`: a condition within `CONDITION_WITHIN` words makes a comparative measured. */
export const CONDITIONS: ReadonlySet<string> = words('when if whenever once with because');
export const CONDITION_WITHIN = 4;
/** `faster … than` measures when `than` is at most this many words on (fewer for `more`, `less`, `fewer`). */
export const THAN_WITHIN = 10;

/** The comparatives that are a cue wherever they stand (`outperforms`, `beat`, `exceeded`). */
export function comparesOnItsOwn(w: string): boolean {
  return w.startsWith('outperform') || w === 'beats' || w === 'beat' || w === 'beating' || w.startsWith('surpass') || w.startsWith('exceed');
}

/** Adjectives of a measured equality (`as fast as`). */
export const AS_ADJECTIVES: ReadonlySet<string> = words('fast slow good bad cheap big large small reliable quick safe expensive efficient effective many much few little');

export const INTENSIFIERS: ReadonlySet<string> = words('far much way significantly dramatically substantially considerably vastly slightly marginally noticeably lot orders order twice thrice');

const GROUP_NOUNS = words(`
  people developers devs engineers programmers teams companies orgs organizations organisations users customers systems databases
  tests bugs models llms projects startups researchers humans vendors languages frameworks tools services software code production
  outages incidents engineer developer team company user customer system database model llm project programmer human
  managers leaders folks everybody enterprises businesses products libraries apps applications protocols papers studies benchmarks
`);

const EVERY_FREQUENCY = words('time times day days week weeks month months year years hour hours minute minutes second morning night evening quarter sprint release commit single other few now once');

const AUXILIARIES = words('is are was were be been being has have had am');

const IRREGULAR_PAST = words('had was were did got went made took found saw said knew thought came gave told felt became left kept held brought began ran wrote built');

/** A past-tense verb (regular `-ed` or a common irregular). */
function isPast(w: string): boolean {
  return IRREGULAR_PAST.has(w) || (w.length > 4 && w.endsWith('ed'));
}

const GENERALIZERS = words('nobody noone everyone everybody always never nothing everything none universally invariably');

export const MASK_PHRASES: readonly RegExp[] = [
  /\bat (?:the )?(?:least|most|best|worst|latest|earliest|first|last)\b/gi,
  /\bmost likely\b/gi,
  /\bmost of all\b/gi,
  /\bfor the most part\b/gi,
  /\bfirst of all\b/gi,
  /\bbest practices?\b/gi,
  /\b(?:do|try|did|tried) (?:your|his|her|their|our|my) best\b/gi,
  /\bmake the most of\b/gi,
  /\blast but not least\b/gi,
  /\bmore than ever\b/gi,
  /\bmore or less\b/gi,
  /\b(?:no|any|once) more\b/gi,
  /\bmore and more\b/gi,
  /\bless and less\b/gi,
  /\bsooner or later\b/gi,
  /\bbetter yet\b/gi,
  /\bhad better\b/gi,
  /\bnever mind\b/gi,
  /\bas always\b/gi,
  /\bnot always\b/gi,
];

/**
 * All of MASK_PHRASES as one alternation. It only decides whether any phrase occurs: one scan
 * instead of twenty on the (usual) text without idioms. Masking itself stays phrase by phrase,
 * because overlapping idioms (`more and more or less`) mask differently in one left-to-right pass.
 */
export const ANY_MASK_PHRASE = new RegExp(MASK_PHRASES.map((re) => re.source).join('|'), 'i');

/**
 * The same language as ANY_MASK_PHRASE, written with the shared `\b` first and the phrases that
 * share a first word merged: the engine then tries one boundary per position instead of twenty
 * alternatives, about half the time on prose without idioms (it runs over every block). Only
 * whether it matches is used, so the order of the alternatives does not matter. A unit test
 * checks it against MASK_PHRASES on generated text: a phrase added there must be added here.
 */
export const ANY_MASK_PHRASE_FAST =
  /\b(?:at (?:the )?(?:least|most|best|worst|latest|earliest|first|last)|most (?:likely|of all)|for the most part|first of all|best practices?|(?:do|try|did|tried) (?:your|his|her|their|our|my) best|make the most of|last but not least|more (?:than ever|or less|and more)|(?:no|any|once) more|less and less|sooner or later|better yet|had better|never mind|as always|not always)\b/i;

/** Phrases whose words are idioms, not cues; masked before matching. */
export function maskIdioms(text: string): string {
  if (!ANY_MASK_PHRASE_FAST.test(text)) return text;
  let out = text;
  for (const re of MASK_PHRASES) out = out.replace(re, blankMatch);
  return out;
}

function blankMatch(m: string): string {
  return ' '.repeat(m.length);
}

/** Splits `~3.5x` into prefix `~`, number `3.5`, suffix `x`; null when the token is not a number. */
function parseNumber(w: string): [string, string, string, string] | null {
  let i = 0;
  let prefix = '';
  if (w.length > 1 && '~≈$€£#'.includes(w[0])) {
    prefix = w[0];
    i = 1;
  }
  const c = w.charCodeAt(i);
  if (!(c >= 48 && c <= 57)) return null;
  let j = i;
  while (j < w.length && ((w.charCodeAt(j) >= 48 && w.charCodeAt(j) <= 57) || w[j] === ',' || (w[j] === '.' && j + 1 < w.length && DIGIT.test(w[j + 1])))) j++;
  return [w, prefix, w.slice(i, j), w.slice(j)];
}
/** Words after a bare number that show it does not count things (`5.10 is`, `2 and`). */
const NOT_COUNTED = words('is are was were has have had to and or but on at for with by from the a an it this that which will would can could than as so if when then vs versus');

export const FRACTIONS: ReadonlySet<string> = words('half halves third thirds quarter quarters fifth fifths tenth tenths');
const CHANGE_VERBS = words('doubled halved tripled quadrupled doubles halves triples doubling halving tripling');

const ORDINAL_RE = /^\d+(?:st|nd|rd|th)$/;
export const ORDINAL_WORDS: ReadonlySet<string> = words('second third fourth fifth sixth seventh eighth ninth tenth');

/** Tokens after which a bare number is an identifier, not a measure (`Part 1`, `Python 3`, `Day 2`). */
const IDENTIFIER_BEFORE = words('part section session day track room slide page step level version v chapter episode season figure fig table no number stage phase round gen generation issue pr rfc item');

function addCue(cues: RawCue[], toks: readonly Token[], kind: ClaimKind, from: number, to: number): void {
  cues.push({ kind, start: toks[from].start, end: toks[to].end, token: from });
}

/** `more than 25`, `fewer than 5%`: a bound on a quantity, not a comparison of two things. */
function hasThanAhead(toks: readonly Token[], i: number, span: number): boolean {
  for (let k = i + 1; k < Math.min(toks.length, i + 1 + span); k++) {
    if (toks[k].lower !== 'than') continue;
    const after = toks[k + 1]?.lower ?? '';
    // `than expected`, `than they'd like`: a comparison with a wish, not a measurement.
    if (WISHES.has(after)) return false;
    // `than they'd like`, `than most people assume`: a comparison with a belief, not a measurement.
    const skip = after === 'most' || after === 'many' ? 1 : 0;
    const who = toks[k + 1 + skip]?.lower ?? '';
    const verb = toks[k + 2 + skip]?.lower ?? '';
    if (BELIEVERS.has(who) && BELIEF_VERBS.has(verb)) return false;
    return !(k === i + 1 && (parseNumber(after) !== null || NUMBER_WORDS.has(after) || after === 'a' || after === 'half'));
  }
  return false;
}

/** A talk slot among the three tokens before `i` (`Five lightning talks, five minutes each`). */
function talkSlotBefore(toks: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (TALK_SLOTS.has(toks[k].lower)) return true;
  return false;
}

/**
 * Every word a rule of `findCues` can start at (besides numbers). Most tokens are none of
 * these, and skipping them before the rules is exact: each rule first tests the word itself.
 * A rule added to `findCues` must add its words here (a unit test reads the rules to check).
 */
export const CUE_WORDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORDS, ...BARE_UNITS, ...CHANGE_VERBS, ...SUPERLATIVES, ...SUPERLATIVE_PHRASES, ...ORDINAL_WORDS, ...COMPARATIVES, ...GENERALIZERS,
  'a', 'zero', 'trillions', 'trillion', 'single', 'double', 'triple', 'single-digit', 'double-digit', 'triple-digit', 'twice', 'half', 'thrice',
  'order', 'orders', "world's", 'worlds', 'world', 'most', 'least', 'first', 'only', 'top', '#1', 'number', 'same', 'compared', 'as', 'no', 'all', 'every',
]);

function isYear(num: string, suffix: string): boolean {
  return suffix === '' && YEAR.test(num);
}

/**
 * Cues of a masked, idiom-masked sentence. The rules stay close to the SPEC's table: a number
 * that measures something, a ranking, a measured comparison, reported speech, a universal
 * statement.
 */
export function findCues(toks: readonly Token[], text = ''): RawCue[] {
  const cues: RawCue[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const w = t.lower;
    if (!CUE_WORDS.has(w) && !startsNumber(w)) continue;
    const next = toks[i + 1]?.lower ?? '';
    // `a` starts a cue only before a fraction (`a third`, the rule below); it is the most common trigger.
    if (w === 'a' && !FRACTIONS.has(next)) continue;
    const next2 = toks[i + 2]?.lower ?? '';
    const prev = toks[i - 1]?.lower ?? '';

    // Quantitative: numbers with units, shares, multiples, magnitudes, ages.
    const nm = parseNumber(w);
    if (nm) {
      numberCue(cues, toks, i, text, nm, next, next2, prev);
      continue;
    }
    if ((NUMBER_WORDS.has(w) || w === 'a') && FRACTIONS.has(next) && w !== 'few' && w !== 'several') {
      addCue(cues, toks, 'quantitative', i, i + 1);
      i++;
      continue;
    }
    if (BARE_UNITS.has(w) && !NUMBER_WORDS.has(prev) && parseNumber(prev) === null) {
      addCue(cues, toks, 'quantitative', i, i);
      continue;
    }
    if (CHANGE_VERBS.has(w)) {
      addCue(cues, toks, 'quantitative', i, i);
      continue;
    }
    if (w === 'zero' && next !== '' && LETTER_FIRST.test(next) && !NOT_COUNTED.has(next)) {
      addCue(cues, toks, 'quantitative', i, i);
      continue;
    }
    if (w === 'trillions' || w === 'trillion') {
      addCue(cues, toks, 'quantitative', i, i);
      continue;
    }
    if (NUMBER_WORDS.has(w) && w !== 'few' && w !== 'several' && w !== 'couple' && w !== 'one') {
      if (MAGNITUDES.has(next) && w !== next) {
        addCue(cues, toks, 'quantitative', i, i + 1);
        i++;
        continue;
      }
      if (next === 'out' && next2 === 'of') {
        addCue(cues, toks, 'quantitative', i, Math.min(toks.length - 1, i + 3));
        i += 3;
        continue;
      }
      // `in the last five years`, `within two months`: a measured span (not `took three weeks` in an anecdote).
      if (AGO_UNITS.has(next) && next2 !== 'ago' && SPAN_OPENERS.has(prev) && !talkSlotBefore(toks, i)) {
        addCue(cues, toks, 'quantitative', i, i + 1);
        continue;
      }
    }
    if (NUMBER_WORDS.has(w)) {
      if (AGO_UNITS.has(next) && next2 === 'ago') addCue(cues, toks, 'quantitative', i, i + 2);
      else if (next === 'times' && (COMPARATIVES.has(next2) || next2 === 'as')) addCue(cues, toks, 'quantitative', i, i + 1);
      else if ((next === 'of' || (w.endsWith('s') && w !== 'several')) && PLURAL_MAGNITUDES.has(w)) addCue(cues, toks, 'quantitative', i, i);
      else if ((w === 'million' || w === 'billion' || w === 'thousand' || w === 'hundred') && UNIT_WORDS.has(next)) addCue(cues, toks, 'quantitative', i - (NUMBER_WORDS.has(prev) ? 1 : 0), i + 1);
      continue;
    }
    if ((w === 'single' || w === 'double' || w === 'triple') && (next === 'digit' || next === 'digits' || next === 'single-digit')) {
      addCue(cues, toks, 'quantitative', i, i + 1);
      continue;
    }
    if (w === 'single-digit' || w === 'double-digit' || w === 'triple-digit') {
      addCue(cues, toks, 'quantitative', i, i);
      continue;
    }
    if ((w === 'twice' || w === 'half' || w === 'thrice') && (next === 'as' || COMPARATIVES.has(next) || next === 'the' || next === 'of')) {
      addCue(cues, toks, 'quantitative', i, i);
      if (next === 'as' || COMPARATIVES.has(next)) addCue(cues, toks, 'comparative', i, i + 1);
      else if (w === 'twice' && next === 'the') addCue(cues, toks, 'comparative', i, i);
      continue;
    }
    if (w === 'order' && next === 'of' && (next2 === 'magnitude' || next2 === 'magnitudes')) {
      addCue(cues, toks, 'quantitative', i, i + 2);
      continue;
    }
    if (w === 'orders' && next === 'of' && next2 === 'magnitude') {
      addCue(cues, toks, 'quantitative', i, i + 2);
      continue;
    }

    // Superlative.
    if (SUPERLATIVES.has(w) || SUPERLATIVE_PHRASES.has(w)) {
      if (w === 'least' && (next === 'of' || next === 'some')) continue;
      addCue(cues, toks, 'superlative', i, i);
      continue;
    }
    if (w === "world's" || w === 'worlds') {
      addCue(cues, toks, 'superlative', i, i);
      continue;
    }
    if (w === 'world' && prev === 'the' && toks[i - 2]?.lower === 'in') {
      addCue(cues, toks, 'superlative', i - 2, i);
      continue;
    }
    if (w === 'most' || w === 'least') {
      // `the most reliable`, `one of the most …`, `underestimate the most`: a ranking.
      // `most developers`, `most large clusters`, `most of the bugs`: a generalization.
      if (prev === 'the' || prev === "world's" || ((prev === 'single' || prev === 'very' || prev === 'second' || prev === 'third') && toks[i - 2]?.lower === 'the')) {
        addCue(cues, toks, 'superlative', i, next !== '' && LETTER_FIRST.test(next) && !NOT_COUNTED.has(next) ? i + 1 : i);
        continue;
      }
      if (w === 'least') continue;
      if (NOT_COUNTED.has(next) && next !== 'than' && next !== 'as') {
        addCue(cues, toks, 'generalization', i, i); // `most were in recovery paths`
        continue;
      }
      if (next === 'of' || GROUP_NOUNS.has(next) || ENDS_S.test(next) || ENDS_S.test(next2) || GROUP_NOUNS.has(next2) || (next !== '' && LETTER_FIRST.test(next) && next2 !== '' && !NOT_COUNTED.has(next))) {
        addCue(cues, toks, 'generalization', i, i + (next === 'of' || next === '' ? 0 : 1));
        continue;
      }
      if (next !== '' && LETTER_FIRST.test(next) && next !== 'likely') addCue(cues, toks, 'superlative', i, i + 1);
      continue;
    }
    if ((w === 'first' || w === 'only') && (prev === 'the' || prev === "world's") && next !== '' && next !== 'time' && next !== 'part' && next !== 'half' && next !== 'thing' && next !== 'step' && next !== 'one' && next !== 'day') {
      // `the first company to …`, `the only database that …`: rankings, when a relative follows.
      for (let k = i + 1; k < Math.min(toks.length, i + 5); k++) {
        if (toks[k].lower === 'to' || toks[k].lower === 'that' || toks[k].lower === 'which' || toks[k].lower === 'who' || toks[k].lower === 'in') {
          addCue(cues, toks, 'superlative', i - 1, i);
          break;
        }
      }
      continue;
    }
    if ((w === 'top' || w === '#1') && (DIGITS.test(next) || w === '#1')) {
      addCue(cues, toks, 'superlative', i, w === '#1' ? i : i + 1);
      continue;
    }
    if (w === 'number' && next === 'one' && prev !== 'than') {
      addCue(cues, toks, 'superlative', i, i + 1);
      continue;
    }
    if (ORDINAL_WORDS.has(w) && (SUPERLATIVES.has(next) || next === 'most' || next === 'largest')) {
      addCue(cues, toks, 'superlative', i, i + 1);
      i++;
      continue;
    }

    // Comparative: a comparison that is measured (than, as … as, a multiple, an intensifier, a condition).
    if (COMPARATIVES.has(w)) {
      if (comparesOnItsOwn(w)) {
        addCue(cues, toks, 'comparative', i, i);
        continue;
      }
      const prevTok = toks[i - 1];
      const multiple = !!prevTok && (MULTIPLE.test(prevTok.lower) || prevTok.lower === 'times' || INTENSIFIERS.has(prevTok.lower));
      let span = THAN_WITHIN;
      if (w === 'more' || w === 'less' || w === 'fewer') span = 8;
      const than = hasThanAhead(toks, i, span);
      let conditional = false;
      if (!than && w !== 'more' && w !== 'less' && w !== 'fewer') {
        for (let k = i + 1; k < Math.min(toks.length, i + 1 + CONDITION_WITHIN); k++) {
          if (CONDITIONS.has(toks[k].lower)) {
            conditional = true;
            break;
          }
        }
      }
      // `iter.Pull exists but is slower`: a predicate comparative compares with what came before.
      const predicate = PREDICATE_VERBS.has(prevTok?.lower ?? '') && w !== 'more' && w !== 'less' && w !== 'fewer' && w !== 'better' && w !== 'worse' && w.endsWith('er');
      if (than || multiple || conditional || predicate) {
        const from = multiple && prevTok ? i - 1 : i;
        addCue(cues, toks, 'comparative', from, i);
      }
      continue;
    }
    if (w === 'same' && (prev === 'the' || prev === 'exactly')) {
      for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
        if (toks[k].lower === 'as') {
          addCue(cues, toks, 'comparative', i, i);
          break;
        }
      }
      continue;
    }
    if (w === 'compared' && (next === 'to' || next === 'with')) {
      addCue(cues, toks, 'comparative', i, i + 1);
      continue;
    }
    if (w === 'as' && AS_ADJECTIVES.has(next) && next2 === 'as') {
      addCue(cues, toks, 'comparative', i, i + 2);
      continue;
    }

    // Generalization: universal statements.
    if (GENERALIZERS.has(w)) {
      // `the dependency never recovered`, `Nobody had a good answer`: an event, not a universal.
      if (w !== 'always' && w !== 'everything' && w !== 'nothing' && isPast(next) && !AUXILIARIES.has(prev)) continue;
      if (w === 'nothing' && (next === 'else' || next === 'new' && prev === 'was')) continue;
      if (w === 'everything' && next === 'else') continue;
      // `immutability changes everything`: an idiom when the pronoun ends the clause as an object.
      if ((w === 'everything' || w === 'nothing') && i > 0 && (next === '' || CLAUSE_END.test(text.slice(t.end, t.end + 2)))) continue;
      addCue(cues, toks, 'generalization', i, i);
      continue;
    }
    if (w === 'no' && next === 'single' && next2 !== '') {
      addCue(cues, toks, 'generalization', i, i + 2);
      continue;
    }
    if (w === 'no' && next === 'one') {
      addCue(cues, toks, 'generalization', i, i + 1);
      continue;
    }
    if ((w === 'all' || w === 'no') && (GROUP_NOUNS.has(next) || (GROUP_NOUNS.has(next2) && LETTERS_ONLY.test(next) && next !== 'the'))) {
      addCue(cues, toks, 'generalization', i, GROUP_NOUNS.has(next) ? i + 1 : i + 2);
      continue;
    }
    // `every service`, `every major query engine`, `all of the attempts`: universal quantifiers
    // over things (`every week`, `every time` are frequencies, not universals).
    if (w === 'every' && next !== '' && LETTER_FIRST.test(next) && !EVERY_FREQUENCY.has(next)) {
      addCue(cues, toks, 'generalization', i, i + 1);
      continue;
    }
    if (w === 'all' && next === 'of' && (next2 === 'the' || next2 === 'them' || next2 === 'their' || next2 === 'our')) {
      addCue(cues, toks, 'generalization', i, i + 1);
      continue;
    }
    if (w === 'all' && (next === 'the' && next2 === 'time')) {
      addCue(cues, toks, 'generalization', i, i + 2);
      continue;
    }
  }
  return cues;
}

/**
 * The cue a number starts, if any (`40%`, `3x faster`, `12 bugs`, `100K transactions/sec`), added
 * to `cues`. Apart from `findCues`: the rules for numbers are most of the rules, and as their
 * own function they are compiled on their own, only once numbers are met often.
 */
function numberCue(cues: RawCue[], toks: readonly Token[], i: number, text: string, nm: [string, string, string, string], next: string, next2: string, prev: string): void {
  const t = toks[i];
  const w = t.lower;
  const [, prefix, num, rawSuffix] = nm;
  if (RATING_SUFFIX.test(rawSuffix)) {
    addCue(cues, toks, 'quantitative', i, i); // a rating or ratio: `4.6/5`, `9/10`
    return;
  }
  // A range (`10-20%`, `40-125 ms`) measures like its upper end.
  let suffix = rawSuffix;
  if (RANGE_SUFFIX.test(suffix)) {
    const upper = parseNumber(suffix.slice(1));
    suffix = upper ? upper[3] : suffix;
  }
  suffix = suffix.replace(SUFFIX_JOINER, '');
  if (suffix === 's' && DECADE.test(num)) return; // decades: `1970s`, `90s`
  if (ORDINAL_RE.test(w)) {
    if (SUPERLATIVES.has(next) || next === 'most' || next === 'largest') addCue(cues, toks, 'superlative', i, i + 1);
    return;
  }
  if (TIME_OF_DAY.has(suffix) || next === 'am' || next === 'pm') return;
  if (DATE.test(w)) return; // dates
  const measuredSuffix =
    suffix !== '' &&
    (suffix === '%' || suffix === 'x' || suffix === '×' || MEASURED_SUFFIX.test(suffix) ||
      MEASURED_RATE_SUFFIX.test(suffix));
  if (measuredSuffix || prefix === '$' || prefix === '€' || prefix === '£' || prefix === '~' || prefix === '≈') {
    // The cue shows what was measured when a unit follows: `100K transactions/sec`.
    const unit = next !== '' && (UNIT_WORDS.has(next) || (next.includes('/') && UNIT_WORDS.has(next.slice(0, next.indexOf('/'))))) && !hasPunctBetween(text, t, toks[i + 1]);
    addCue(cues, toks, 'quantitative', i, unit ? i + 1 : i);
    return;
  }
  if (suffix !== '' && LETTER_FIRST.test(suffix) && !UNIT_WORDS.has(suffix)) return; // `p99`-like ids, `v2beta`
  if (isYear(num, suffix) && !UNIT_WORDS.has(next)) return;
  if (IDENTIFIER_BEFORE.has(prev) || (isCapitalised(toks[i - 1]) && !UNIT_WORDS.has(next) && !AMOUNT_WORDS.has(prev))) {
    if (!UNIT_WORDS.has(next)) return;
  }
  // `from 30,000 to under 2,000`, `by about 40`: a change or an estimate of an amount.
  if (CHANGE_OR_ESTIMATE.has(prev) && !STRUCTURE_NOUNS.has(next) && !isYear(num, suffix)) {
    addCue(cues, toks, 'quantitative', i, UNIT_WORDS.has(next) ? i + 1 : i);
    return;
  }
  // Parts of the talk and logistics are not measurements.
  if (talkSlotBefore(toks, i)) return;
  if (STRUCTURE_NOUNS.has(next) || STRUCTURE_NOUNS.has(next2)) return;
  if (LOGISTICS_WORDS.has(next) || LOGISTICS_WORDS.has(next2) || LOGISTICS_WORDS.has(toks[i + 3]?.lower ?? '')) return;
  if (UNIT_WORDS.has(next) || UNIT_WORDS.has(next.replace(PER_UNIT, '')) || next === 'of' || next === 'out' || next === 'in') {
    addCue(cues, toks, 'quantitative', i, UNIT_WORDS.has(next) || next.includes('/') ? i + 1 : i);
    return;
  }
  // A bare count of something (`found 12 bugs`); not a version (`kernel 5.10 is`), not a
  // number followed by a verb or a function word.
  if (next !== '' && LETTER_FIRST.test(next) && !num.includes('.') && !NOT_COUNTED.has(next) && Number(num.replace(THOUSANDS_SEPARATORS, '')) >= 2) {
    addCue(cues, toks, 'quantitative', i, i);
  }
}

function hasPunctBetween(text: string, a: Token, b: Token): boolean {
  return PUNCT.test(text.slice(a.end, b.start));
}
