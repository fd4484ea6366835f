import type { Token } from './tokens';

/**
 * The SPEC's non-claims: questions, advice and imperatives, the note-taker's own experience,
 * evaluations of the talk or speaker. Each test looks at the shape of the sentence, never at
 * particular sentences.
 */

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words after a verb-looking first word that make it a noun (`Use of X`, `Run time is …`). */
const NOUN_AFTER = words("of is are was were has have had can could will would should may might must does did 's time times coverage results suite suites case cases data run runs");

// Patterns of the rules, made once: a literal in a function is a new RegExp object at every call.
const LEADING_NON_WORD = /^[^\p{L}\p{N}]+/u;
const POSSESSIVE = /'s$/;

/** `Henrik thinks that will change …`. */
const OPINION_VERBS = words('thinks think believes believe predicts predicted expects hopes hoped guesses feels felt wonders');

/** `Jun recommended dropping …`. */
const ADVICE_VERBS = words('recommend recommends recommended suggest suggests suggested advised advises urged urges encouraged encourages');

/** `a short break`. */
const BREAK_OPENERS = words('a short long minute the quick');

/** `asked whether …`. */
const QUESTION_WORDS = words('whether if how why what when who which about');

/** `Do you …`, `do most …`: a question or emphasis, not a command. */
const DO_SUBJECTS = words('you we they i people developers most many');

/** Words that may open a sentence before its real first word. */
const OPENERS = words('and but so then also finally first second third next lastly plus or yet again still ok okay oh well now just please instead otherwise');

/** Adverbs that may stand before an imperative verb (`always implement tests`). */
const IMPERATIVE_ADVERBS = words('always never just only simply really definitely actually probably also first then instead rather ideally');

const IMPERATIVE_VERBS = words(`
  do don't dont use write build run try avoid keep make take let give tell ask check read add start stop think remember consider prefer
  measure learn pick choose focus inject replay fill decide discover turn notice implement document watch look go be put get find
  test design define separate split treat start invest automate monitor log trace profile benchmark fix ship deploy release review
  plan pair ignore embrace accept expect assume plan treat respect budget limit cap set write-up wrap isolate mock simulate fuzz verify validate
  follow adopt drop move stay beware note see read aim push pull prioritize prioritise favor favour trust question optimize optimise reduce
  increase cache shard batch retry version label name encode describe specify state spell capture record store save delete remove
  understand know learn practice hire train teach invite include exclude require enforce reuse leverage abstract refactor rewrite
  start stick bring call clean commit copy cut draw dump enable disable handle hold kill lead mark open order own pay post print
  protect publish rely return rotate scale show sign sort stream study submit swap tag tune update upgrade wait walk warm
`);

const DETERMINERS = words('the a an your our their my his her its this that these those each every all some any it them one');
const FINITE = words('is are was were has have had does did will would can could should may might must went got became');

const MODAL_ADVICE_RE = /^(?:you|we|one|teams?|developers|engineers|everyone|everybody|people)\s+(?:should|must|need to|needs to|have to|has to|ought to|'ve got to|gotta)\b/i;
const ADVICE_LEAD_RE = /^(?:make sure|be sure|remember to|don't forget|do not forget|it'?s (?:best|better|important|worth|wise|crucial|essential) to|it is (?:best|better|important|worth|wise|crucial|essential) to|better to|the trick is to|the lesson is to|the key is to|tip:|pro tip|advice:|recommendation:|lesson:|rule of thumb:)/i;

/** Index of the first token after leading openers (`And`, `But`, `So`, `Ok,` …). */
function skipOpeners(toks: readonly Token[]): number {
  let i = 0;
  while (i < toks.length - 1 && OPENERS.has(toks[i].lower)) i++;
  return i;
}

/** A question: ends with `?` (possibly followed by closing quotes or brackets). */
export function isQuestion(sentence: string): boolean {
  return isQuestionAt(sentence, 0, sentence.length);
}

/** `isQuestion(text.slice(start, end))`, without making the slice. */
export function isQuestionAt(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isQuestionTrail(text.charCodeAt(e - 1))) e--;
  return e > start && text.charCodeAt(e - 1) === 0x3f;
}

/** What may follow the `?` of a question: closing quotes, brackets, emphasis, white space, `!`. */
function isQuestionTrail(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0x5d || c === 0x2a || c === 0x5f || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x21;
}

/** An indirect question (`Someone asked whether …`). */
export function isIndirectQuestion(toks: readonly Token[]): boolean {
  for (let i = 0; i + 1 < toks.length; i++) {
    if ((toks[i].lower === 'asked' || toks[i].lower === 'asks' || toks[i].lower === 'wondered' || toks[i].lower === 'wonders') && QUESTION_WORDS.has(toks[i + 1].lower)) return true;
  }
  return false;
}

/** Advice or an imperative: starts with a base-form verb (after a short `label:`), or `you should …`. */
export function isAdvice(sentence: string, toks: readonly Token[]): boolean {
  // The sentence is trimmed by the caller, so token offsets and `trimmed` agree.
  const trimmed = sentence;
  // `design: do the hardest parts yourself`, `One important thing is: don't …`
  const colon = trimmed.indexOf(': ');
  if (colon > 0) {
    const head = trimmed.slice(0, colon);
    const tail = trimmed.slice(colon + 2);
    const headWords = head.split(/\s+/).length;
    if (headWords <= 5 && startsImperative(tail, toks.filter((t) => t.start > colon))) return true;
  }
  return startsImperative(trimmed, toks);
}

function startsImperative(text: string, toks: readonly Token[]): boolean {
  const t = text.replace(LEADING_NON_WORD, '');
  if (MODAL_ADVICE_RE.test(t) || ADVICE_LEAD_RE.test(t)) return true;
  if (toks.length === 0) return false;
  let i = skipOpeners(toks);
  while (i < toks.length - 1 && IMPERATIVE_ADVERBS.has(toks[i].lower)) i++;
  const w = toks[i].lower;
  const next = toks[i + 1]?.lower ?? '';
  if (w === "don't" || w === 'dont' || (w === 'do' && next === 'not') || w === 'never' || w === 'please') return true;
  if (w === 'do' && next !== '' && !DO_SUBJECTS.has(next)) return true;
  if (!IMPERATIVE_VERBS.has(w)) return false;
  // `deploy frequency doubled …`: the verb-looking word starts a noun phrase whose verb follows.
  const n2 = toks[i + 2]?.lower ?? '';
  if (!DETERMINERS.has(next) && (FINITE.has(next) || FINITE.has(n2) || (n2.length > 4 && n2.endsWith('ed') && !DETERMINERS.has(next)))) return false;
  // `Use of X is growing`, `Run time is 3 ms`, `Test coverage went up`: nouns, not commands.
  if (NOUN_AFTER.has(next)) return false;
  if (POSSESSIVE.test(w)) return false;
  // The first word of the text must be that verb (or an opener/adverb), lower-case or capitalised.
  return true;
}

const FIRST_PERSON_SINGULAR = words("i i'm i've i'd i'll me my mine myself im ive");
const FIRST_PERSON_PLURAL_SUBJECT = words("we we're we've we'd we'll our us");

/**
 * The note-taker's own experience: a first-person subject, or `I`/`me`/`my` anywhere, unless
 * someone else is reported (`Ben told me that …`).
 */
export function isNoteTakerExperience(toks: readonly Token[], hasThirdPartyReport: boolean): boolean {
  if (toks.length === 0) return false;
  const i = skipOpeners(toks);
  const first = toks[i]?.lower ?? '';
  const subjectFirstPerson = FIRST_PERSON_SINGULAR.has(first) || FIRST_PERSON_PLURAL_SUBJECT.has(first) || (first === 'personally');
  if (subjectFirstPerson && !hasThirdPartyReport) return true;
  if (hasThirdPartyReport) return false;
  for (const t of toks) if (FIRST_PERSON_SINGULAR.has(t.lower)) return true;
  return false;
}

const TALK_NOUNS = words('talk talks keynote keynotes presentation presentations session sessions demo demos slides slide deck speaker speakers panel workshop lecture tutorial q&a part parts');
const EVALUATIVE = words(`
  fun great good nice cool interesting boring decent excellent amazing awesome engaging entertaining insightful inspiring favorite favourite
  best worst enjoyable solid funny honest clear confusing dense smart brilliant thoughtful thought-provoking provoking informative
  fantastic wonderful terrible weak strong underwhelming impressive polished memorable delightful refreshing highlight
`);

/** Normative statements (`Storage should be boring`): advice, not a checkable fact. */
export function isNormative(toks: readonly Token[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].lower;
    if (w === 'should' || w === "shouldn't" || w === 'must' || w === "mustn't" || (w === 'ought' && toks[i + 1]?.lower === 'to')) return true;
    // `Jun recommended dropping …`, `she suggests that …`: advice, reported.
    // `Henrik thinks that will change …`: an opinion or a forecast, not a checkable fact.
    if (i > 0 && i < 4 && OPINION_VERBS.has(w)) return true;
    if (i > 0 && i < 4 && ADVICE_VERBS.has(w)) return true;
  }
  return false;
}

const LOGISTICS = words('lunch coffee breakfast dinner snack snacks pizza hallway registration venue projector wifi badge schedule agenda flight hotel meetup toilets overflow');

/** Logistics of the day (`Lunch break, 75 minutes.`, `Small meetup, maybe 40 people.`). */
export function isLogistics(toks: readonly Token[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].lower;
    if (LOGISTICS.has(w)) return true;
    // `Short break, 15 minutes.`, `Break, 30 minutes` (but not `it breaks builds`).
    if (w === 'break' && (i === 0 || BREAK_OPENERS.has(toks[i - 1].lower))) return true;
  }
  return false;
}

const TALK_CONTEXT = words('talk talks keynote presentation session demo slides panel room audience crowd applause laugh laughs reaction q&a speaker speakers workshop hands poll');

/** A ranking or universal about the talk itself (`the biggest reaction in the room`, `nobody on the panel`). */
export function isAboutTheTalk(toks: readonly Token[]): boolean {
  return toks.some((t) => TALK_CONTEXT.has(t.lower));
}

/** An evaluation of the talk or the speaker (`This was a fun talk`, `the best talk of the day`). */
export function isTalkEvaluation(toks: readonly Token[]): boolean {
  let talk = false;
  let evaluative = false;
  for (const t of toks) {
    if (TALK_NOUNS.has(t.lower)) talk = true;
    if (EVALUATIVE.has(t.lower)) evaluative = true;
  }
  return talk && evaluative;
}
