import type { Claim, NotesDiagnostic, NotesDocument, Range } from '../model/types';
import { summarizeTalk } from '../summarize/summary';
import { documentDiagnostics, isClaimSupported } from '../workspace/diagnostics';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/**
 * The JSON contract of `talknotes index --json` / `talknotes check --format json` (SPEC §4).
 * Lines are 1-based; columns are 1-based UTF-16 code units; `endColumn` is exclusive.
 * Extra fields may be added; the ones below may not be renamed.
 */
export interface IndexJson {
  version: 1;
  files: FileJson[];
}

export interface FileJson {
  /** The path as given on the command line (or found below a folder given there), `/`-separated. */
  file: string;
  format: 'plaintext' | 'markdown';
  title: string | null;
  conference: string | null;
  talks: TalkJson[];
  /** Claims outside any talk (the preamble). */
  claims: ClaimJson[];
  mentions: MentionJson[];
  crossReferences: CrossReferenceJson[];
  citations: CitationJson[];
  diagnostics: DiagnosticJson[];
}

export interface TalkJson {
  title: string;
  line: number;
  speakers: { name: string; role: string | null; org: string | null; line: number }[];
  sections: { title: string; line: number }[];
  /** Extractive summary: the chosen sentences joined by spaces ("" when the talk is too short). */
  summary: string;
  claims: ClaimJson[];
}

export interface SpanJson {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ClaimJson extends SpanJson {
  text: string;
  kinds: string[];
  cues: string[];
  /** Display name of who made the claim; null for the note-taker. */
  attributedTo: string | null;
  sourced: boolean;
  sources: { kind: string; text: string; line: number; column: number }[];
  acknowledged: boolean;
  suppressed: boolean;
  related: { file: string; line: number }[];
}

export interface MentionJson {
  name: string;
  line: number;
  column: number;
  endColumn: number;
  person: string;
  /** The person speaks somewhere in the workspace. */
  speaker: boolean;
  /** The speaker line the mention resolves to; null for a person who never speaks. */
  definition: { file: string; line: number } | null;
}

export interface CrossReferenceJson {
  text: string;
  line: number;
  column: number;
  endColumn: number;
  target: { file: string; line: number; kind: 'talk' | 'person' } | null;
}

export interface CitationJson {
  marker: string;
  line: number;
  column: number;
  endColumn: number;
  definitionLine: number | null;
}

export interface DiagnosticJson extends SpanJson {
  severity: string;
  code: string;
  message: string;
}

/** Maps a document URI to the path printed for it. */
export type PathOf = (uri: string) => string;

/** The index of the given documents (all of the workspace when `uris` is omitted). */
export function exportIndex(index: WorkspaceIndex, pathOf: PathOf, uris?: string[]): IndexJson {
  const list = uris ?? index.documents().map((d) => d.uri);
  return { version: 1, files: list.filter((u) => index.has(u)).map((u) => exportFile(index, u, pathOf)) };
}

export function exportFile(index: WorkspaceIndex, uri: string, pathOf: PathOf): FileJson {
  const doc = index.get(uri)!;
  const n = index.configuration.summarySentences;
  const claimJson = (c: Claim, i: number) => toClaimJson(index, uri, c, i, pathOf);
  return {
    file: pathOf(uri),
    format: doc.format,
    title: doc.title?.text ?? null,
    conference: doc.conference,
    talks: doc.talks.map((t, ti) => ({
      title: t.title,
      line: t.line + 1,
      speakers: t.speakers.map((s) => ({ name: s.name, role: s.role, org: s.org, line: s.line + 1 })),
      sections: t.sections.map((s) => ({ title: s.title, line: s.line + 1 })),
      summary: doc.outlineOnly ? '' : summaryText(doc, ti, n),
      claims: doc.claims.map((c, i) => [c, i] as const).filter(([c]) => c.talk === ti).map(([c, i]) => claimJson(c, i)),
    })),
    claims: doc.claims.map((c, i) => [c, i] as const).filter(([c]) => c.talk < 0).map(([c, i]) => claimJson(c, i)),
    mentions: doc.mentions.map((m) => {
      const def = index.definitionOf(m.key, uri, m.talk);
      return {
        name: m.name,
        line: m.range.start.line + 1,
        column: m.range.start.character + 1,
        endColumn: m.range.end.character + 1,
        person: index.displayName(m.key) ?? m.person,
        speaker: def !== undefined,
        definition: def ? { file: pathOf(def.uri), line: def.speaker.line + 1 } : null,
      };
    }),
    crossReferences: doc.crossReferences.map((x) => {
      const t = index.resolveCrossReference(x.target);
      return {
        text: x.text,
        line: x.range.start.line + 1,
        column: x.range.start.character + 1,
        endColumn: x.range.end.character + 1,
        target: t ? { file: pathOf(t.uri), line: t.line + 1, kind: t.kind } : null,
      };
    }),
    citations: doc.citations.map((c) => ({
      marker: c.marker,
      line: c.range.start.line + 1,
      column: c.range.start.character + 1,
      endColumn: c.range.end.character + 1,
      definitionLine: c.definition >= 0 ? doc.definitions[c.definition].line + 1 : null,
    })),
    diagnostics: documentDiagnostics(index, uri).map(toDiagnosticJson),
  };
}

/** The summary sentences joined, or "" when the talk has too little text to summarise. */
function summaryText(doc: NotesDocument, talk: number, n: number): string {
  const s = summarizeTalk(doc, talk, n);
  return s.tooShort ? '' : s.sentences.map((x) => x.text).join(' ');
}

function toClaimJson(index: WorkspaceIndex, uri: string, c: Claim, i: number, pathOf: PathOf): ClaimJson {
  return {
    ...span(c.range),
    text: c.text,
    kinds: [...c.kinds],
    cues: c.cues.map((q) => q.text),
    attributedTo: c.attribution ? (c.attribution.key ? index.displayName(c.attribution.key) ?? c.attribution.name : c.attribution.name) : null,
    sourced: isClaimSupported(index, uri, i),
    sources: c.sources.map((s) => ({ kind: s.kind, text: s.text, line: s.range.start.line + 1, column: s.range.start.character + 1 })),
    acknowledged: c.acknowledged,
    suppressed: c.suppressed,
    related: index.relatedClaims(uri, i).map((r) => ({ file: pathOf(r.uri), line: r.value.range.start.line + 1 })),
  };
}

export function toDiagnosticJson(d: NotesDiagnostic): DiagnosticJson {
  return { ...span(d.range), severity: d.severity, code: d.code, message: d.message };
}

export function span(r: Range): SpanJson {
  return { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}
