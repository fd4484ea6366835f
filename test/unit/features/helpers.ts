/**
 * Builds analysed documents by hand for the feature tests, so they do not depend on the parsers:
 * a small, literal reading of plain text where the test states the talks, speakers, sections and
 * claims, and the helper finds their exact positions in the text.
 */
import { documentFromStructure } from '../../../server/src/core/analyze';
import type { Attribution, ClaimKind, NotesDocument, Position, ProseBlock, Range, Source } from '../../../server/src/core/model/types';
import type { NotesConfig } from '../../../server/src/core/config';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { personKey } from '../../../server/src/core/text/names';
import { WorkspaceIndex } from '../../../server/src/core/workspace/workspaceIndex';

export interface SpeakerSpec {
  name: string;
  role?: string | null;
  org?: string | null;
}
export interface TalkSpec {
  title: string;
  speakers: SpeakerSpec[];
  sections?: string[];
}
export interface ClaimSpec {
  text: string;
  kinds: ClaimKind[];
  cues?: string[];
  attribution?: Attribution | null;
  acknowledged?: boolean;
  suppressed?: boolean;
}
export interface DocSpec {
  title?: string;
  conference?: string | null;
  talks: TalkSpec[];
  /** People who are mentioned but may not speak here (full names). */
  people?: string[];
  claims?: ClaimSpec[];
  format?: 'plaintext' | 'markdown';
}

export function buildDoc(uri: string, text: string, spec: DocSpec): NotesDocument {
  const lines = new LineIndex(text);
  const lineOf = (t: string, from = 0) => {
    for (let l = from; l < lines.lineCount; l++) if (lines.lineText(l).trim() === t) return l;
    throw new Error(`no line ${JSON.stringify(t)}`);
  };
  const inLine = (l: number, needle: string): Range => {
    const c = lines.lineText(l).indexOf(needle);
    if (c < 0) throw new Error(`no ${needle} on line ${l}`);
    return { start: { line: l, character: c }, end: { line: l, character: c + needle.length } };
  };
  const used = new Set<number>();
  let title: NotesDocument['title'] = null;
  if (spec.title) {
    const l = lineOf(spec.title);
    title = { text: spec.title, range: inLine(l, spec.title) };
    used.add(l);
  }
  let from = 0;
  const talkLines = spec.talks.map((t) => {
    const l = lineOf(t.title, from);
    from = l + 1;
    return l;
  });
  const talks: NotesDocument['talks'] = spec.talks.map((t, ti) => {
    const line = talkLines[ti];
    used.add(line);
    const endLine = ti + 1 < talkLines.length ? talkLines[ti + 1] - 1 : lines.lineCount - 1;
    const range = { start: { line, character: 0 }, end: { line: endLine, character: lines.lineText(endLine).length } };
    let speakerLine = line + 1;
    while (!lines.lineText(speakerLine).trim()) speakerLine++;
    const speakers = t.speakers.map((s) => {
      used.add(speakerLine);
      return {
        name: s.name,
        key: personKey(s.name),
        role: s.role ?? null,
        org: s.org ?? null,
        line: speakerLine,
        nameRange: inLine(speakerLine, s.name),
        lineRange: lines.lineRange(speakerLine),
      };
    });
    const secLines = (t.sections ?? []).map((s) => lineOf(s, line));
    const sections = (t.sections ?? []).map((s, si) => {
      const sl = secLines[si];
      used.add(sl);
      const se = si + 1 < secLines.length ? secLines[si + 1] - 1 : endLine;
      return { title: s, line: sl, titleRange: inLine(sl, s), range: { start: { line: sl, character: 0 }, end: { line: se, character: lines.lineText(se).length } } };
    });
    return { title: t.title, line, titleRange: inLine(line, t.title), range, speakers, sections, headingLevel: 0 };
  });
  const definitions: NotesDocument['definitions'] = [];
  const blocks: ProseBlock[] = [];
  for (let l = 0; l < lines.lineCount; l++) {
    const lt = lines.lineText(l);
    if (!lt.trim() || used.has(l)) continue;
    const def = /^\[(\^?[\w-]+)\]:\s*(.*)$/.exec(lt);
    const talk = talks.findIndex((t) => t.range.start.line <= l && l <= t.range.end.line);
    if (def) {
      const url = /^https?:\/\/\S+/.exec(def[2])?.[0] ?? null;
      definitions.push({ marker: `[${def[1]}]`, id: def[1].toLowerCase(), text: def[2], url, line: l, range: lines.lineRange(l), markerRange: inLine(l, `[${def[1]}]`) });
      continue;
    }
    const bullet = /^(\s*[-*]\s+)/.exec(lt);
    const skip = bullet ? bullet[1].length : 0;
    const section = talk >= 0 ? talks[talk].sections.findIndex((s) => s.range.start.line <= l && l <= s.range.end.line) : -1;
    blocks.push({
      kind: bullet ? 'bullet' : 'paragraph',
      text: lt.slice(skip),
      pieces: [{ textStart: 0, docStart: lines.starts[l] + skip, length: lt.length - skip }],
      range: lines.range(lines.starts[l] + skip, lines.ends[l]),
      talk,
      section,
    });
  }
  const doc: NotesDocument = documentFromStructure(
    { title, conference: spec.conference ?? null, talks, blocks, definitions, comments: [], problems: [] },
    { uri: uri, format: spec.format ?? 'plaintext', text: text },
  );
  const blockRange = (b: ProseBlock, s: number, e: number) => lines.range(b.pieces[0].docStart + s, b.pieces[0].docStart + e);
  for (const b of blocks) {
    for (const m of b.text.matchAll(/\[\[([^\]]+)\]\]/g)) {
      doc.crossReferences.push({ text: m[0], target: m[1].trim(), range: blockRange(b, m.index!, m.index! + m[0].length), targetRange: blockRange(b, m.index! + 2, m.index! + 2 + m[1].length) });
    }
    for (const m of b.text.matchAll(/(?<!\[)\[(\^?[\w-]+)\](?!\])/g)) {
      const id = m[1].toLowerCase();
      doc.citations.push({ marker: m[0], id, range: blockRange(b, m.index!, m.index! + m[0].length), definition: definitions.findIndex((d) => d.id === id) });
    }
    for (const m of b.text.matchAll(/\[@([\w:-]+)\]/g)) doc.pandocCitations.push({ key: m[1], range: blockRange(b, m.index!, m.index! + m[0].length) });
    for (const m of b.text.matchAll(/https?:\/\/[^\s)\]]+/g)) doc.urls.push({ url: m[0], range: blockRange(b, m.index!, m.index! + m[0].length) });
  }
  // Mentions: full names of speakers and listed people; first names of the talk's speakers or of a unique speaker.
  const speakerNames = talks.flatMap((t) => t.speakers.map((s) => s.name));
  const fullNames = [...new Set([...speakerNames, ...(spec.people ?? [])])];
  for (const b of blocks) {
    const taken: [number, number][] = [];
    const add = (s: number, e: number, name: string, full: string, firstName: boolean) => {
      if (taken.some(([a, z]) => s < z && a < e)) return;
      taken.push([s, e]);
      doc.mentions.push({ name, range: blockRange(b, s, e), key: personKey(full), person: full, firstName, talk: b.talk });
    };
    for (const full of fullNames) for (const m of b.text.matchAll(wordRe(full))) add(m.index!, m.index! + full.length, full, full, false);
    const firsts = new Map<string, string[]>();
    for (const n of speakerNames) firsts.set(n.split(' ')[0], [...new Set([...(firsts.get(n.split(' ')[0]) ?? []), n])]);
    for (const [first, owners] of firsts) {
      const own = talks[b.talk]?.speakers.find((s) => s.name.split(' ')[0] === first)?.name;
      const full = own ?? (owners.length === 1 ? owners[0] : undefined);
      if (!full) continue;
      for (const m of b.text.matchAll(wordRe(first))) add(m.index!, m.index! + first.length, first, full, true);
    }
  }
  doc.mentions.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  let searchFrom = 0;
  for (const c of spec.claims ?? []) {
    const at = text.indexOf(c.text, searchFrom);
    if (at < 0) throw new Error(`no claim ${c.text}`);
    searchFrom = at + c.text.length;
    const range = lines.range(at, at + c.text.length);
    const block = blocks.findIndex((b) => b.range.start.line === range.start.line);
    const cues = (c.cues ?? []).map((q) => {
      const i = c.text.indexOf(q);
      return { text: q, kind: c.kinds[0], range: lines.range(at + i, at + i + q.length) };
    });
    const sources: Source[] = [];
    for (const u of doc.urls) if (u.range.start.line === range.start.line) sources.push({ kind: 'url', text: u.url, range: u.range, target: u.url, resolved: true });
    for (const ct of doc.citations) if (ct.range.start.line === range.start.line) sources.push({ kind: 'citation', text: ct.marker, range: ct.range, target: ct.id, resolved: ct.definition >= 0 });
    doc.claims.push({
      text: c.text,
      range,
      kinds: c.kinds,
      cues,
      attribution: c.attribution ?? null,
      sources,
      acknowledged: c.acknowledged ?? false,
      suppressed: c.suppressed ?? false,
      talk: blocks[block]?.talk ?? -1,
      block,
    });
  }
  return doc;
}

function wordRe(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
}

export function workspace(docs: NotesDocument[], config: Partial<NotesConfig> = {}): WorkspaceIndex {
  const index = new WorkspaceIndex({ ...DEFAULT_CONFIG, ...config });
  for (const d of docs) index.put(d);
  return index;
}

/** Position of the `occurrence`-th `needle` in the text, plus `offset` characters. */
export function posOf(doc: NotesDocument, needle: string, occurrence = 0, offset = 0): Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`no ${needle} #${occurrence}`);
  }
  return new LineIndex(doc.text).positionAt(at + offset);
}

/** Range of the `occurrence`-th `needle`. */
export function rangeOf(doc: NotesDocument, needle: string, occurrence = 0): Range {
  const start = posOf(doc, needle, occurrence);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

export function r(sl: number, sc: number, el: number, ec: number): Range {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

export const DAY1_URI = 'file:///ws/day1.notes';
export const DAY2_URI = 'file:///ws/day2.notes';

export const DAY1 = [
  'Conference Day One',
  'Notes from the first day. Ana Lima was there too.',
  '',
  'Fast storage at scale',
  'Ben Eggers, Staff Engineer @ OpenAI',
  "Ben said the cluster handles 100K writes/sec [1]. Will Wilson's claim was that half of the time goes to testing.",
  'Part 1: Design',
  '- decide intent',
  '- discover the shape',
  '- fill in the code',
  'Ben thinks storage is boring. See [[Testing the testers]] and [[Dana Whitfield]].',
  '',
  'Testing the testers',
  'Dana Whitfield and Tomás Ortega, Researchers @ Example University',
  'Dana compared three fuzzers; the fastest one found the most bugs. Tomás agreed.',
  'Nobody checks the *seed* <b>twice</b>.',
  '',
  '[1]: https://example.org/bench',
  '[2]: Unused reference',
].join('\n');

export const DAY2 = [
  'Conference Day Two',
  'Opening keynote',
  'Ana Lima @ Contoso',
  'Ana mentioned Ben Eggers and Dana Whitfield. The cluster handles 100K writes per second.',
  'Nobody reads [[Fast storage at scale]] twice [@smith2020]. See [[Missing talk]].',
].join('\n');

export function day1(): NotesDocument {
  return buildDoc(DAY1_URI, DAY1, {
    title: 'Conference Day One',
    talks: [
      { title: 'Fast storage at scale', speakers: [{ name: 'Ben Eggers', role: 'Staff Engineer', org: 'OpenAI' }], sections: ['Part 1: Design'] },
      { title: 'Testing the testers', speakers: [{ name: 'Dana Whitfield', role: 'Researchers', org: 'Example University' }, { name: 'Tomás Ortega', role: 'Researchers', org: 'Example University' }] },
    ],
    people: ['Will Wilson', 'Ana Lima'],
    claims: [
      { text: 'Ben said the cluster handles 100K writes/sec [1].', kinds: ['quantitative', 'attributed'], cues: ['100K writes/sec', 'said'], attribution: { name: 'Ben Eggers', key: 'ben eggers', how: 'explicit' } },
      { text: "Will Wilson's claim was that half of the time goes to testing.", kinds: ['quantitative', 'attributed'], cues: ['half of the time', 'claim'], attribution: { name: 'Will Wilson', key: 'will wilson', how: 'explicit' } },
      { text: 'Dana compared three fuzzers; the fastest one found the most bugs.', kinds: ['superlative'], cues: ['fastest', 'most'], attribution: { name: 'Dana Whitfield', key: 'dana whitfield', how: 'speaker' } },
      { text: 'Nobody checks the *seed* <b>twice</b>.', kinds: ['generalization'], cues: ['Nobody'] },
    ],
  });
}

export function day2(): NotesDocument {
  return buildDoc(DAY2_URI, DAY2, {
    title: 'Conference Day Two',
    talks: [{ title: 'Opening keynote', speakers: [{ name: 'Ana Lima', org: 'Contoso' }] }],
    people: ['Ben Eggers', 'Dana Whitfield'],
    claims: [{ text: 'The cluster handles 100K writes per second.', kinds: ['quantitative'], cues: ['100K writes per second'] }],
  });
}
