import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { CostlyFindings } from '../core/analyze';
import { reassembleAnalysis } from '../core/analyze';
import type { NotesDocument, NotesFormat } from '../core/model/types';
import type { DocumentTables, PackedDocument } from '../core/workspace/documentTables';
import { documentTables } from '../core/workspace/documentTables';

/**
 * A file that is not open, as the server keeps it: its tables as objects (what cross-file
 * features read) and its text, mentions and claims as compressed JSON. The analysis's objects
 * take about ten times the text (one Range is three objects); the compressed form about a
 * quarter of it, and unpacking a 100 KB file (inflating, parsing the structure again) takes a
 * few milliseconds (`WorkspaceIndex.get` keeps recent ones).
 */
export interface PackedAnalysis {
  tables: DocumentTables;
  packed: PackedDocument;
}

/**
 * What is compressed of an analysis: the text and the costly findings. The rest (structure,
 * references: most of an analysis's size) is found again at unpacking (`reassembleAnalysis`).
 */
interface PackedForm extends CostlyFindings {
  uri: string;
  format: NotesFormat;
  text: string;
  outlineOnly: boolean;
}

/** The two parts of a `PackedAnalysis` as they cross from the analysis worker (strings and bytes). */
export interface PackedWire {
  tables: string;
  bytes: Uint8Array;
  textLength: number;
}

/** zlib's default level: a quarter smaller than level 1 for the same packing time, and faster to unpack. */
const LEVEL = 6;

export class CompressedDocument implements PackedDocument {
  constructor(
    private readonly bytes: Uint8Array,
    readonly textLength: number,
  ) {}

  unpack(): NotesDocument {
    const form = JSON.parse(inflateRawSync(this.bytes).toString('utf8')) as PackedForm;
    return reassembleAnalysis({ uri: form.uri, text: form.text, format: form.format }, form.outlineOnly, form);
  }
}

/** Packs an analysis for the wire (on the worker, or on the main thread when there is no worker). */
export function packForWire(doc: NotesDocument): PackedWire {
  const form: PackedForm = { uri: doc.uri, format: doc.format, text: doc.text, outlineOnly: doc.outlineOnly, mentions: doc.mentions, claims: doc.claims };
  const compressed = deflateRawSync(JSON.stringify(form), { level: LEVEL });
  // Exactly sized and owning its memory: zlib's buffer may sit in a larger allocation, which
  // would be kept (and transferred) whole.
  return { tables: JSON.stringify(documentTables(doc, true)), bytes: new Uint8Array(compressed), textLength: doc.text.length };
}

/** The stored form of a packed analysis: parsed tables sharing their repeated strings. */
export function fromWire(wire: PackedWire): PackedAnalysis {
  const tables = JSON.parse(wire.tables) as DocumentTables;
  shareStrings(tables);
  return { tables, packed: new CompressedDocument(wire.bytes, wire.textLength) };
}

/**
 * Packs an analysis made on this thread (no worker, or a settings change re-analysing packed
 * files) into the form the worker's come in: through the wire form, so the tables hold strings
 * of their own, not slices of the text that would keep all of it alive.
 */
export function packHere(doc: NotesDocument): PackedAnalysis {
  return fromWire(packForWire(doc));
}

/** Strings up to this length are shared (longer ones are rarely repeated). */
const SHARED_MAX = 64;
/** Distinct strings the pool holds before it starts again (it outlives documents, so it is bounded). */
const POOL_MAX = 100_000;
/** One instance per distinct short string of the packed files' tables (see `shareStrings`). */
const pool = new Map<string, string>();

/**
 * One instance per distinct short string of the tables (every mention's key, a speaker's name,
 * a talk's speaker repeated across files), where JSON.parse makes a new one at each occurrence.
 */
function shareStrings(root: object): void {
  if (pool.size > POOL_MAX) pool.clear();
  const strings = pool;
  const shared = (s: string): string => {
    if (s.length > SHARED_MAX) return s;
    const known = strings.get(s);
    if (known !== undefined) return known;
    strings.set(s, s);
    return s;
  };
  const visit = (o: unknown): void => {
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const v: unknown = o[i];
        if (typeof v === 'string') o[i] = shared(v);
        else if (v !== null && typeof v === 'object') visit(v);
      }
      return;
    }
    const rec = o as Record<string, unknown>;
    for (const k in rec) {
      const v = rec[k];
      if (typeof v === 'string') rec[k] = shared(v);
      else if (v !== null && typeof v === 'object') visit(v);
    }
  };
  visit(root);
}
