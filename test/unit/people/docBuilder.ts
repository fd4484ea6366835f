/**
 * Builds NotesDocuments by hand for the mention tests, so they do not depend on the format
 * parsers: the caller says which lines are talk titles and speaker lines; every other non-blank
 * line is a block (a bullet when it starts with `- `), or with `paragraphs: true`, consecutive
 * lines form one paragraph as in Markdown.
 */
import { documentFromStructure } from '../../../server/src/core/analyze';
import type { NotesDocument, ProseBlock, Speaker, Talk } from '../../../server/src/core/model/types';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { personKey } from '../../../server/src/core/text/names';
import { TextBuilder } from '../../../server/src/core/text/pieces';

export interface TalkSpec {
  /** 0-based line of the title. */
  title: number;
  /** Speaker lines: 0-based line and the name as written at the start of the line (after an optional prefix). */
  speakers: { line: number; name: string; org?: string }[];
}

export interface BuildOptions {
  talks?: TalkSpec[];
  /** Lines that are neither prose nor titles (document title, sections, definitions, front matter). */
  skipLines?: number[];
  paragraphs?: boolean;
}

export function buildDoc(text: string, opts: BuildOptions = {}): { doc: NotesDocument; lines: LineIndex } {
  const lines = new LineIndex(text);
  const talksSpec = opts.talks ?? [];
  const special = new Set<number>(opts.skipLines ?? []);
  const talks: Talk[] = talksSpec.map((t, i) => {
    special.add(t.title);
    const endLine = i + 1 < talksSpec.length ? talksSpec[i + 1].title - 1 : lines.lineCount - 1;
    const speakers: Speaker[] = t.speakers.map((s) => {
      special.add(s.line);
      const lineText = lines.lineText(s.line);
      const at = lineText.indexOf(s.name);
      const base = lines.offsetAt({ line: s.line, character: 0 });
      return {
        name: s.name,
        key: personKey(s.name),
        role: null,
        org: s.org ?? null,
        line: s.line,
        nameRange: lines.range(base + at, base + at + s.name.length),
        lineRange: lines.lineRange(s.line),
      };
    });
    return {
      title: lines.lineText(t.title),
      line: t.title,
      titleRange: lines.lineRange(t.title),
      range: { start: { line: t.title, character: 0 }, end: lines.lineRange(endLine).end },
      speakers,
      sections: [],
      headingLevel: 0,
    };
  });
  const talkOf = (line: number): number => {
    let idx = -1;
    talksSpec.forEach((t, i) => {
      if (t.title <= line) idx = i;
    });
    return idx;
  };
  const blocks: ProseBlock[] = [];
  let current: { builder: TextBuilder; first: number; last: number; kind: 'paragraph' | 'bullet' } | null = null;
  const flush = () => {
    if (!current) return;
    const { builder, kind, first } = current;
    if (builder.pieces.length === 0) {
      current = null;
      return;
    }
    const lastPiece = builder.pieces[builder.pieces.length - 1];
    blocks.push({
      kind,
      text: builder.text,
      pieces: builder.pieces,
      range: lines.range(builder.pieces[0].docStart, lastPiece.docStart + lastPiece.length),
      talk: talkOf(first),
      section: -1,
    });
    current = null;
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const lineText = lines.lineText(line);
    const base = lines.offsetAt({ line, character: 0 });
    if (lineText.trim() === '' || special.has(line)) {
      flush();
      continue;
    }
    const bullet = /^\s*[-*•]\s+/.exec(lineText);
    if (bullet || !opts.paragraphs) flush();
    const start = bullet ? bullet[0].length : lineText.length - lineText.trimStart().length;
    if (!current) current = { builder: new TextBuilder(), first: line, last: line, kind: bullet ? 'bullet' : 'paragraph' };
    else current.builder.pushSeparator();
    current.builder.push(lineText.slice(start).trimEnd(), base + start);
    current.last = line;
    if (bullet && !opts.paragraphs) flush();
  }
  flush();
  const doc: NotesDocument = documentFromStructure(
    { title: null, conference: null, talks, blocks, definitions: [], comments: [], problems: [] },
    { uri: 'file:///test.notes', format: opts.paragraphs ? 'markdown' : 'plaintext', text: text },
  );
  return { doc, lines };
}
