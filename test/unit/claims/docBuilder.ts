// A small stand-in for the structure parsers, so claim tests do not depend on them: it builds a
// NotesDocument with talks, speakers, blocks and reference definitions from simple notes.
// Plain text: every non-blank line is a block. Markdown: blank-line separated paragraphs and
// list items. A speaker line is `Name, Role @ Org`, `Name @ Org`, `Speaker: Name (Org)`.
import type { NotesDocument, ProseBlock, ReferenceDefinition, Speaker, Talk } from '../../../server/src/core/model/types';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { TextBuilder } from '../../../server/src/core/text/pieces';
import { personKey } from '../../../server/src/core/text/names';
import { findSuppressions, isDirectiveLine } from '../../../server/src/core/claims/suppression';

const SPEAKER_RE = /^(?:\*{0,2}_?)(?:Speakers?:\s*|Presented by\s+|by\s+)?((?:\p{Lu}[\p{L}'.-]*)(?:\s+(?:\p{Lu}[\p{L}'.-]*|de|van|von|da|del|der|le|la))*(?:(?:,\s*|\s+and\s+|\s+&\s+)\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)+)*)(?:,\s*([^@]+?)\s+@\s+(.+)|\s+@\s+(.+)|\s+\(([^)]+)\))(?:_?\*{0,2})$/u;

export function speakerLine(line: string): { names: string[]; role: string | null; org: string | null } | null {
  const m = SPEAKER_RE.exec(line.trim());
  if (!m || /[.?!]$/.test(line.trim())) return null;
  const names = m[1].split(/,\s*|\s+and\s+|\s+&\s+/).filter(Boolean);
  if (names.length > 1 && !/\s(?:and|&)\s/.test(m[1])) return null;
  return { names, role: m[2]?.trim() ?? null, org: (m[3] ?? m[4] ?? m[5])?.trim() ?? null };
}

export function buildDoc(text: string, format: 'plaintext' | 'markdown' = 'plaintext', uri = 'file:///test.notes'): { doc: NotesDocument; lines: LineIndex } {
  const lines = new LineIndex(text);
  const talks: Talk[] = [];
  const blocks: ProseBlock[] = [];
  const definitions: ReferenceDefinition[] = [];
  let title: NotesDocument['title'] = null;
  let current = -1;
  let builder: TextBuilder | null = null;
  let kind: ProseBlock['kind'] = 'paragraph';
  let inFront = false;
  let fence = false;
  const flush = (): void => {
    if (builder && builder.text.trim()) {
      const first = builder.pieces[0].docStart;
      const last = builder.pieces[builder.pieces.length - 1];
      blocks.push({ kind, text: builder.text, pieces: builder.pieces, range: lines.range(first, last.docStart + last.length), talk: current, section: -1 });
    }
    builder = null;
  };
  const n = lines.lineCount;
  for (let l = 0; l < n; l++) {
    const line = lines.lineText(l);
    const start = lines.starts[l];
    if (format === 'markdown' && l === 0 && line === '---') { inFront = true; continue; }
    if (inFront) { if (line === '---') inFront = false; continue; }
    if (/^\s*(```|~~~)/.test(line)) { fence = !fence; flush(); continue; }
    if (fence) continue;
    if (!line.trim() || isDirectiveLine(line) || /^\s*<!--.*-->\s*$/.test(line)) { flush(); continue; }
    const def = /^\[(\^?[^\]]+)\]:\s*(.*)$/.exec(line);
    if (def) {
      flush();
      const url = /^https?:\/\/\S+/.exec(def[2]);
      definitions.push({ marker: `[${def[1]}]`, id: def[1].toLowerCase(), text: def[2], url: url ? url[0] : null, line: l, range: lines.range(start, start + line.length), markerRange: lines.range(start, start + def[1].length + 2) });
      continue;
    }
    const heading = format === 'markdown' ? /^(#{1,6})\s+(.*)$/.exec(line) : null;
    if (heading) {
      flush();
      if (heading[1].length === 1 && !title) { title = { text: heading[2], range: lines.range(start, start + line.length) }; continue; }
      if (heading[1].length === 2) {
        talks.push({ title: heading[2], line: l, titleRange: lines.range(start + 3, start + line.length), range: lines.range(start, start + line.length), speakers: [], sections: [], headingLevel: 2 });
        current = talks.length - 1;
      }
      continue;
    }
    const sp = speakerLine(line);
    if (sp) {
      flush();
      const isMd = format === 'markdown';
      if (!isMd) {
        // The previous block (or title) was the talk title.
        const prev = blocks[blocks.length - 1];
        if (prev && prev.range.end.line === l - 1 || (!prev && l > 0)) {
          if (prev && prev.range.end.line === l - 1) blocks.pop();
          talks.push({ title: lines.lineText(l - 1), line: l - 1, titleRange: lines.range(lines.starts[l - 1], lines.ends[l - 1]), range: lines.range(lines.starts[l - 1], lines.ends[l - 1]), speakers: [], sections: [], headingLevel: 0 });
          current = talks.length - 1;
        }
      }
      const talk = talks[current];
      if (talk) {
        for (const name of sp.names) {
          const at = line.indexOf(name);
          const s: Speaker = { name, key: personKey(name), role: sp.role, org: sp.org, line: l, nameRange: lines.range(start + at, start + at + name.length), lineRange: lines.range(start, start + line.length) };
          talk.speakers.push(s);
        }
      }
      continue;
    }
    if (!title && format === 'plaintext' && l === 0) { title = { text: line, range: lines.range(start, start + line.length) }; continue; }
    if (format === 'plaintext' && /^(?:Part|Section|Session) \d+:|^(?:Q&A|Questions|Takeaways|Summary|Discussion|Key points):?$/.test(line.trim())) { flush(); continue; }
    const bullet = /^(\s*)(?:[-*•]|\d+[.)])\s+/.exec(line);
    if (bullet || format === 'plaintext') flush();
    if (!builder) {
      builder = new TextBuilder();
      kind = bullet ? 'bullet' : 'paragraph';
    } else builder.pushSeparator();
    const skip = bullet ? bullet[0].length : line.length - line.trimStart().length;
    const content = line.slice(skip).replace(/\*\*|__/g, (m) => m);
    builder.push(content, start + skip);
  }
  flush();
  const doc: NotesDocument = {
    uri, format, text, title, conference: null, talks, blocks, definitions, comments: [], problems: [],
    mentions: [], claims: [], citations: [], pandocCitations: [], crossReferences: [], urls: [],
    suppressions: { file: false, lines: [], directives: [] }, outlineOnly: false,
  };
  doc.suppressions = findSuppressions(doc, lines);
  return { doc, lines };
}
