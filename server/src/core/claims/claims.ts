import type { NotesConfig } from '../config';
import type { Attribution, Citation, Claim, ClaimKind, Cue, Mention, NotesDocument, ProseBlock, Range, Source } from '../model/types';
import { CLAIM_KINDS } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { blockRange } from '../text/pieces';
import type { AttributionContext } from './attribution';
import { attributionFromLabel, attributionFromReport, attributionFromSubject, speakerIndex } from './attribution';
import { findCues, maskIdioms } from './cues';
import { findReports } from './reports';
import type { RawCue } from './cues';
import { compileCustomCues, matchCustomCues } from './customCues';
import { isAboutTheTalk, isAdvice, isIndirectQuestion, isLogistics, isNormative, isNoteTakerExperience, isQuestion, isTalkEvaluation } from './exclusions';
import { sentenceBounds } from './sentences';
import type { FoundSource } from './sources';
import { scanBlockSources } from './sources';
import { SentenceContext } from './sentenceContext';
import { SpeakerNamer, SpeakerTrail } from './speakersNamed';
import { isSuppressed } from './suppression';
import { allMatches } from './matches';
import { blankAll, tokenize, TokenPool } from './tokens';
import type { Token } from './tokens';

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
  const claims: Claim[] = [];
  const orgs = new Set<string>();
  for (const t of doc.talks) for (const s of t.speakers) if (s.org) orgs.add(s.org.toLowerCase());
  const custom = compileCustomCues(config.customCues ?? []);
  const definitionIds = new Map<string, number>();
  doc.definitions.forEach((d, i) => {
    if (!definitionIds.has(d.id)) definitionIds.set(d.id, i);
  });
  const citations = new Map<string, Citation>();
  for (const c of doc.citations) citations.set(`${c.range.start.line}:${c.range.start.character}`, c);
  const mentions = sortedByStart(doc.mentions);
  const speakers = speakerIndex(doc);
  const trail = new SpeakerTrail(new SpeakerNamer({ doc, speakers }, lines), doc.blocks);
  const ctx = new SentenceContext(doc, orgs, speakers, lines, trail);
  let mentionCursor = 0;
  const pool = new TokenPool(doc.text.length);
  const bounds: number[] = [];

  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    if (!NON_SPACE_RE.test(block.text)) continue;
    // Mentions inside this block (blocks come in document order; a cursor keeps this linear).
    while (mentionCursor < mentions.length && cmp(mentions[mentionCursor].range.start, block.range.start) < 0) mentionCursor++;
    let m = mentionCursor;
    while (m < mentions.length && cmp(mentions[m].range.start, block.range.end) < 0) m++;
    // Most blocks mention nobody: they share one empty list (nothing adds to it).
    const blockMentions: readonly Mention[] = m === mentionCursor ? NO_MENTIONS : mentions.slice(mentionCursor, m);

    const raw = block.text;
    const base = blankDirectives(raw);
    const found = scanBlockSources(raw);
    const cueText = maskIdioms(blankUnsupported(blankFound(base, found)));
    const talk = block.talk >= 0 ? doc.talks[block.talk] : undefined;
    ctx.enterBlock(block, talk, blockMentions);
    // Sources become document objects only for blocks that hold a claim (most hold none).
    let foundSources: (Source | null)[] | null = null;

    const boundCount = sentenceBounds(base, bounds);
    // Where nothing was blanked (most blocks), the unmasked sentence is the same text.
    const sameText = cueText === base;
    for (let si = 0; si < boundCount; si += 2) {
      const spanStart = bounds[si];
      const spanEnd = bounds[si + 1];
      const sentence = cueText.slice(spanStart, spanEnd);
      const original = sameText ? sentence : base.slice(spanStart, spanEnd);
      ctx.enterSentence(spanStart, spanEnd);
      // Speakers named in this sentence become the referent of a later `he`/`she`.
      // Tokenized once here and shared: tokenizing is the largest single cost of the analysis.
      // The tokens are the pool's, overwritten by the next sentence: nothing below keeps a token
      // (cues and reports keep offsets, attribution copies strings, the speaker trail keeps the span).
      const toks = pool.tokenize(cueText, spanStart, spanEnd);
      trail.note(b, block.talk, talk, cueText, blockMentions, block, spanStart, spanEnd);
      const claim = analyseSentence(sentence, original, ctx, custom, toks);
      if (!claim) continue;
      // Built by push, not `map`: the array then has the same elements kind in every block,
      // so the optimised `foundSources[k]` reads below are not thrown away ("wrong map") and
      // recompiled when a later block's array differs.
      if (foundSources === null) {
        foundSources = [];
        for (const f of found) foundSources.push(f.kind === 'citation-needed' ? null : toSource(f, raw, block, lines, citations, definitionIds));
      }
      const range = ctx.range();
      // `found` is sorted by start: the sentence's sources are one contiguous run.
      let lo = 0;
      let hiF = found.length;
      while (lo < hiF) {
        const mid = (lo + hiF) >> 1;
        if (found[mid].start < spanStart) lo = mid + 1;
        else hiF = mid;
      }
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
      if (!acknowledged && k < found.length && found[k].kind === 'citation-needed' && !/\S/.test(base.slice(spanEnd, found[k].start))) acknowledged = true;
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
      const cues: Cue[] = claim.cues.map((c) => ({
        text: raw.slice(spanStart + c.start, spanStart + c.end),
        kind: c.kind,
        range: blockRange(block, lines, spanStart + c.start, spanStart + c.end),
      }));
      claims.push({
        text: raw.slice(spanStart, spanEnd),
        range,
        kinds: claim.kinds,
        cues,
        attribution: claim.attribution,
        sources,
        acknowledged,
        suppressed: isSuppressed(doc.suppressions, range),
        talk: block.talk,
        block: b,
      });
    }
  }
  return claims;
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

  if (isIndirectQuestion(toks)) return null;
  if (isAdvice(original, toks)) return null;
  if (firstPersonReport && !thirdParty) return null;
  if (isNoteTakerExperience(toks, thirdParty)) return null;
  const hasQuant = raw.some(isMeasuredOrAttributed);
  if (!hasQuant && isTalkEvaluation(toks)) return null;
  if (isNormative(toks)) return null;
  if (!raw.some(isAttributedCue) && isLogistics(toks)) return null;
  if (raw.every(isRankingOrUniversal) && isAboutTheTalk(toks)) return null;

  if (!attribution) attribution = attributionFromSubject(reportToks, noParens, ctx);
  const cues = dedupe(raw);
  const kinds = CLAIM_KINDS.filter((k) => cues.some((c) => c.kind === k));
  return { kinds, cues, attribution };
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
  const out: RawCue[] = [];
  // A plain object, not a Map: this runs for every claim, with at most five kinds.
  const reach: Partial<Record<ClaimKind, number>> = {};
  for (const c of cues) {
    if ((reach[c.kind] ?? -1) >= c.end) continue;
    reach[c.kind] = Math.max(reach[c.kind] ?? -1, c.end);
    out.push(c);
  }
  return out;
}

function toSource(f: FoundSource, text: string, block: ProseBlock, lines: LineIndex, citations: Map<string, Citation>, ids: Map<string, number>): Source {
  const range = blockRange(block, lines, f.start, f.end);
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
