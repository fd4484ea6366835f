import type { BibliographyEntry } from '../workspace/workspaceIndex';

/**
 * Bibliographies that resolve Pandoc citations `[@key]`: BibTeX/BibLaTeX (`.bib`) and CSL-JSON
 * (`.json`, an array of items). Parsing is a single forward scan that tolerates broken entries
 * (the rest of the file still counts) and never throws.
 */

/** Parses a bibliography by its file name: `.bib` → BibTeX, `.json` → CSL-JSON, else sniffed. */
export function parseBibliography(uri: string, text: string): BibliographyEntry[] {
  try {
    const lower = uri.toLowerCase();
    if (lower.endsWith('.json')) return parseCslJson(uri, text);
    if (lower.endsWith('.bib') || lower.endsWith('.bibtex')) return parseBibTeX(uri, text);
    return text.trimStart().startsWith('[') ? parseCslJson(uri, text) : parseBibTeX(uri, text);
  } catch {
    return [];
  }
}

/** BibTeX entries: `@type{key, field = {…} | "…" | number, …}`; `@comment`, `@string`, `@preamble` skipped. */
export function parseBibTeX(uri: string, text: string): BibliographyEntry[] {
  const out: BibliographyEntry[] = [];
  const n = text.length;
  let line = 0;
  let lineAt = 0; // offset up to which `line` has been counted
  const lineOf = (offset: number): number => {
    for (; lineAt < offset && lineAt < n; lineAt++) if (text.charCodeAt(lineAt) === 10) line++;
    return line;
  };
  let i = 0;
  while (i < n) {
    const at = text.indexOf('@', i);
    if (at < 0) break;
    let j = at + 1;
    while (j < n && /[A-Za-z]/.test(text[j])) j++;
    const type = text.slice(at + 1, j).toLowerCase();
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    const open = text[j];
    if (!type || (open !== '{' && open !== '(')) {
      i = at + 1;
      continue;
    }
    const close = open === '{' ? '}' : ')';
    // The body runs to the matching close bracket (braces nest inside field values).
    let depth = 0;
    let k = j;
    for (; k < n; k++) {
      const c = text[k];
      if (c === '{' || (c === '(' && open === '(')) depth++;
      else if (c === '}' || (c === ')' && open === '(')) {
        depth--;
        if (depth === 0 && c === close) break;
      }
    }
    const body = text.slice(j + 1, Math.min(k, n));
    i = k + 1;
    if (type === 'comment' || type === 'string' || type === 'preamble') continue;
    const comma = body.indexOf(',');
    const key = (comma < 0 ? body : body.slice(0, comma)).trim();
    if (!key || /\s/.test(key)) continue;
    const fields = comma < 0 ? new Map<string, string>() : bibFields(body.slice(comma + 1));
    out.push({
      key,
      title: clean(fields.get('title')),
      author: clean(fields.get('author') ?? fields.get('editor')),
      year: clean(fields.get('year') ?? fields.get('date')?.slice(0, 4)),
      url: clean(fields.get('url')) ?? (fields.get('doi') ? `https://doi.org/${clean(fields.get('doi'))}` : null),
      uri,
      line: lineOf(at),
    });
  }
  return out;
}

/** `name = {value}`, `name = "value"`, `name = 2020` pairs of one entry body. */
function bibFields(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  const n = body.length;
  let i = 0;
  while (i < n) {
    while (i < n && /[\s,]/.test(body[i])) i++;
    let j = i;
    while (j < n && /[\w-]/.test(body[j])) j++;
    const name = body.slice(i, j).toLowerCase();
    while (j < n && /\s/.test(body[j])) j++;
    if (!name || body[j] !== '=') {
      // Not a field: skip to the next comma at depth 0.
      const next = body.indexOf(',', j + 1);
      if (next < 0) break;
      i = next + 1;
      continue;
    }
    j++;
    while (j < n && /\s/.test(body[j])) j++;
    let value = '';
    if (body[j] === '{') {
      let depth = 0;
      let k = j;
      for (; k < n; k++) {
        if (body[k] === '{') depth++;
        else if (body[k] === '}' && --depth === 0) break;
      }
      value = body.slice(j + 1, k);
      j = k + 1;
    } else if (body[j] === '"') {
      let k = j + 1;
      let depth = 0;
      for (; k < n; k++) {
        if (body[k] === '\\') k++; // `\"o` is an accent, not the end of the value
        else if (body[k] === '{') depth++;
        else if (body[k] === '}') depth--;
        else if (body[k] === '"' && depth <= 0) break;
      }
      value = body.slice(j + 1, k);
      j = k + 1;
    } else {
      let k = j;
      while (k < n && body[k] !== ',') k++;
      value = body.slice(j, k).trim();
      j = k;
    }
    fields.set(name, value);
    i = j;
  }
  return fields;
}

function clean(v: string | undefined): string | null {
  if (v === undefined) return null;
  const s = v.replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
  return s || null;
}

interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** CSL-JSON: an array of items with `id`, `title`, `author`, `issued.date-parts`, `URL`/`DOI`. */
export function parseCslJson(uri: string, text: string): BibliographyEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const items = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items) ? (data as { items: unknown[] }).items : [];
  const out: BibliographyEntry[] = [];
  for (const it of items) {
    if (!it || typeof it !== 'object') continue;
    const item = it as Record<string, unknown>;
    const key = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : null;
    if (!key) continue;
    const authors = Array.isArray(item.author) ? (item.author as CslName[]) : [];
    const author = authors
      .map((a) => (a && typeof a === 'object' ? a.literal ?? [a.given, a.family].filter(Boolean).join(' ') : ''))
      .filter(Boolean)
      .join(' and ');
    const issued = item.issued as { 'date-parts'?: unknown[][]; raw?: string } | undefined;
    const year = issued?.['date-parts']?.[0]?.[0] ?? (typeof issued?.raw === 'string' ? issued.raw.slice(0, 4) : null);
    const url = typeof item.URL === 'string' ? item.URL : typeof item.DOI === 'string' ? `https://doi.org/${item.DOI}` : null;
    out.push({
      key,
      title: typeof item.title === 'string' ? item.title : null,
      author: author || null,
      year: year === null || year === undefined ? null : String(year),
      url,
      uri,
      line: lineOfId(text, key),
    });
  }
  return out;
}

/** 0-based line of `"id": "key"` in the JSON text (0 when not found). */
function lineOfId(text: string, key: string): number {
  return lineOfNeedle(text, JSON.stringify(key)) ?? (/^\d+$/.test(key) ? lineOfNeedle(text, key) : null) ?? 0;
}

function lineOfNeedle(text: string, needle: string): number | null {
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return null;
    const before = text.slice(Math.max(0, at - 20), at);
    if (/"id"\s*:\s*$/.test(before)) {
      let line = 0;
      for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
      return line;
    }
    from = at + needle.length;
  }
}
