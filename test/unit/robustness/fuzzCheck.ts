// The fuzzing property: generated and mutated notes in, and the analysis must not throw (no stage
// error either), and every range it or a feature returns lies inside the document, on UTF-16
// boundaries that do not split a surrogate pair. Shared by the CI test and `npm run fuzz`.
import fc from 'fast-check';
import { analyzeDocument, setStageErrorListener } from '../../../server/src/core/analyze';
import { setFeatureErrorListener } from '../../../server/src/core/features/common';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import type { NotesDocument, NotesFormat } from '../../../server/src/core/model/types';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { WorkspaceIndex } from '../../../server/src/core/workspace/workspaceIndex';
import { documentDiagnostics } from '../../../server/src/core/workspace/diagnostics';
import { codeLenses, documentLinks, documentSymbols, foldingRanges, semanticTokensAbsolute, talksTree } from '../../../server/src/core/features/index';
import { generateNotes } from '../../../bench/generate';

/** What a fuzz case analyses. */
export interface FuzzInput {
  text: string;
  format: NotesFormat;
}

const TOKENS = [
  '\n', '\r', '\r\n', '\n\n', '\uFEFF', '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u2028', '\u2029', '\t', '\u00a0', '\u200b', '\u200d',
  '[[', ']]', '[', ']', '(', ')', '[^', '[@', '```', '~~~', '\n```\n', '<!--', '-->', '%%', '# ', '## ', '### ', '---\n', '\n---\n', '> ', '|', '*', '_', '**',
  '😀', '👩‍💻', '🇫🇷', 'e\u0301', 'Zoë 😀 Ångström', '李 小龙', 'مرحبا بك', 'Ñandú', '\ud800', '\udfff', 'A\u0300\u0301\u0302',
  'Speaker: ', 'Speakers: ', ' @ ', ', ', ' and ', ' & ', ' — ', ' by ', 'Q&A', 'Part 2: ', '- ', '* ', '• ', '1. ', '2) ', '[1]: ', '[^a]: ', '[1]', '[^a]',
  'https://', 'https://example.org/a_(b)', 'http://x.y/' + 'z'.repeat(50), '(source: ', '(via ', 'et al., SIGMOD 2015)',
  '%% talknotes-disable-next-line\n', '<!-- talknotes-disable -->', '%% talknotes-disable-line',
  'Dana Whitfield, CEO @ Acme\n', 'A Talk Title\nZoë 😀 Ångström, Staff @ Ünïcödé\n', '\n## A talk\n*Ada Okafor, CEO @ Acme*\n',
  '50%', '10x faster than', 'the fastest', 'said that', 'Most developers', 'Nobody', '[citation needed]',
];

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number; to: number }
  | { op: 'eol'; eol: '\n' | '\r' | '\r\n' }
  | { op: 'bom' };

const position = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

const insertion = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((xs) => xs.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'ab ', '[', '(', '[[', '😀', 'Ada ', '. '), fc.integer({ min: 100, max: 20_000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length))) },
);

const mutation: fc.Arbitrary<(len: number) => Mutation> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(position, insertion).map(([p, text]) => (len: number): Mutation => ({ op: 'insert', at: Math.floor(p * (len + 1)), text })) },
  { weight: 3, arbitrary: fc.tuple(position, fc.integer({ min: 1, max: 200 })).map(([p, n]) => (len: number): Mutation => ({ op: 'delete', at: Math.floor(p * len), len: n })) },
  { weight: 1, arbitrary: fc.tuple(position, fc.integer({ min: 1, max: 400 }), position).map(([p, n, q]) => (len: number): Mutation => ({ op: 'duplicate', at: Math.floor(p * len), len: n, to: Math.floor(q * len) })) },
  { weight: 1, arbitrary: fc.constantFrom<'\n' | '\r' | '\r\n'>('\n', '\r', '\r\n').map((eol) => (): Mutation => ({ op: 'eol', eol })) },
  { weight: 1, arbitrary: fc.constant((): Mutation => ({ op: 'bom' })) },
);

function mutate(text: string, m: Mutation): string {
  switch (m.op) {
    case 'insert':
      return text.slice(0, m.at) + m.text + text.slice(m.at);
    case 'delete':
      return text.slice(0, m.at) + text.slice(m.at + m.len);
    case 'duplicate':
      return text.slice(0, m.to) + text.slice(m.at, m.at + m.len) + text.slice(m.to);
    case 'eol':
      return text.replace(/\r\n|\r|\n/g, m.eol);
    case 'bom':
      return '\uFEFF' + text;
  }
}

/** Many tiny talks (title + speaker line), with odd names. */
const manyTalks = fc.tuple(fc.integer({ min: 500, max: 3000 }), fc.constantFrom('\n', '\r\n')).map(([n, eol]) => {
  const out: string[] = ['Many talks'];
  const first = ['Ada', 'Zoë', '李', 'Jean-Luc', 'Łukasz', 'Nguyễn'];
  const last = ['Okafor', 'Ångström', "O'Neil", 'van der Berg', 'Wei', 'Tomás'];
  for (let i = 0; i < n; i++) {
    const name = `${first[i % first.length]} ${last[(i * 7) % last.length]}`;
    out.push(`Talk ${i} 😀: a title`, `${name}, Role @ Org ${i % 7}`, `${name.split(' ')[0]} said it is ${i}% faster [${i % 5}].`);
  }
  return out.join(eol);
});

const base = fc.oneof(
  { weight: 10, arbitrary: fc.record({ seed: fc.integer({ min: 1, max: 1e6 }), talks: fc.integer({ min: 0, max: 4 }), paragraphs: fc.integer({ min: 1, max: 3 }), md: fc.boolean() }).map((o) => generateNotes({ seed: o.seed, talks: o.talks, paragraphs: o.paragraphs, format: o.md ? 'markdown' : 'plaintext' }).text) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((xs) => xs.join('')) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** A fuzz input: a generated (or random) notes text, mutated a few times, read as plain text or Markdown. */
export const fuzzInput: fc.Arbitrary<FuzzInput> = fc
  .record({
    text: fc.oneof({ weight: 30, arbitrary: base }, { weight: 1, arbitrary: manyTalks }),
    mutations: fc.array(mutation, { maxLength: 6 }),
    format: fc.constantFrom<NotesFormat>('plaintext', 'markdown'),
  })
  .map(({ text, mutations, format }) => {
    let t = text;
    for (const m of mutations) t = mutate(t, m(t.length));
    return { text: t, format };
  });

/** Throws (with a description) when the analysis of `input` breaks a rule. Returns the number of ranges checked. */
export function checkNotes(input: FuzzInput): number {
  const uri = input.format === 'markdown' ? 'file:///fuzz/case.notes.md' : 'file:///fuzz/case.notes';
  const errors: unknown[] = [];
  setStageErrorListener((err) => errors.push(err));
  setFeatureErrorListener((err) => errors.push(err));
  let doc: NotesDocument;
  const index = new WorkspaceIndex(DEFAULT_CONFIG);
  try {
    doc = analyzeDocument({ uri, text: input.text, format: input.format });
    index.put(doc);
  } finally {
    setStageErrorListener(undefined);
  }
  if (errors.length) throw new Error(`analysis stage failed: ${errors.map((e) => (e instanceof Error ? e.stack : String(e))).join('\n')}`);
  const lines = new LineIndex(doc.text);
  const v = new Validator(doc.text, lines);
  v.walk(doc, 'doc');
  v.walk(documentDiagnostics(index, uri), 'diagnostics');
  v.walk(documentSymbols(index, uri), 'documentSymbols');
  v.walk(documentLinks(index, uri), 'documentLinks');
  v.walk(codeLenses(index, uri), 'codeLenses');
  v.walk(talksTree(index, uri), 'talksTree');
  for (const f of foldingRanges(index, uri)) {
    if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lines.lineCount)) throw new Error(`folding range ${JSON.stringify(f)} outside ${lines.lineCount} lines`);
  }
  for (const t of semanticTokensAbsolute(index, uri)) {
    v.position({ line: t.line, character: t.character }, 'semanticToken');
    v.position({ line: t.line, character: t.character + t.length }, 'semanticToken end');
    if (t.length <= 0) throw new Error(`semantic token of length ${t.length}`);
  }
  for (const p of doc.blocks.flatMap((b) => b.pieces)) {
    if (p.docStart < 0 || p.docStart + p.length > doc.text.length) throw new Error(`piece ${JSON.stringify(p)} outside the text`);
  }
  setFeatureErrorListener(undefined);
  // Features answer a fallback when they throw (the editor keeps working), so a swallowed
  // exception is a failure here.
  if (errors.length) throw new Error(`a feature threw: ${errors.map((e) => (e instanceof Error ? e.stack : String(e))).join('\n')}`);
  return v.count;
}

/** Checks every position and range inside `value` against `text` (exported so a test can show it fails). */
export function validateRanges(text: string, value: unknown): number {
  const v = new Validator(text, new LineIndex(text));
  v.walk(value, 'value');
  return v.count;
}

class Validator {
  count = 0;
  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
  ) {}

  walk(value: unknown, path: string): void {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((x, i) => this.walk(x, `${path}[${i}]`));
      return;
    }
    const o = value as Record<string, unknown>;
    if (isPosition(o.start) && isPosition(o.end)) this.range(o.start, o.end, path);
    for (const [k, x] of Object.entries(o)) {
      if (k === 'text' || k === 'pieces') continue;
      if (isPosition(x) && !(k === 'start' || k === 'end')) this.position(x, `${path}.${k}`);
      else this.walk(x, `${path}.${k}`);
    }
  }

  range(s: Pos, e: Pos, path: string): void {
    this.position(s, `${path}.start`);
    this.position(e, `${path}.end`);
    if (s.line > e.line || (s.line === e.line && s.character > e.character)) throw new Error(`${path}: range ends before it starts ${JSON.stringify({ s, e })}`);
  }

  position(p: Pos, path: string): void {
    this.count++;
    const { line, character } = p;
    if (!Number.isInteger(line) || !Number.isInteger(character) || line < 0 || line >= this.lines.lineCount) {
      throw new Error(`${path}: line ${line} outside 0..${this.lines.lineCount - 1}`);
    }
    const start = this.lines.starts[line];
    const len = this.lines.ends[line] - start;
    if (character < 0 || character > len) throw new Error(`${path}: character ${character} outside line ${line} of length ${len}`);
    if (character > 0 && character < len) {
      const hi = this.text.charCodeAt(start + character - 1);
      const lo = this.text.charCodeAt(start + character);
      if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) throw new Error(`${path}: position ${line}:${character} splits a surrogate pair`);
    }
  }
}

interface Pos {
  line: number;
  character: number;
}

function isPosition(x: unknown): x is Pos {
  return typeof x === 'object' && x !== null && typeof (x as Pos).line === 'number' && typeof (x as Pos).character === 'number';
}
