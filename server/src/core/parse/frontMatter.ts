import { parseDocument } from 'yaml';

/** What the YAML front matter of a Markdown file says about it. */
export interface FrontMatter {
  /** `talknotes: true`: the file is notes whatever its name. */
  talknotes: boolean;
  /** `conference:` names the event. */
  conference: string | null;
  /** 0-based line of the closing `---` (or `...`), or -1 when the file has no front matter. */
  endLine: number;
}

const NONE: FrontMatter = { talknotes: false, conference: null, endLine: -1 };

/**
 * Reads the YAML front matter: a first line `---` and a later line `---` or `...`, with a YAML
 * mapping between them (Jekyll/Hugo/VS Code convention). A block that is not a mapping (a
 * thematic break followed by prose, say) is not front matter. Never throws.
 */
export function readFrontMatter(text: string): FrontMatter {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = nextLine(text, pos);
  if (!isFence(text.slice(pos, first.end), false)) return NONE;
  pos = first.next;
  const bodyStart = pos;
  let line = 1;
  while (pos < text.length) {
    const l = nextLine(text, pos);
    if (isFence(text.slice(pos, l.end), true)) return interpret(text.slice(bodyStart, pos), line);
    pos = l.next;
    line++;
  }
  return NONE;
}

function isFence(line: string, closing: boolean): boolean {
  const t = line.trimEnd();
  return t === '---' || (closing && t === '...');
}

/** End of the line starting at `pos` and the start of the next one (`\n`, `\r\n` or a lone `\r`). */
function nextLine(text: string, pos: number): { end: number; next: number } {
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { end: i, next: i + 1 };
    if (c === 13) return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { end: text.length, next: text.length };
}

function interpret(yamlText: string, endLine: number): FrontMatter {
  let data: unknown;
  try {
    // The YAML parser does not take a lone CR as a line end; the rest of the product does.
    const doc = parseDocument(yamlText.replace(/\r\n?/g, '\n'), { logLevel: 'silent', uniqueKeys: false });
    if (doc.errors.length > 0) return NONE;
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return NONE;
  }
  if (data === null || data === undefined) return { talknotes: false, conference: null, endLine };
  if (typeof data !== 'object' || Array.isArray(data)) return NONE;
  const map = data as Record<string, unknown>;
  return { talknotes: isTrue(map.talknotes), conference: asText(map.conference), endLine };
}

function isTrue(v: unknown): boolean {
  if (v === true) return true;
  return typeof v === 'string' && /^(true|yes|on)$/i.test(v.trim());
}

function asText(v: unknown): string | null {
  if (typeof v === 'string' || typeof v === 'number') {
    const s = String(v).trim();
    return s.length > 0 ? s : null;
  }
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return null;
}
