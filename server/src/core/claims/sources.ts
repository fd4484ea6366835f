import type { SourceKind } from '../model/types';
import { trimEndChars } from '../text/trim';
import { allMatches } from './matches';

/** Something in a block's text that may support a claim; [start, end) indices into the block text. */
export interface FoundSource {
  kind: SourceKind | 'citation-needed';
  start: number;
  end: number;
  /** URL, citation id (lower-cased, `^id` for footnotes), or Pandoc key. */
  target?: string;
}

// Every pattern below is a single pass over a character class with a bounded or unambiguous
// repetition, so matching stays linear in the block length.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+/gi;
const BRACKET_RE = /\[([^[\]\n]{1,300})\]/g;
const PAREN_RE = /\(([^()\n]{1,300})\)/g;
const CITATION_NEEDED_RE = /\[(?:citation|source|reference|cite)s? needed\]|\{\{citation needed\}\}/gi;
const EXPLICIT_INNER_RE = /^\s*(?:sources?|src|via|ref|refs|reference|references|h\/t|hat tip)[:\s]/i;
const EXPLICIT_LEAD_RE = /(?:^|[.;!?]\s+|\s[-–—]\s*)(?:sources?|via|ref|references?)\s*:\s*\S/gi;
const YEAR_RE = /\b(?:19|20)\d\d[a-z]?\b/;
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s/i;
const PANDOC_KEY_RE = /(?:^|[\s;,-])@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/gu;
// Made once: a pattern literal in a function is a new RegExp object at every call.
const ASCII_LETTER = /[A-Za-z]/;
const NEXT_SENTENCE = /[.!?]\s+\p{Lu}/u;
const FOOTNOTE_ID = /^\^[^\s\]]{1,40}$/;
const NUMBER_ID = /^\d{1,4}$/;
const REFERENCE_ID = /^[^\s\]]{1,40}$/;
const WORD_CHAR = /\w/;

const NO_SOURCES: readonly FoundSource[] = Object.freeze([]);

/**
 * The characters covered by the sources of the block being scanned, shared by every block and
 * cleared after each (see `Found.release`): a fresh typed array for every block with a source
 * was a measurable share of the claims stage.
 */
let cover = new Uint8Array(1024);
const MAX_KEPT_COVER = 1 << 16;

/**
 * The sources found so far and the characters they cover, so a URL inside `(source: …)` is not
 * found twice. The cover is taken with the first source: most blocks have none.
 */
class Found {
  readonly out: FoundSource[] = [];
  private taken: Uint8Array | null = null;

  constructor(private readonly length: number) {}

  overlaps(s: number, e: number): boolean {
    const taken = this.taken;
    if (!taken) return false;
    for (let i = s; i < e; i++) if (taken[i]) return true;
    return false;
  }

  push(f: FoundSource): void {
    this.out.push(f);
    if (!this.taken) {
      if (cover.length <= this.length) cover = new Uint8Array(Math.max(this.length + 1, cover.length * 2));
      this.taken = cover;
    }
    this.taken.fill(1, f.start, f.end);
  }

  /** Clears the shared cover, which the next block then finds all zero. */
  release(): void {
    const taken = this.taken;
    if (taken) for (const f of this.out) taken.fill(0, f.start, f.end);
    // A cover grown for a huge block is not kept for the life of the process.
    if (cover.length > MAX_KEPT_COVER) cover = new Uint8Array(1024);
  }
}

/**
 * Finds the sources a block's text carries (SPEC §2 "supported"): URLs, citation markers,
 * Pandoc citations, explicit `(source: …)`/`(via …)`, named publications and `[citation needed]`.
 * Each pattern needs characters many blocks lack (`[`, `(`, `:`, `://` or `www.`); its pass
 * is skipped when they are absent.
 */
export function scanBlockSources(text: string): readonly FoundSource[] {
  const brackets = text.includes('[');
  const colon = text.includes(':');
  // Most blocks have none of the characters a source needs: they share one empty list.
  if (!brackets && !colon && !text.includes('(') && !text.includes('{') && !hasWwwDot(text)) return NO_SOURCES;
  const found = new Found(text.length);
  try {
    scanInto(text, found, brackets, colon);
  } finally {
    found.release();
  }
  const out = found.out;
  if (out.length > 1) out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** The passes of `scanBlockSources`, into `found`; `brackets`, `colon`: whether the text has a `[`, a `:`. */
function scanInto(text: string, found: Found, brackets: boolean, colon: boolean): void {
  if (brackets || text.includes('{')) for (const m of allMatches(text, CITATION_NEEDED_RE)) found.push({ kind: 'citation-needed', start: m.index, end: m.index + m[0].length });
  // Explicit and publication groups first: a URL inside `(source: https://…)` belongs to the group.
  if (text.includes('(')) {
    for (const m of allMatches(text, PAREN_RE)) {
      const inner = m[1];
      if (EXPLICIT_INNER_RE.test(inner)) found.push({ kind: 'explicit', start: m.index, end: m.index + m[0].length });
      else if (isPublication(inner)) found.push({ kind: 'publication', start: m.index, end: m.index + m[0].length });
    }
  }
  if (colon) {
    for (const m of allMatches(text, EXPLICIT_LEAD_RE)) {
      const from = m.index + m[0].search(ASCII_LETTER);
      if (found.overlaps(from, from + 1)) continue;
      // Up to the end of the sentence or the block.
      let end = text.length;
      const stop = text.slice(from).search(NEXT_SENTENCE);
      if (stop >= 0) end = from + stop + 1;
      found.push({ kind: 'explicit', start: from, end });
    }
  }
  if ((colon && text.includes('://')) || hasWwwDot(text)) {
    for (const m of allMatches(text, URL_RE)) {
      let url = m[0];
      url = trimEndChars(url, '.,;:!?*_');
      if (found.overlaps(m.index, m.index + url.length)) {
        // Still record the URL target on its explicit group for hover text.
        continue;
      }
      found.push({ kind: 'url', start: m.index, end: m.index + url.length, target: url });
    }
  }
  if (brackets) {
    for (const m of allMatches(text, BRACKET_RE)) {
      const s = m.index;
      const e = s + m[0].length;
      if (found.overlaps(s, e)) continue;
      if (text[s - 1] === '[' || text[e] === ']') continue; // [[cross reference]]
      const inner = m[1];
      if (text[e] === '(') continue; // a Markdown link's text; its URL is found above
      if (FOOTNOTE_ID.test(inner) || NUMBER_ID.test(inner)) {
        found.push({ kind: 'citation', start: s, end: e, target: inner.toLowerCase() });
      } else if (text[s - 1] === ']' && REFERENCE_ID.test(inner)) {
        found.push({ kind: 'citation', start: s, end: e, target: inner.toLowerCase() });
      } else if (inner.includes('@')) {
        let any = false;
        for (const k of allMatches(inner, PANDOC_KEY_RE)) {
          const key = trimEndChars(k[1], '.,;:');
          // `[name@example.com]` is an address, not a citation.
          if (k.index > 0 && WORD_CHAR.test(inner[k.index])) continue;
          any = true;
          found.push({ kind: 'pandoc', start: s, end: e, target: key });
        }
        if (!any) continue;
      } else if (isPublication(inner)) {
        found.push({ kind: 'publication', start: s, end: e });
      }
    }
  }
}

/** True when `www.` (any case) occurs: with `://`, what a URL needs to start. */
function hasWwwDot(text: string): boolean {
  for (let dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if ((text.charCodeAt(dot - 1) | 0x20) === 0x77 && (text.charCodeAt(dot - 2) | 0x20) === 0x77 && (text.charCodeAt(dot - 3) | 0x20) === 0x77) return true;
  }
  return false;
}

/** `Alvaro et al., SIGMOD 2015`, `Smith 2020`, `Kleppmann, 2017, ch. 5`: a named work with a year. */
function isPublication(inner: string): boolean {
  const t = inner.trim();
  if (!/^\p{Lu}/u.test(t) || !YEAR_RE.test(t) || MONTHS.test(t + ' ')) return false;
  if (t.split(/\s+/).length > 16) return false;
  // `Before 2020` is a date, not a citation: the first word must be a name or a venue.
  return !/^(?:In|Since|Before|After|From|Until|Through|During|Around|About|Circa|By|As of|Early|Late|Mid|Q[1-4]|Summer|Winter|Spring|Fall|Autumn)\b/.test(t);
}
