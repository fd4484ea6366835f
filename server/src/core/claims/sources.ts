import type { SourceKind } from '../model/types';
import { trimEndChars } from './tokens';

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

/**
 * Finds the sources a block's text carries (SPEC §2 "supported"): URLs, citation markers,
 * Pandoc citations, explicit `(source: …)`/`(via …)`, named publications and `[citation needed]`.
 */
export function scanBlockSources(text: string): FoundSource[] {
  const out: FoundSource[] = [];
  // Characters already claimed by a source, so a URL inside `(source: …)` is not found twice.
  const taken = new Uint8Array(text.length + 1);
  const overlaps = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (taken[i]) return true;
    return false;
  };
  const push = (f: FoundSource): void => {
    out.push(f);
    taken.fill(1, f.start, f.end);
  };
  for (const m of text.matchAll(CITATION_NEEDED_RE)) push({ kind: 'citation-needed', start: m.index, end: m.index + m[0].length });
  // Explicit and publication groups first: a URL inside `(source: https://…)` belongs to the group.
  for (const m of text.matchAll(PAREN_RE)) {
    const inner = m[1];
    if (EXPLICIT_INNER_RE.test(inner)) push({ kind: 'explicit', start: m.index, end: m.index + m[0].length });
    else if (isPublication(inner)) push({ kind: 'publication', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(EXPLICIT_LEAD_RE)) {
    const from = m.index + m[0].search(/[A-Za-z]/);
    if (overlaps(from, from + 1)) continue;
    // Up to the end of the sentence or the block.
    let end = text.length;
    const stop = text.slice(from).search(/[.!?]\s+\p{Lu}/u);
    if (stop >= 0) end = from + stop + 1;
    push({ kind: 'explicit', start: from, end });
  }
  for (const m of text.matchAll(URL_RE)) {
    let url = m[0];
    url = trimEndChars(url, '.,;:!?*_');
    if (overlaps(m.index, m.index + url.length)) {
      // Still record the URL target on its explicit group for hover text.
      continue;
    }
    push({ kind: 'url', start: m.index, end: m.index + url.length, target: url });
  }
  for (const m of text.matchAll(BRACKET_RE)) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlaps(s, e)) continue;
    if (text[s - 1] === '[' || text[e] === ']') continue; // [[cross reference]]
    const inner = m[1];
    if (text[e] === '(') continue; // a Markdown link's text; its URL is found above
    if (/^\^[^\s\]]{1,40}$/.test(inner) || /^\d{1,4}$/.test(inner)) {
      push({ kind: 'citation', start: s, end: e, target: inner.toLowerCase() });
    } else if (text[s - 1] === ']' && /^[^\s\]]{1,40}$/.test(inner)) {
      push({ kind: 'citation', start: s, end: e, target: inner.toLowerCase() });
    } else if (inner.includes('@')) {
      let any = false;
      for (const k of inner.matchAll(PANDOC_KEY_RE)) {
        const key = trimEndChars(k[1], '.,;:');
        // `[name@example.com]` is an address, not a citation.
        if (k.index > 0 && /\w/.test(inner[k.index])) continue;
        any = true;
        push({ kind: 'pandoc', start: s, end: e, target: key });
      }
      if (!any) continue;
    } else if (isPublication(inner)) {
      push({ kind: 'publication', start: s, end: e });
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** `Alvaro et al., SIGMOD 2015`, `Smith 2020`, `Kleppmann, 2017, ch. 5`: a named work with a year. */
function isPublication(inner: string): boolean {
  const t = inner.trim();
  if (!/^\p{Lu}/u.test(t) || !YEAR_RE.test(t) || MONTHS.test(t + ' ')) return false;
  if (t.split(/\s+/).length > 16) return false;
  // `Before 2020` is a date, not a citation: the first word must be a name or a venue.
  return !/^(?:In|Since|Before|After|From|Until|Through|During|Around|About|Circa|By|As of|Early|Late|Mid|Q[1-4]|Summer|Winter|Spring|Fall|Autumn)\b/.test(t);
}
