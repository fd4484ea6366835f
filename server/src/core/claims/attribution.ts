import type { Attribution, Mention, NotesDocument, Range, Speaker, Talk } from '../model/types';
import { personKey, withoutPossessive } from '../text/names';
import type { ReportCue } from './reports';
import type { Token } from './tokens';
import { SpeakerMemo } from '../people/speakerMemo';
import { isCapitalised } from './tokens';

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

// Patterns of the rules, made once: a literal in a function is a new RegExp object at every call.
const POSSESSIVE_END = /['’]s$|['’]$/;
const ACRONYM = /^\p{Lu}{2,}$/u;
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;
const NAME_BREAK = /[,.;:!?()"“”]/;
const POSSESSIVE_S = /['’]s$/;
const BLANK = /^\s*$/;
const COLON_NEXT = /^\s*:/;

/** Particles inside a name, written in lower case (`Ursula von der Leyen`). */
const NAME_PARTICLES_LOWER = words('de van von da del der le la bin al di du');

/** Capitalised words that open a sentence without being part of a name (`So Ben said`). */
const FUNCTION_WORDS = words('the a an some many most all several few other others so and but then also again before after this that these those there here yes no ok okay well now when while if as in on at for with by from to of our their his her its my your');

/** Adverbs between a reporter and its verb (`Priya also said`). */
const REPORT_ADVERBS = words('also once later then even recently publicly famously repeatedly reportedly basically essentially just further explicitly confidently proudly always often still initially originally again boldly casually');

/** Group nouns after an organisation (`the Antithesis folks said`). */
const GROUP_AFTER_ORG = words('team teams folks people engineers researchers authors paper papers study blog post report docs documentation website benchmark benchmarks');

/** Verbs with which a sentence reports the talk (`Matt talked about …`, `Ben recommends …`). */
const TALK_VERBS = words(`
  talked talks explained explains presented presents described describes showed shows mentioned mentions discussed discusses covered covers
  walked walks demoed demos demonstrated demonstrates noted notes argued argues recommended recommends opened opens compared compares pointed points
  gave gives shared shares highlighted highlights emphasized emphasised emphasizes emphasises stressed stresses reported reports introduced introduces
  started starts ended ends closed closes concluded concludes followed follows went goes made makes thinks believes believed suggested suggests
  claimed claims said says told tells added adds continued continues harkened spent spends focused focuses answered answers replied replies
  responded responds admitted admits estimated estimates expects expected predicted predicts warned warns mentioned insisted insists
  showcased described revealed reveals announced announces observed observes measured measures found finds built builds
`);

/** Organisation-like last words (`Jane Street`, `Example University`). */
const ORG_SUFFIX = /\b(?:inc|ltd|corp|co|labs?|systems|technologies|tech|street|university|institute|research|group|foundation|ai|cloud|security|software|networks|capital|partners|bank|hq|gmbh|llc|company|consulting)$/i;

/** What attribution needs to know about the place a sentence stands in. */
export interface AttributionContext {
  doc: NotesDocument;
  talk: Talk | undefined;
  /** Organisations named on speaker lines (lower-cased). */
  orgs: ReadonlySet<string>;
  /** Mentions of the block, for resolving names to people. */
  mentions: readonly Mention[];
  /** The speaker of this talk named most recently before the sentence (for `he`/`she`). */
  lastSpeaker: Speaker | undefined;
  /** Document range of [start, end) of the sentence text. */
  rangeOf: (start: number, end: number) => Range;
  /** The document's speakers by key and by first name (see `speakerIndex`). */
  speakers: SpeakerIndex;
}

/** Speakers of a document by person key and by first name, built once per document. */
export interface SpeakerIndex {
  byKey: Map<string, Speaker>;
  byFirst: Map<string, Speaker[]>;
}

export function speakerIndex(doc: NotesDocument): SpeakerIndex {
  return speakerIndexes.get(doc.talks);
}

const speakerIndexes = new SpeakerMemo(buildSpeakerIndex);

function buildSpeakerIndex(talks: readonly Talk[]): SpeakerIndex {
  const byKey = new Map<string, Speaker>();
  const byFirst = new Map<string, Speaker[]>();
  for (const t of talks) {
    for (const s of t.speakers) {
      if (!byKey.has(s.key)) byKey.set(s.key, s);
      const first = s.name.split(/\s+/)[0];
      const list = byFirst.get(first) ?? [];
      if (!list.some((x) => x.key === s.key)) list.push(s);
      byFirst.set(first, list);
    }
  }
  return { byKey, byFirst };
}

/** Attribution from a reporting construction, or null when the reporter is not named. */
export function attributionFromReport(report: ReportCue, toks: readonly Token[], text: string, ctx: AttributionContext): Attribution | null | 'first-person' {
  if (!report.reporter) return null;
  let { from, to } = report.reporter;
  if (report.possessive) {
    // `Will Wilson's claim`: the name runs back from the possessive token.
    const last = toks[to];
    const stripped = last.text.replace(POSSESSIVE_END, '');
    let s = to;
    while (s > 0 && isNameToken(toks[s - 1]) && !punctBetween(text, toks[s - 1], toks[s])) s--;
    while (s < to && FUNCTION_WORDS.has(toks[s].lower)) s++;
    if (!isCapitalised(last)) return null;
    const name = [...toks.slice(s, to).map((t) => t.text), stripped].join(' ');
    return resolveName(name, toks[s].start, last.start + stripped.length, ctx, 'explicit');
  }
  if (toks[report.from].lower === 'according') {
    while (from <= to && FUNCTION_WORDS.has(toks[from].lower)) from++;
    if (from > to) return null;
    const first = toks[from].lower;
    if (first === 'him' || first === 'her') return speakerAttribution(ctx, 'explicit');
    if (!isCapitalised(toks[from])) return null;
    const name = joinedText(toks, from, to, true);
    return resolveName(name, toks[from].start, toks[to].end, ctx, 'explicit');
  }
  // Reporter before the verb, adverbs skipped (`Priya also said`); parenthesised asides were
  // blanked by the caller, so `Antithesis (tested …) said` reads as `Antithesis said`.
  let k = report.from - 1;
  while (k >= 0 && REPORT_ADVERBS.has(toks[k].lower)) k--;
  if (k < 0 || !BLANK.test(text.slice(toks[k].end, toks[report.from].start))) return inverted(report, toks, text, ctx);
  const t = toks[k];
  const l = t.lower;
  if (l === 'i' || l === 'we') return 'first-person';
  if (l === 'he' || l === 'she') return speakerAttribution(ctx, 'explicit');
  if (GROUP_AFTER_ORG.has(l) && isCapitalised(toks[k - 1]) && !FUNCTION_WORDS.has(toks[k - 1].lower)) {
    let s0 = k - 1;
    while (s0 > 0 && isCapitalised(toks[s0 - 1]) && !punctBetween(text, toks[s0 - 1], toks[s0])) s0--;
    while (s0 < k - 1 && FUNCTION_WORDS.has(toks[s0].lower)) s0++;
    // `Google's Bigtable team`: the owner is the organisation.
    let e0 = k - 1;
    for (let q = s0; q < k; q++) if (POSSESSIVE_S.test(toks[q].text)) {
      e0 = q;
      break;
    }
    const org = joinedText(toks, s0, e0, true);
    return resolveName(org, toks[s0].start, toks[e0].end, ctx, 'explicit');
  }
  if (!isNameToken(t)) {
    // Notes typed in lower case (`miguel said …`): a talk speaker's first name still counts.
    const sp = ctx.talk?.speakers.find((x) => x.name.split(/\s+/)[0].toLowerCase() === l);
    return sp ? { name: sp.name, key: sp.key, how: 'explicit' } : null;
  }
  let s1 = k;
  while (s1 > 0 && isNameToken(toks[s1 - 1]) && !punctBetween(text, toks[s1 - 1], toks[s1])) s1--;
  while (s1 < k && FUNCTION_WORDS.has(toks[s1].lower)) s1++;
  if (FUNCTION_WORDS.has(toks[s1].lower) || !isCapitalised(toks[s1])) return null;
  const name = joinedText(toks, s1, k, true);
  return resolveName(name, toks[s1].start, toks[k].end, ctx, 'explicit');
}

/** `…, said Priya.`: the reporter after the verb. */
function inverted(report: ReportCue, toks: readonly Token[], text: string, ctx: AttributionContext): Attribution | null {
  const k = report.to + 1;
  const t = toks[k];
  if (!t) return null;
  if (t.lower === 'he' || t.lower === 'she') return speakerAttribution(ctx, 'explicit');
  if (!isCapitalised(t) || FUNCTION_WORDS.has(t.lower)) return null;
  let e = k;
  while (e + 1 < toks.length && isNameToken(toks[e + 1]) && !punctBetween(text, toks[e], toks[e + 1])) e++;
  return resolveName(joinedText(toks, k, e, false), t.start, toks[e].end, ctx, 'explicit');
}

/**
 * Panel notes write who said what as `Name: statement`. Returns the attribution and the
 * [start, end) of the name when the sentence opens that way with a known person.
 */
export function attributionFromLabel(toks: readonly Token[], text: string, ctx: AttributionContext): { attribution: Attribution; start: number; end: number } | null {
  let e = 0;
  if (!toks[0] || toks[0].start > 2) return null;
  if (!isCapitalised(toks[0])) {
    // `pat: every distributed system …` in notes typed in lower case.
    if (!COLON_NEXT.test(text.slice(toks[0].end, toks[0].end + 3))) return null;
    const sp = ctx.talk?.speakers.find((x) => x.name.split(/\s+/)[0].toLowerCase() === toks[0].lower);
    return sp ? { attribution: { name: sp.name, key: sp.key, how: 'explicit' }, start: toks[0].start, end: toks[0].end } : null;
  }
  while (e + 1 < toks.length && e < 3 && isNameToken(toks[e + 1]) && !punctBetween(text, toks[e], toks[e + 1])) e++;
  if (!COLON_NEXT.test(text.slice(toks[e].end, toks[e].end + 3))) return null;
  const name = toks.slice(0, e + 1).map((x) => x.text).join(' ');
  const mention = mentionAt(ctx, toks[0].start, toks[e].end);
  const sp = mention ? undefined : speakerByName(name, ctx);
  if (!mention && !sp) return null;
  const attribution: Attribution = mention ? { name: mention.person, key: mention.key, how: 'explicit' } : { name: sp!.name, key: sp!.key, how: 'explicit' };
  return { attribution, start: toks[0].start, end: toks[e].end };
}

/**
 * When no reporting verb names anyone: the talk's speaker if the sentence reports the talk, i.e.
 * its subject is a speaker of the talk (or `he`/`she`) followed by a verb of telling.
 */
export function attributionFromSubject(toks: readonly Token[], text: string, ctx: AttributionContext): Attribution | null {
  let i = 0;
  while (i < toks.length - 1 && FUNCTION_WORDS.has(toks[i].lower) && toks[i].lower !== 'he' && toks[i].lower !== 'she') i++;
  const t = toks[i];
  if (!t) return null;
  let e = i;
  if (t.lower === 'he' || t.lower === 'she') {
    // pronoun subject
  } else {
    if (!isCapitalised(t)) return null;
    while (e + 1 < toks.length && isNameToken(toks[e + 1]) && !punctBetween(text, toks[e], toks[e + 1])) e++;
  }
  let v = e + 1;
  while (v < toks.length && REPORT_ADVERBS.has(toks[v].lower)) v++;
  if (!toks[v] || !TALK_VERBS.has(toks[v].lower) || punctBetween(text, toks[e], toks[v])) return null;
  if (t.lower === 'he' || t.lower === 'she') return speakerAttribution(ctx, 'speaker');
  const name = toks.slice(i, e + 1).map((x) => x.text).join(' ');
  const a = resolveName(name, t.start, toks[e].end, ctx, 'speaker');
  // Only the talk's own speakers make a sentence a report of the talk.
  if (a && a.key && ctx.talk?.speakers.some((s) => s.key === a.key)) return a;
  return null;
}

function speakerAttribution(ctx: AttributionContext, how: Attribution['how']): Attribution | null {
  const sp = ctx.lastSpeaker ?? ctx.talk?.speakers[0];
  return sp ? { name: sp.name, key: sp.key, how } : null;
}

/** Finds the speaker of the talk (or document) a name stands for, by full name or first name. */
export function speakerByName(name: string, ctx: Pick<AttributionContext, 'doc' | 'talk' | 'speakers'>): Speaker | undefined {
  const key = personKey(name);
  const inTalk = ctx.talk?.speakers ?? [];
  const own = inTalk.find((s) => s.key === key);
  if (own) return own;
  const any = ctx.speakers.byKey.get(key);
  if (any) return any;
  if (!name.includes(' ')) {
    const t = inTalk.find((s) => s.name.split(/\s+/)[0] === name);
    if (t) return t;
    const d = ctx.speakers.byFirst.get(name);
    if (d && d.length === 1) return d[0];
  }
  return undefined;
}

/** Resolves a written name: a mention, a speaker, an organisation, or a person as written. */
export function resolveName(name: string, start: number, end: number, ctx: AttributionContext, how: Attribution['how']): Attribution | null {
  const clean = name.replace(POSSESSIVE_S, '').trim();
  if (!clean) return null;
  const mention = mentionAt(ctx, start, end);
  if (mention) return { name: mention.person, key: mention.key, how };
  const sp = speakerByName(clean, ctx);
  if (sp) return { name: sp.name, key: sp.key, how };
  if (ctx.orgs.has(clean.toLowerCase())) return { name: clean, key: null, how };
  const parts = clean.split(/\s+/);
  if (parts.length === 1 || ORG_SUFFIX.test(clean) || ACRONYM.test(parts[0]) || CAMEL_CASE.test(clean)) return { name: clean, key: null, how };
  return { name: clean, key: personKey(clean), how };
}

/** The first mention of the block overlapping [start, end) of the sentence (no range is made when the block has none). */
function mentionAt(ctx: AttributionContext, start: number, end: number): Mention | undefined {
  if (ctx.mentions.length === 0) return undefined;
  const range = ctx.rangeOf(start, end);
  return ctx.mentions.find((m) => overlaps(m.range, range));
}

/**
 * The texts of tokens [from, to] joined by single spaces, each without a final `'s`/`’s` when
 * `dropPossessive`: what `slice`, `map` with `replace`, and `join` gave. A loop, because the
 * optimised `attributionFromReport` was thrown away ("wrong map") in every process when those
 * calls later met a token text or an array of another representation.
 */
function joinedText(toks: readonly Token[], from: number, to: number, dropPossessive: boolean): string {
  let out = '';
  for (let i = from; i <= to; i++) {
    const t = toks[i].text;
    const part = dropPossessive ? withoutPossessive(t) : t;
    out = i === from ? part : out + ' ' + part;
  }
  return out;
}

function isNameToken(t: Token | undefined): boolean {
  if (!t) return false;
  return isCapitalised(t) || NAME_PARTICLES_LOWER.has(t.text);
}

function punctBetween(text: string, a: Token, b: Token): boolean {
  return NAME_BREAK.test(text.slice(a.end, b.start));
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function overlaps(a: Range, b: Range): boolean {
  return before(a.start, b.end) && before(b.start, a.end);
}
