import type { Citation, CrossReference, NotesDocument, PandocCitation, ProseBlock, UrlLink } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { blockRange } from '../text/pieces';
import { trimEndChars } from '../text/trim';

/** Everything inside prose that points somewhere else. */
export interface InlineReferences {
  citations: Citation[];
  pandocCitations: PandocCitation[];
  crossReferences: CrossReference[];
  urls: UrlLink[];
}

// Each pattern has bounded, non-nested quantifiers over disjoint character classes: linear time.
const CROSS_REFERENCE = /\[\[([^[\]\n]{1,300})\]\]/g;
// Definitions (`[1]: …`) are not prose, so a marker followed by a colon is a citation too; one
// followed by `(` is a Markdown link, not a citation.
const CITATION = /\[(\d{1,4}|\^[^\]\s[]{1,100})\](?!\()/g;
const PANDOC = /\[(-?@[^[\]\n]{1,500})\]/g;
const PANDOC_KEY = /@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]{0,200})/gu;
const URL = /\bhttps?:\/\/[^\s<>()[\]"'`]{1,2000}/gu; // `u`: the length cap counts code points, so it never splits a surrogate pair
const URL_TRAILING_PUNCTUATION = '.,;:!?*_';

/**
 * Finds citation markers (`[1]`, `[^id]`), Pandoc citations (`[@key]`), cross-references
 * (`[[Talk title]]`) and URLs in the document's prose blocks, plus the URLs of its reference
 * definitions (unless `definitionUrls` is false). Citations are matched to the file's
 * definitions by id.
 */
export function scanInlineReferences(doc: NotesDocument, lines: LineIndex, definitionUrls = true): InlineReferences {
  const definitionById = new Map<string, number>();
  doc.definitions.forEach((d, i) => {
    if (!definitionById.has(d.id)) definitionById.set(d.id, i);
  });
  const out: InlineReferences = { citations: [], pandocCitations: [], crossReferences: [], urls: [] };
  for (const block of doc.blocks) scanBlock(block, lines, definitionById, out);
  // The re-analysis of an edit keeps the definitions' URLs it already has (`definitionUrls` false).
  for (const d of definitionUrls ? doc.definitions : []) {
    if (!d.url) continue;
    const start = lines.offsetAt(d.markerRange.end);
    const at = lines.text.indexOf(d.url, start);
    if (at >= 0 && at < lines.offsetAt(d.range.end)) out.urls.push({ url: d.url, range: lines.range(at, at + d.url.length) });
  }
  return out;
}

function scanBlock(block: ProseBlock, lines: LineIndex, definitionById: Map<string, number>, out: InlineReferences): void {
  const text = block.text;
  // Every bracketed form needs a `[`, every URL a `://`: most blocks have neither, and a native
  // search is much cheaper than a regular expression run that finds nothing.
  const bracket = text.indexOf('[');
  if (bracket >= 0) scanBrackets(block, lines, definitionById, out, bracket);
  if (text.indexOf('://') < 0) return;
  for (const m of text.matchAll(URL)) {
    const url = trimEndChars(m[0], URL_TRAILING_PUNCTUATION);
    if (url.length < 10) continue;
    out.urls.push({ url, range: blockRange(block, lines, m.index, m.index + url.length) });
  }
}

/** Cross-references, citations and Pandoc citations of a block with a `[` at `bracket` or later. */
function scanBrackets(block: ProseBlock, lines: LineIndex, definitionById: Map<string, number>, out: InlineReferences, bracket: number): void {
  const text = block.text;
  const taken: [number, number][] = [];
  if (text.indexOf('[[', bracket) >= 0) {
    for (const m of text.matchAll(CROSS_REFERENCE)) {
      const s = m.index;
      const e = s + m[0].length;
      const inner = m[1];
      const lead = inner.length - inner.trimStart().length;
      const target = inner.trim();
      if (!target) continue;
      taken.push([s, e]);
      out.crossReferences.push({
        text: m[0],
        target,
        range: blockRange(block, lines, s, e),
        targetRange: blockRange(block, lines, s + 2 + lead, s + 2 + lead + target.length),
      });
    }
  }
  // Matches come in increasing order, so one forward pointer into `taken` answers "inside a
  // cross-reference?" and a line with thousands of links and markers stays linear.
  let t = 0;
  for (const m of text.matchAll(CITATION)) {
    const s = m.index;
    while (t < taken.length && taken[t][1] <= s) t++;
    if ((t < taken.length && taken[t][0] <= s) || text[s - 1] === '[') continue;
    const id = m[1].toLowerCase();
    out.citations.push({ marker: m[0], id, range: blockRange(block, lines, s, s + m[0].length), definition: definitionById.get(id) ?? -1 });
  }
  if (text.indexOf('@', bracket) < 0) return;
  t = 0;
  for (const m of text.matchAll(PANDOC)) {
    const s = m.index;
    while (t < taken.length && taken[t][1] <= s) t++;
    if (t < taken.length && taken[t][0] <= s) continue;
    for (const k of m[1].matchAll(PANDOC_KEY)) {
      const key = trimEndChars(k[1], '.:');
      const ks = s + 1 + k.index;
      out.pandocCitations.push({ key, range: blockRange(block, lines, ks, ks + 1 + key.length) });
    }
  }
}
