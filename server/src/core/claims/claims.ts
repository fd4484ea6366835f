import type { NotesConfig } from '../config';
import type { Attribution, Citation, Claim, ClaimKind, Cue, Mention, NotesDocument, ProseBlock, Range, Source } from '../model/types';
import { CLAIM_KINDS } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { isWhiteSpace, piecesRange } from '../text/pieces';
import type { AttributionContext } from './attribution';
import { attributionFromLabel, attributionFromReport, attributionFromSubject, speakerIndex } from './attribution';
import { findCues, maskIdioms } from './cues';
import { findReports } from './reports';
import type { RawCue } from './cues';
import { compileCustomCues, matchCustomCues } from './customCues';
import { isAboutTheTalk, isAdvice, isIndirectQuestion, isLogistics, isNormative, isNoteTakerExperience, isQuestion, isQuestionAt, isTalkEvaluation } from './exclusions';
import { IDIOM_MAY_CHANGE, MAY_HOLD_CUE, mayHoldCue, NO_CUE } from './cueGate';
import { sentenceBounds } from './sentences';
import type { FoundSource } from './sources';
import { scanBlockSources } from './sources';
import { SentenceContext } from './sentenceContext';
import { SpeakerNamer, SpeakerTrail } from './speakersNamed';
import { isSuppressed } from './suppression';
import { allMatches } from './matches';
import { blankAll, tokenize, TokenPool } from './tokens';
import type { Token } from './tokens';
import { lowerBound } from '../text/lowerBound';

const CROSS_REF_RE = /\[\[[^[\]\n]{1,300}\]\]/g;
const CODE_RE = /`[^`\n]{1,300}`/g;
const TIME_RE = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?![\w:])/gi;
const PERCENT_DIRECTIVE_RE = /%%\s*talk-?notes[-:\s]disable(?:-claims)?(?:-next-line|-line)?/gi;
const PAREN_GROUP_RE = /\([^()]{0,400}\)/g;
const NON_SPACE_RE = /\S/;
const NO_MENTIONS: readonly Mention[] = [];
const MAX_CUES = 200;
const MAX_REPORTS = 50;
/** Block-level sources kept on each claim (the sentence's own are all kept). */
const MAX_BLOCK_SOURCES = 10;
const FIRST_PERSON_RE = /\b(?:I|me|my|we|us|our|I'm|I've)\b/;

/**
 * Finds the claims of a document (SPEC §2 "Claims"): every sentence of every prose block that
 * carries a cue of one of the five kinds and is not one of the SPEC's non-claims. Every claim
 * is reported, whatever `config.claimKinds` says: filtering by kind and severity belongs to the
 * diagnostics, so the outline, the Talks view and the JSON see all of them.
 */
export function findClaims(doc: NotesDocument, lines: LineIndex, config: NotesConfig): Claim[] {
  return find(new ClaimFinder(doc, lines, config, false));
}

/**
 * `findClaims` with every sentence analysed in full, none passed over by the cheap tests that
 * prove a sentence holds no claim: the reference the tests hold `findClaims` to.
 */
export function findClaimsExhaustively(doc: NotesDocument, lines: LineIndex, config: NotesConfig): Claim[] {
  return find(new ClaimFinder(doc, lines, config, true));
}

function find(finder: ClaimFinder): Claim[] {
  const doc = finder.doc;
  // Read before the loop: code compiled while the loop runs (on-stack replacement) has seen no
  // read of it after the loop, and such a read threw that code away at the end of every document.
  const claims = finder.claims;
  for (let b = 0; b < doc.blocks.length; b++) finder.block(b);
  return claims;
}

/**
 * One pass over a document's blocks. Split in small methods, not one function: a fresh process
 * (the CLI) pays for the optimising compiler on every hot function, and one big function with
 * everything inlined was among the most expensive to compile; the parts also optimise alone.
 */
class ClaimFinder {
  readonly claims: Claim[] = emptyObjectArray<Claim>();
  private readonly custom: ReturnType<typeof compileCustomCues>;
  private readonly definitionIds = new Map<string, number>();
  private readonly citations = new Map<string, Citation>();
  private readonly mentions: readonly Mention[];
  private mentionCursor = 0;
  private readonly trail: SpeakerTrail;
  private readonly ctx: SentenceContext;
  private readonly pool: TokenPool;
  /**
   * Room for the bounds of 512 sentences from the start: a fresh process collects no type
   * feedback in its first calls, so the stores that grew an empty array were seen first by the
   * optimised `sentenceBounds`, and thrown it away ("out of bounds"). A longer block still grows it.
   */
  private readonly bounds: number[] = zeros(1024);

  constructor(
    readonly doc: NotesDocument,
    private readonly lines: LineIndex,
    config: NotesConfig,
    /** Analyse every sentence (see `findClaimsExhaustively`). */
    private readonly exhaustive: boolean,
  ) {
    // The loops over the document are helpers of their own: run once per document, their
    // iterations still made this constructor hot, and a fresh process (the CLI) compiled it
    // with everything below inlined, one of the costlier compiles of the stage.
    const orgs = speakerOrgs(doc);
    this.custom = compileCustomCues(config.customCues ?? []);
    indexDefinitions(doc, this.definitionIds);
    indexCitations(doc, this.citations);
    this.mentions = sortedByStart(doc.mentions);
    const speakers = speakerIndex(doc);
    this.trail = new SpeakerTrail(new SpeakerNamer({ doc, speakers }, lines), doc.blocks);
    this.ctx = new SentenceContext(doc, orgs, speakers, lines, this.trail);
    this.pool = new TokenPool(doc.text.length);
  }

  /** The claims of block number `b`. */
  block(b: number): void {
    const block = this.doc.blocks[b];
    if (!hasNonSpace(block.text)) return;
    const blockMentions = this.mentionsIn(block);
    const raw = block.text;
    const base = blankDirectives(raw);
    const found = scanBlockSources(raw);
    // Idioms are masked sentence by sentence, and only in the sentences analysed: a phrase is
    // letters and single spaces, so it never spans two sentences, and looking for them over
    // every block was a visible share of the stage. The exhaustive path masks the whole block.
    const unmasked = blankUnsupported(blankFound(base, found));
    const blockText = this.exhaustive ? maskIdioms(unmasked) : unmasked;
    const talk = block.talk >= 0 ? this.doc.talks[block.talk] : undefined;
    const ctx = this.ctx;
    const trail = this.trail;
    const bounds = this.bounds;
    const noCustom = this.custom.length === 0;
    ctx.enterBlock(block, talk, blockMentions);
    // Sources become document objects only for blocks that hold a claim (most hold none).
    let foundSources: (Source | null)[] | null = null;

    const boundCount = sentenceBounds(base, bounds);
    for (let si = 0; si < boundCount; si += 2) {
      const spanStart = bounds[si];
      const spanEnd = bounds[si + 1];
      // Speakers named in this sentence become the referent of a later `he`/`she`: every
      // sentence is noted, claim or not.
      trail.note(b, block.talk, talk, blockText, blockMentions, block, spanStart, spanEnd);
      // Most sentences are no claim: those that are a question, or have no word a cue or a
      // report can start at, are passed over before they are sliced and tokenized.
      let verdict = MAY_HOLD_CUE;
      if (!this.exhaustive) {
        if (isQuestionAt(base, spanStart, spanEnd)) continue;
        if (noCustom) {
          verdict = mayHoldCue(blockText, spanStart, spanEnd);
          if (verdict === NO_CUE) continue;
        }
      }
      const cut = blockText.slice(spanStart, spanEnd);
      const sentence = this.exhaustive ? cut : maskIdioms(cut);
      // No cue in the sentence as written, but an idiom might have been masked: the masked one decides.
      if (verdict === IDIOM_MAY_CHANGE && (sentence === cut || mayHoldCue(sentence, 0, sentence.length) !== MAY_HOLD_CUE)) continue;
      // Where nothing was blanked (most sentences), the unmasked sentence is the same text.
      const original = blockText === base && sentence === cut ? sentence : base.slice(spanStart, spanEnd);
      ctx.enterSentence(spanStart, spanEnd);
      // Tokenized once here and shared by the rules. The tokens are the pool's, overwritten by
      // the next sentence: nothing below keeps a token (cues and reports keep offsets,
      // attribution copies strings, the speaker trail keeps the span).
      const toks = sentence === cut ? this.pool.tokenize(blockText, spanStart, spanEnd) : this.pool.tokenize(sentence, 0, sentence.length);
      const claim = analyseSentence(sentence, original, ctx, this.custom, toks);
      if (!claim) continue;
      foundSources ??= this.sourcesOf(found, block);
      this.claims.push(this.claimOf(claim, b, block, base, found, foundSources, spanStart, spanEnd));
    }
  }

  /** The mentions inside `block` (blocks come in document order; a cursor keeps this linear). */
  private mentionsIn(block: ProseBlock): readonly Mention[] {
    const mentions = this.mentions;
    let c = this.mentionCursor;
    while (c < mentions.length && cmp(mentions[c].range.start, block.range.start) < 0) c++;
    this.mentionCursor = c;
    let m = c;
    while (m < mentions.length && cmp(mentions[m].range.start, block.range.end) < 0) m++;
    // Most blocks mention nobody: they share one empty list (nothing adds to it).
    return m === c ? NO_MENTIONS : mentions.slice(c, m);
  }

  /** The block's sources as document objects, in the order of `found` (null for `[citation needed]`). */
  private sourcesOf(found: readonly FoundSource[], block: ProseBlock): (Source | null)[] {
    // Built by push, not `map`: the array then has the same elements kind in every block,
    // so the optimised `foundSources[k]` reads are not thrown away ("wrong map") and
    // recompiled when a later block's array differs.
    const out: (Source | null)[] = [];
    for (const f of found) out.push(f.kind === 'citation-needed' ? null : toSource(f, block.text, block, this.lines, this.citations, this.definitionIds));
    return out;
  }

  /** The claim of the sentence [spanStart, spanEnd) of `block`, which `analyseSentence` found to be one. */
  private claimOf(claim: SentenceClaim, b: number, block: ProseBlock, base: string, found: readonly FoundSource[], foundSources: readonly (Source | null)[], spanStart: number, spanEnd: number): Claim {
    const raw = block.text;
    const range = this.ctx.range();
    // `found` is sorted by start: the sentence's sources are one contiguous run.
    const lo = lowerBound(found.length, (i) => found[i].start < spanStart);
    const sentenceSources: Source[] = [];
    let acknowledged = false;
    let k = lo;
    for (; k < found.length && found[k].start < spanEnd; k++) {
      if (found[k].end > spanEnd) continue;
      const src = foundSources[k];
      if (src) sentenceSources.push(src);
      else acknowledged = true;
    }
    // `… implementation. [citation needed]` right after the sentence still marks it.
    if (!acknowledged && k < found.length && found[k].kind === 'citation-needed' && !NON_SPACE_RE.test(base.slice(spanEnd, found[k].start))) acknowledged = true;
    // SPEC: the sentence, then the paragraph or bullet that holds it.
    let sources = sentenceSources;
    if (!sentenceSources.some((s) => s.resolved || s.kind === 'pandoc')) {
      const others: Source[] = [];
      for (let i = 0; i < found.length && others.length < MAX_BLOCK_SOURCES; i++) {
        const src = foundSources[i];
        if (src && !(found[i].start >= spanStart && found[i].end <= spanEnd)) others.push(src);
      }
      sources = [...sentenceSources, ...others];
    }
    const lines = this.lines;
    const pieces = block.pieces;
    const cues: Cue[] = claim.cues.map((c) => ({
      text: raw.slice(spanStart + c.start, spanStart + c.end),
      kind: c.kind,
      range: piecesRange(pieces, lines, spanStart + c.start, spanStart + c.end),
    }));
    return {
      text: raw.slice(spanStart, spanEnd),
      range,
      kinds: claim.kinds,
      cues,
      attribution: claim.attribution,
      sources,
      acknowledged,
      suppressed: isSuppressed(this.doc.suppressions, range),
      talk: block.talk,
      block: b,
    };
  }
}

/** The organisations named on the document's speaker lines, lower-cased. */
function speakerOrgs(doc: NotesDocument): Set<string> {
  const orgs = new Set<string>();
  for (const t of doc.talks) for (const s of t.speakers) if (s.org) orgs.add(s.org.toLowerCase());
  return orgs;
}

/** Each definition id to the index of its first definition. */
function indexDefinitions(doc: NotesDocument, ids: Map<string, number>): void {
  const defs = doc.definitions;
  for (let i = 0; i < defs.length; i++) if (!ids.has(defs[i].id)) ids.set(defs[i].id, i);
}

/** The citations by the `line:character` of their start. */
function indexCitations(doc: NotesDocument, out: Map<string, Citation>): void {
  for (const c of doc.citations) out.set(`${c.range.start.line}:${c.range.start.character}`, c);
}

/** `n` zeros, as an array of small integers without holes (what `[]` grows into). */
function zeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

/** Whether the text has a character other than white space (what `/\S/` finds, without a regex call per block). */
function hasNonSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * An empty array whose elements kind is already "objects": an array made by `[]` holds small
 * integers until its first push, and the optimised `block` saw that first push of a claim in
 * every document as a wrong kind ("not a Smi") and was thrown away and compiled again.
 */
function emptyObjectArray<T extends object>(): T[] {
  const a = [{} as T];
  a.length = 0;
  return a;
}

/**
 * Blanks what is never claim text: `[[links]]`, inline code and times of day. Each pattern needs
 * a character most blocks lack, so the pass over the block is skipped when it cannot match.
 */
function blankUnsupported(text: string): string {
  let out = text;
  if (out.includes('[[')) out = blankAll(out, CROSS_REF_RE);
  if (out.includes('`')) out = blankAll(out, CODE_RE);
  if (out.includes(':')) out = blankAll(out, TIME_RE);
  return out;
}

interface SentenceClaim {
  kinds: ClaimKind[];
  cues: RawCue[];
  attribution: Attribution | null;
}

/**
 * Decides whether one sentence is a claim. `sentence` has sources, links, code and idioms
 * blanked (indices unchanged); `original` is the same stretch unmasked.
 */
export function analyseSentence(
  sentence: string,
  original: string,
  ctx: AttributionContext,
  custom: ReturnType<typeof compileCustomCues> = [],
  sentenceTokens?: Token[],
): SentenceClaim | null {
  if (isQuestion(original)) return null;
  // Asides in the first person are the note-taker talking (`(yes this was the first thing we lost …)`).
  const hasParens = sentence.includes('(');
  const cueText = hasParens ? blankFirstPersonAsides(sentence) : sentence;
  const noParens = hasParens ? blankAll(sentence, PAREN_GROUP_RE) : sentence;
  const toks = sentenceTokens ?? tokenize(sentence);
  if (toks.length === 0) return null;
  const cueToks = cueText === sentence ? toks : tokenize(cueText);
  // A pathological sentence (a 1 MB line with no full stop) keeps its first cues only.
  const raw: RawCue[] = firstOf(findCues(cueToks, cueText), MAX_CUES);

  const reportToks = noParens === sentence ? toks : tokenize(noParens);
  const reports = findReports(reportToks, noParens);
  let attribution: Attribution | null = null;
  let firstPersonReport = false;
  let thirdParty = false;
  for (let ri = 0; ri < reports.length && ri < MAX_REPORTS; ri++) {
    const r = reports[ri];
    const a = attributionFromReport(r, reportToks, noParens, ctx);
    if (a === 'first-person') {
      firstPersonReport = true;
      continue;
    }
    thirdParty = true;
    raw.push({ kind: 'attributed', start: reportToks[r.from].start, end: reportToks[r.to].end, token: r.from });
    if (a && (!attribution || r.possessive)) attribution = a;
  }
  if (custom.length > 0) for (const c of matchCustomCues(custom, cueText)) raw.push({ ...c, token: -1 });
  if (raw.length === 0) return null;
  if (!attribution) {
    const label = attributionFromLabel(reportToks, noParens, ctx);
    if (label) {
      attribution = label.attribution;
      thirdParty = true;
      raw.push({ kind: 'attributed', start: label.start, end: label.end, token: 0 });
    }
  }

  // The non-claims. Each test is a pure predicate, so their order changes nothing but the
  // time: the cheap ones and the ones notes meet most (`Most of the talk was …`) go first.
  if (firstPersonReport && !thirdParty) return null;
  if (raw.every(isRankingOrUniversal) && isAboutTheTalk(toks)) return null;
  if (isIndirectQuestion(toks)) return null;
  if (isAdvice(original, toks)) return null;
  if (isNoteTakerExperience(toks, thirdParty)) return null;
  const hasQuant = raw.some(isMeasuredOrAttributed);
  if (!hasQuant && isTalkEvaluation(toks)) return null;
  if (isNormative(toks)) return null;
  if (!raw.some(isAttributedCue) && isLogistics(toks)) return null;

  if (!attribution) attribution = attributionFromSubject(reportToks, noParens, ctx);
  const cues = dedupe(raw);
  return { kinds: kindsOf(cues), cues, attribution };
}

// Cue tests for `analyseSentence`, as functions made once (not a closure per sentence).
function isMeasuredOrAttributed(c: RawCue): boolean {
  return c.kind === 'quantitative' || c.kind === 'attributed';
}

function isAttributedCue(c: RawCue): boolean {
  return c.kind === 'attributed';
}

function isRankingOrUniversal(c: RawCue): boolean {
  return c.kind === 'superlative' || c.kind === 'generalization';
}

/** The first `max` items of a fresh array (the array itself when it is not longer). */
function firstOf<T>(items: T[], max: number): T[] {
  return items.length > max ? items.slice(0, max) : items;
}

/** Blanks the parenthesised asides that are the note-taker's own (first person, or a question). */
function blankFirstPersonAsides(sentence: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of allMatches(sentence, PAREN_GROUP_RE)) {
    if (!FIRST_PERSON_RE.test(m[0]) && !m[0].endsWith('?)')) continue;
    parts.push(sentence.slice(last, m.index), ' '.repeat(m[0].length));
    last = m.index + m[0].length;
  }
  if (last === 0) return sentence;
  parts.push(sentence.slice(last));
  return parts.join('');
}

/**
 * Sorts cues by start, longer first, stably: what `cues.sort` with that order gives. A sentence
 * has a few cues, and an insertion sort of a few items allocates nothing (`sort` makes a work
 * copy on every call).
 */
export function sortCues(cues: RawCue[]): void {
  if (cues.length > 16) {
    cues.sort(cueOrder);
    return;
  }
  for (let i = 1; i < cues.length; i++) {
    const c = cues[i];
    let j = i - 1;
    // Strictly after only: equal cues keep their order, as a stable sort keeps it.
    while (j >= 0 && cueOrder(cues[j], c) > 0) {
      cues[j + 1] = cues[j];
      j--;
    }
    cues[j + 1] = c;
  }
}

function cueOrder(a: RawCue, b: RawCue): number {
  return a.start - b.start || b.end - a.end;
}

/** Drops cues inside a longer cue of the same kind (`40x` inside `40x faster` stays: other kind). */
function dedupe(cues: RawCue[]): RawCue[] {
  sortCues(cues);
  // Done in place, with the reach of each kind in a reused array: this runs for every claim.
  REACH.fill(-1);
  let n = 0;
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i];
    const k = KIND_INDEX[c.kind];
    if (REACH[k] >= c.end) continue;
    REACH[k] = c.end;
    cues[n++] = c;
  }
  cues.length = n;
  return cues;
}

/** The kinds of the cues, in the order of CLAIM_KINDS. */
function kindsOf(cues: readonly RawCue[]): ClaimKind[] {
  let mask = 0;
  for (let i = 0; i < cues.length; i++) mask |= 1 << KIND_INDEX[cues[i].kind];
  const kinds: ClaimKind[] = [];
  for (let k = 0; k < CLAIM_KINDS.length; k++) if ((mask & (1 << k)) !== 0) kinds.push(CLAIM_KINDS[k]);
  return kinds;
}

/** Each kind's place in CLAIM_KINDS. */
const KIND_INDEX = Object.fromEntries(CLAIM_KINDS.map((k, i) => [k, i])) as Record<ClaimKind, number>;
/** How far the cues of each kind kept so far reach (see `dedupe`). */
const REACH = new Int32Array(CLAIM_KINDS.length);

function toSource(f: FoundSource, text: string, block: ProseBlock, lines: LineIndex, citations: Map<string, Citation>, ids: Map<string, number>): Source {
  const range = piecesRange(block.pieces, lines, f.start, f.end);
  const written = text.slice(f.start, f.end);
  if (f.kind === 'citation') {
    const c = citations.get(`${range.start.line}:${range.start.character}`);
    const resolved = c ? c.definition >= 0 : ids.has(f.target ?? '');
    return { kind: 'citation', text: written, range, target: f.target, resolved };
  }
  if (f.kind === 'pandoc') return { kind: 'pandoc', text: written, range, target: f.target, resolved: false };
  if (f.kind === 'url') return { kind: 'url', text: written, range, target: f.target, resolved: true };
  return { kind: f.kind as Source['kind'], text: written, range, resolved: true };
}

/** Blanks suppression directives and HTML comments so they are neither sentences nor claim text. */
function blankDirectives(text: string): string {
  let out = text;
  // HTML comments by index scanning: a lazy `<!--[^]*?-->` pattern is polynomial on `<!--<!--…`.
  let from = 0;
  for (;;) {
    const s = out.indexOf('<!--', from);
    if (s < 0) break;
    const e = out.indexOf('-->', s + 4);
    if (e < 0) break;
    out = out.slice(0, s) + ' '.repeat(e + 3 - s) + out.slice(e + 3);
    from = e + 3;
  }
  if (text.includes('%%')) out = blankAll(out, PERCENT_DIRECTIVE_RE);
  return out;
}

function blankFound(text: string, found: readonly FoundSource[]): string {
  if (found.length === 0) return text;
  const parts: string[] = [];
  let last = 0;
  for (const f of found) {
    if (f.start < last) continue;
    parts.push(text.slice(last, f.start), ' '.repeat(f.end - f.start));
    last = f.end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * Mentions sorted by start (stable). They usually come sorted: then the list itself, which is
 * what a stable sort of it returns, without a copy of a document's worth of mentions.
 */
export function sortedByStart(mentions: readonly Mention[]): readonly Mention[] {
  for (let i = 1; i < mentions.length; i++) {
    if (cmp(mentions[i - 1].range.start, mentions[i].range.start) > 0) return [...mentions].sort((a, b) => cmp(a.range.start, b.range.start));
  }
  return mentions;
}

function cmp(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}
