import type { Token } from './tokens';
import { isCapitalised } from './tokens';

/**
 * Reported speech, the `attributed` kind: `X said …`, `… , she said.`, `X's claim that …`,
 * `according to X`. Only finds the construction; `attribution.ts` resolves who X is.
 */

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

// Patterns of the rules, made once: a literal in a function is a new RegExp object at every call.
const CLAUSE_END = /^[\s]*[,.;:!?]/;
const PUNCT = /[,.;:!?()]/;
const POSSESSIVE = /'s$|s'$/;
const PAUSE = /[,.;:]/;

/** `Smith et al`. */
const ET_AL = words('et al');

/** Words before a verb `claim(s)` besides a name or pronoun. */
const CLAIM_SUBJECTS = words('also once still now even often publicly falsely vendors researchers authors others many some all');

/** `said yes`. */
const ANSWERS = words('yes no nope maybe ok okay thanks hi hello');

/** `said not really`. */
const NOT_REALLY = words('really quite sure yet much');

/** `Ben would argue`. */
const HYPOTHETICAL = words("would could might may will can should must to 'd");

/** `people say`. */
const SAYERS = words('they people folks researchers engineers experts you we i');

/** `found it`, `found the time`: no finding reported. */
const NOT_FINDINGS = words('it this that them the a an out time');

/** `showed us that`. */
const TOLD_WHOM = words('us me them everyone the him her');

const PRONOUNS = words('he she they it we i you someone somebody people folks');

/** Reporting verbs that carry a fact on their own (`X said the planner is …`). */
const REPORT_VERBS = words(`
  said says say claim claims claimed claiming argue argues argued reported reports stated states estimated estimates
  insisted insists asserted asserts warned warns maintains maintained concluded concludes
  observed observes measured measures
`);

/** Verbs that report a fact only with a `that` clause (`showed that …`, not `showed the tool`). */
export const THAT_VERBS: ReadonlySet<string> = words('showed shows show demonstrated demonstrates found finds noted notes explained explains mentioned mentions pointed told tells wrote writes shared shares discovered discovers proved proves learned learns');

/** Nouns after a possessive that make reported content (`Will Wilson's claim that …`). */
const CLAIM_NOUNS = words('claim claims finding findings research study studies data benchmark benchmarks numbers survey paper report estimate estimates measurements experiments argument');

/** Determiners before `claim(s)` that make it a noun, not a reporting verb. */
const NOUN_DETERMINERS = words('make makes making made the a an any some no this that these those such his her their our my your its of bold big strong false wild many few several');

/**
 * Every word a construction below can start at. Most tokens are none of these, and skipping
 * them first is exact: each rule tests the word itself before anything else (a unit test reads
 * the rules to check).
 */
export const REPORT_WORDS: ReadonlySet<string> = new Set(['according', ...CLAIM_NOUNS, ...REPORT_VERBS, ...THAT_VERBS]);

/** A reporting construction: who reported (token range before the verb) and the verb cue. */
export interface ReportCue {
  /** The cue tokens (`said`, `claim`, `according to`). */
  from: number;
  to: number;
  /** Where the reporter's name is looked for. */
  reporter: { from: number; to: number } | null;
  /** The reporter is a possessive (`X's claim`). */
  possessive: boolean;
}


/**
 * Reporting verbs (`X said …`, `… , she said`, `X's claim that …`, `according to X`).
 * The reporter is the run of tokens ending just before the verb; the caller resolves it.
 */
export function findReports(toks: readonly Token[], text: string): readonly ReportCue[] {
  // Made with the first report: most sentences have none, and share one empty list.
  let out: ReportCue[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].lower;
    if (!REPORT_WORDS.has(w)) continue;
    const prev = toks[i - 1]?.lower ?? '';
    const next = toks[i + 1]?.lower ?? '';
    if (w === 'according' && next === 'to' && toks[i + 2]) {
      const s = i + 2;
      let e = s;
      while (e + 1 < toks.length && (isCapitalised(toks[e + 1]) || ET_AL.has(toks[e + 1].lower)) && !hasPunctBetween(text, toks[e], toks[e + 1])) e++;
      (out ??= []).push({ from: i, to: i + 1, reporter: { from: s, to: e }, possessive: false });
      continue;
    }
    if (CLAIM_NOUNS.has(w) && POSSESSIVE.test(prev)) {
      // `Will Wilson's claim that …`: the content must follow (`that`, `:`), or it is a mere reference.
      if (next === 'that' || next === 'is' || next === 'was' || next === 'shows' || next === 'showed' || next === 'found' || next === 'says' || w === 'claim' || w === 'claims') {
        (out ??= []).push({ from: i, to: i, reporter: { from: i - 1, to: i - 1 }, possessive: true });
      }
      continue;
    }
    const next2 = toks[i + 2]?.lower ?? '';
    const isReport = REPORT_VERBS.has(w);
    const isThat = THAT_VERBS.has(w);
    if (!isReport && !isThat) continue;
    if ((w === 'claim' || w === 'claims' || w === 'estimates' || w === 'reports' || w === 'states' || w === 'notes' || w === 'shows' || w === 'finds' || w === 'measures') && NOUN_DETERMINERS.has(prev)) continue;
    // `claim`/`claims` is a verb only after its subject (`Ben claims`, `people claim`), never
    // after an adjective (`The core claim:`).
    if ((w === 'claim' || w === 'claims') && !(isCapitalised(toks[i - 1]) || PRONOUNS.has(prev) || CLAIM_SUBJECTS.has(prev))) continue;
    // `said yes`, `said not really`: an answer, not a fact.
    if (ANSWERS.has(next) && (i + 2 >= toks.length || CLAUSE_END.test(text.slice(toks[i + 1].end)))) continue;
    if (next === 'not' && NOT_REALLY.has(next2)) continue;
    // `Ben would argue`, `they might say`: a hypothetical, nobody reported anything.
    // (Case-sensitive: `Will argued` is a person named Will.)
    if (i > 0 && HYPOTHETICAL.has(toks[i - 1].text)) continue;
    if (w === 'say' && !SAYERS.has(prev)) continue;
    if (w === 'pointed' && next !== 'out') continue;
    if (w === 'show' && prev !== 'benchmarks' && prev !== 'numbers' && prev !== 'results' && prev !== 'studies' && prev !== 'data') continue;
    // `Adnan found misconfigurations in …`: a person's finding, even without `that`.
    if ((w === 'found' || w === 'discovered' || w === 'measured') && i > 0 && (isCapitalised(toks[i - 1]) || prev === 'he' || prev === 'she') && !NOT_FINDINGS.has(next) && !PAUSE.test(text.slice(toks[i - 1].end, toks[i].start))) {
      (out ??= []).push({ from: i, to: i, reporter: { from: i - 1, to: i - 1 }, possessive: false });
      continue;
    }
    if (isThat) {
      // A `that` (or `us that`) must follow; `showed the tool` reports a demo, not a fact.
      let k = i + 1;
      if (w === 'pointed') k++;
      if (TOLD_WHOM.has(toks[k]?.lower ?? '') && toks[k]?.lower !== 'the') k++;
      if (toks[k]?.lower !== 'that' && toks[k]?.lower !== 'how') continue;
      if (toks[k]?.lower === 'how') continue;
    }
    // The reporter: a trailing `, she said.`, else the tokens before the verb.
    (out ??= []).push({ from: i, to: w === 'pointed' ? i + 1 : i, reporter: i > 0 ? { from: i - 1, to: i - 1 } : null, possessive: false });
  }
  return out ?? NO_REPORTS;
}

const NO_REPORTS: readonly ReportCue[] = Object.freeze([]);

function hasPunctBetween(text: string, a: Token, b: Token): boolean {
  return PUNCT.test(text.slice(a.end, b.start));
}

