import type { Citation, CrossReference, NotesDocument, PandocCitation, ProseBlock, Range, UrlLink } from '../model/types';
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
 * definitions. Citations are matched to the file's definitions by id.
 */
export function scanInlineReferences(doc: NotesDocument, lines: LineIndex): InlineReferences {
  const definitionById = new Map<string, number>();
  doc.definitions.forEach((d, i) => {
    if (!definitionById.has(d.id)) definitionById.set(d.id, i);
  });
  const out: InlineReferences = { citations: [], pandocCitations: [], crossReferences: [], urls: [] };
  for (const block of doc.blocks) scanBlock(block, lines, definitionById, out);
  for (const d of doc.definitions) {
    if (!d.url) continue;
    const start = lines.offsetAt(d.markerRange.end);
    const at = lines.text.indexOf(d.url, start);
    if (at >= 0 && at < lines.offsetAt(d.range.end)) out.urls.push({ url: d.url, range: lines.range(at, at + d.url.length) });
  }
  return out;
}

function scanBlock(block: ProseBlock, lines: LineIndex, definitionById: Map<string, number>, out: InlineReferences): void {
  const text = block.text;
  const range = (s: number, e: number): Range => blockRange(block, lines, s, e);
  const taken: [number, number][] = [];

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
      range: range(s, e),
      targetRange: range(s + 2 + lead, s + 2 + lead + target.length),
    });
  }
  let inTaken = insideAny(taken);
  for (const m of text.matchAll(CITATION)) {
    const s = m.index;
    if (inTaken(s) || text[s - 1] === '[') continue;
    const id = m[1].toLowerCase();
    out.citations.push({ marker: m[0], id, range: range(s, s + m[0].length), definition: definitionById.get(id) ?? -1 });
  }

  inTaken = insideAny(taken);
  for (const m of text.matchAll(PANDOC)) {
    const s = m.index;
    if (inTaken(s)) continue;
    for (const k of m[1].matchAll(PANDOC_KEY)) {
      const key = trimEndChars(k[1], '.:');
      const ks = s + 1 + k.index;
      out.pandocCitations.push({ key, range: range(ks, ks + 1 + key.length) });
    }
  }

  for (const m of text.matchAll(URL)) {
    const url = trimEndChars(m[0], URL_TRAILING_PUNCTUATION);
    if (url.length < 10) continue;
    out.urls.push({ url, range: range(m.index, m.index + url.length) });
  }
}

/**
 * "Is this index inside one of these sorted spans?" for indices asked in increasing order:
 * one forward pointer, so a line with thousands of links and markers stays linear.
 */
function insideAny(spans: readonly [number, number][]): (i: number) => boolean {
  let j = 0;
  return (i) => {
    while (j < spans.length && spans[j][1] <= i) j++;
    return j < spans.length && spans[j][0] <= i;
  };
}
