/**
 * Extractive talk summaries: the sentences that best represent a talk, for the talk card,
 * the person card's one-liners and "Copy talk summary".
 *
 * Method: the talk's sentences are ranked by LexRank centrality over TF-IDF vectors of their
 * content words (`textrank.ts`), multiplied by what the sentence is (`signals.ts`): the
 * note-taker's asides and logistics, questions, opinions of the talk and fragments are ranked
 * down; the first sentence of the talk and of each section is ranked up a little, because
 * notes, like news, tend to state the topic first. The best `count` sentences, skipping
 * near-duplicates of one already chosen, are returned in document order.
 *
 * Bounded: only the first MAX_SENTENCES sentences (and MAX_CHARS characters) of a talk are
 * considered, so the quadratic similarity graph stays small whatever the talk's size.
 */
import type { NotesDocument, ProseBlock, Range } from '../model/types';
import { splitSentences } from '../claims/sentences';
import { documentLines } from '../text/documentLines';
import { blockRange } from '../text/pieces';
import { contentWords, words } from './tokens';
import { ContentHash } from '../text/contentHash';
import { sentenceSignals } from './signals';
import { cosine, lexRank, tfidfVectors } from './textrank';
import { lowerBound } from '../text/lowerBound';

export interface TalkSummary {
  /** The chosen sentences in document order: trimmed text and its range in the document. */
  sentences: { text: string; range: Range }[];
  /** True when the talk has too little text to summarise (the card says so instead). */
  tooShort: boolean;
}

/** Sentences of a talk considered at most: the similarity graph is quadratic in this. */
export const MAX_SENTENCES = 300;
/** Characters of a talk's prose considered at most. */
export const MAX_CHARS = 100_000;
/** Below this many substantive sentences, or MIN_CONTENT_WORDS content words in them, a talk is too short. */
export const MIN_SENTENCES = 3;
export const MIN_CONTENT_WORDS = 20;
/** Two chosen sentences more similar than this say the same thing; the second is skipped. */
const REDUNDANT = 0.6;
/** Content words from which a sentence counts as fully informative (see `sentenceWeight`). */
const INFORMATIVE = 12;
/** Signals are read from at most this many characters of a sentence. */
const SIGNAL_CHARS = 2000;

/** A sentence of the talk with what the ranking needs. */
interface Candidate {
  block: ProseBlock;
  start: number;
  end: number;
  text: string;
  tokens: string[];
  /** What the sentence is, as a multiplier of its centrality (1 = plain content). */
  weight: number;
  /** Not an aside, question, opinion or fragment: counts towards "enough text". */
  substantive: boolean;
}

/** Extractive summary of a talk: the `count` most central sentences, in document order. */
export function summarizeTalk(doc: NotesDocument, talk: number, count: number): TalkSummary {
  if (!doc.talks[talk] || !(count >= 1)) return { sentences: [], tooShort: !doc.talks[talk] };
  // Hovers, the Talks view, code lenses and the server's idle-time preparation ask again and
  // again for the same talk, also after edits elsewhere in the file: remember the answer by what
  // it is computed from (see `summaryKey`), so an edit re-summarises only the talk it touched.
  const key = `${Math.floor(count)}:${summaryKey(doc, talk)}`;
  let byKey = summaries.get(doc.uri);
  if (!byKey) summaries.set(doc.uri, (byKey = new Map()));
  let summary = byKey.get(key);
  if (!summary) {
    summary = computeSummary(doc, talk, Math.floor(count));
    if (cached >= MAX_CACHED) {
      summaries.clear();
      cached = 0;
      summaries.set(doc.uri, (byKey = new Map()));
    }
    byKey.set(key, summary);
    cached++;
  }
  // Copies, so a caller that edits its result cannot change the cached one.
  return {
    sentences: summary.sentences.map((s) => ({ text: s.text, range: { start: { ...s.range.start }, end: { ...s.range.end } } })),
    tooShort: summary.tooShort,
  };
}

/** Summaries by document URI and `summaryKey`; cleared whole when it holds MAX_CACHED of them. */
const summaries = new Map<string, Map<string, TalkSummary>>();
const MAX_CACHED = 20_000;
let cached = 0;

/**
 * Everything a talk's summary depends on, hashed: the speakers' names (left out of the words),
 * and per block its kind, section, text and where each of its pieces starts in the document
 * (line and column: the summary's ranges). Offsets are left out on purpose: typing on another
 * line moves them without moving anything here.
 */
function summaryKey(doc: NotesDocument, talk: number): string {
  const lines = documentLines(doc);
  const h = new ContentHash();
  for (const s of doc.talks[talk].speakers) h.add(s.name);
  for (const b of talkBlocks(doc, talk)) {
    h.add(b.kind).add(b.text).num(b.section);
    for (const p of b.pieces) {
      const at = lines.positionAt(p.docStart);
      h.num(at.line).num(at.character).num(p.textStart).num(p.length);
    }
  }
  return `${talk}:${h.digest()}`;
}

function computeSummary(doc: NotesDocument, talk: number, count: number): TalkSummary {
  const candidates = talkCandidates(doc, talk);
  const substantive = candidates.filter((c) => c.substantive);
  const substantiveWords = substantive.reduce((n, c) => n + c.tokens.length, 0);
  const tooShort = substantive.length < MIN_SENTENCES || substantiveWords < MIN_CONTENT_WORDS;
  const chosen = choose(candidates, count);
  const lines = documentLines(doc);
  return {
    sentences: chosen.map((c) => ({ text: c.text, range: blockRange(c.block, lines, c.start, c.end) })),
    tooShort,
  };
}

/** Longest one-line summary, in characters; a longer sentence is cut at a word and gets an ellipsis. */
export const ONE_LINE_MAX = 160;

/**
 * The single most representative sentence of a talk, for lists (the person card's talks),
 * or null when the talk has too little text to summarise.
 */
export function oneLineSummary(doc: NotesDocument, talk: number): string | null {
  const summary = summarizeTalk(doc, talk, 1);
  if (summary.tooShort || summary.sentences.length === 0) return null;
  const text = summary.sentences[0].text;
  if (text.length <= ONE_LINE_MAX) return text;
  const cut = text.lastIndexOf(' ', ONE_LINE_MAX - 1);
  let end = cut > ONE_LINE_MAX / 2 ? cut : ONE_LINE_MAX - 1;
  // Never split a surrogate pair (an emoji) in two.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  // Drop the space or punctuation the cut left dangling (a scan, not a `…+$` regex).
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || ',;:'.includes(text[end - 1]))) end--;
  return text.slice(0, end) + '…';
}

/** The best `count` candidates by score, near-duplicates skipped while others remain, in document order. */
function choose(candidates: Candidate[], count: number): Candidate[] {
  if (candidates.length <= count) return candidates;
  const vectors = tfidfVectors(candidates.map((c) => c.tokens));
  const centrality = lexRank(vectors);
  const n = candidates.length;
  const order = candidates.map((_, i) => i);
  const score = order.map((i) => centrality[i] * n * candidates[i].weight);
  // Ties go to the earlier sentence, so the result never depends on sort stability.
  order.sort((a, b) => score[b] - score[a] || a - b);
  const picked: number[] = [];
  const skipped: number[] = [];
  for (const i of order) {
    if (picked.length >= count) break;
    if (picked.some((j) => cosine(vectors[i], vectors[j]) > REDUNDANT)) skipped.push(i);
    else picked.push(i);
  }
  for (const i of skipped) {
    if (picked.length >= count) break;
    picked.push(i);
  }
  return picked.sort((a, b) => a - b).map((i) => candidates[i]);
}

/** The talk's sentences in document order (bounded), each with its tokens and weight. */
function talkCandidates(doc: NotesDocument, talk: number): Candidate[] {
  const exclude = new Set<string>();
  for (const s of doc.talks[talk].speakers) for (const w of words(s.name)) exclude.add(w);
  const out: Candidate[] = [];
  let budget = MAX_CHARS;
  let prevSection = -1;
  let first = true;
  for (const block of talkBlocks(doc, talk)) {
    if (out.length >= MAX_SENTENCES || budget <= 0) break;
    const truncated = block.text.length > budget;
    const text = truncated ? block.text.slice(0, budget) : block.text;
    budget -= text.length;
    const sectionStart = block.section >= 0 && block.section !== prevSection;
    prevSection = block.section;
    let firstInBlock = true;
    for (const span of splitSentences(text)) {
      if (out.length >= MAX_SENTENCES) break;
      // The sentence running into the cut may be incomplete: leave it out.
      if (truncated && span.end >= text.length) break;
      let start = span.start;
      let end = span.end;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
      if (end <= start) continue;
      const sentence = text.slice(start, end);
      const tokens = contentWords(sentence, exclude);
      const { weight: base, substantive } = sentenceWeight(sentence, tokens.length);
      let weight = base;
      // A list item without a full stop is a piece of a list, rarely a statement that stands alone.
      if (block.kind === 'bullet' && !endsLikeSentence(sentence)) weight *= 0.75;
      // The opening statement (after any aside the notes start with) tends to state the topic.
      if (first && substantive) {
        weight *= 1.3;
        first = false;
      }
      if (sectionStart && firstInBlock) weight *= 1.2;
      out.push({ block, start, end, text: sentence, tokens, weight, substantive });
      firstInBlock = false;
    }
  }
  return out;
}

/**
 * How much a sentence is worth as summary material (1 = plain content), and whether it is
 * substantive: about the talk rather than the note-taker's day, and more than a fragment.
 */
function sentenceWeight(sentence: string, contentWordCount: number): { weight: number; substantive: boolean } {
  const s = sentenceSignals(sentence.length > SIGNAL_CHARS ? sentence.slice(0, SIGNAL_CHARS) : sentence);
  let kind = 1;
  if (s.firstPerson) kind *= 0.25;
  if (s.logistics) kind *= 0.3;
  if (s.question) kind *= 0.15;
  if (s.evaluation) kind *= 0.4;
  if (s.listIntro) kind *= 0.7;
  if (s.hedge) kind *= 0.6;
  // A summary sentence should carry information on its own: up to INFORMATIVE content words,
  // fewer words weigh less (gently: square root), and fragments much less.
  let weight = kind * Math.sqrt(Math.min(1, contentWordCount / INFORMATIVE));
  if (contentWordCount < 3) weight *= 0.2;
  else if (contentWordCount < 5) weight *= 0.6;
  return { weight, substantive: kind >= 0.5 && contentWordCount >= 3 };
}

/**
 * The blocks of one talk. Blocks are in document order, so their talk indices ascend and a
 * binary search finds the first; a linear scan covers a parser that breaks that order.
 */
function talkBlocks(doc: NotesDocument, talk: number): ProseBlock[] {
  const blocks = doc.blocks;
  const lo = lowerBound(blocks.length, (i) => blocks[i].talk < talk);
  const out: ProseBlock[] = [];
  for (let i = lo; i < blocks.length && blocks[i].talk === talk; i++) out.push(blocks[i]);
  return out.length > 0 ? out : blocks.filter((b) => b.talk === talk);
}

/** Ends with a full stop or an exclamation mark, before any closing brackets or quotes. */
function endsLikeSentence(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '.' || c === '!') return true;
    if (!')]"\'”’'.includes(c)) return false;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}
