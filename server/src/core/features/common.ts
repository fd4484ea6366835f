import type { Position, Range } from '../model/types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

/** -1, 0 or 1 as `a` is before, equal to or after `b`. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** True when `pos` lies in `range`, its end included (a cursor right after a word is "on" it). */
export function rangeContains(range: Range, pos: Position): boolean {
  return comparePositions(range.start, pos) <= 0 && comparePositions(pos, range.end) <= 0;
}

/** True when `outer` contains `inner` entirely. */
export function rangeContainsRange(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function rangesEqual(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** True when two half-open ranges share at least one character. */
export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

/**
 * The item whose range holds `pos`. A position strictly inside wins over one touching an end, so
 * at `[1][2]` the cursor between the markers picks `[2]`, the one it stands before.
 */
export function findAt<T>(items: readonly T[], rangeOf: (item: T) => Range, pos: Position): T | undefined {
  let touching: T | undefined;
  for (const item of items) {
    const r = rangeOf(item);
    if (comparePositions(r.start, pos) <= 0 && comparePositions(pos, r.end) < 0) return item;
    if (touching === undefined && comparePositions(pos, r.end) === 0 && comparePositions(r.start, pos) <= 0) touching = item;
  }
  return touching;
}

/** A usable position from whatever the host passed (defends against malformed requests). */
export function isPosition(pos: unknown): pos is Position {
  if (!pos || typeof pos !== 'object') return false;
  const p = pos as Position;
  return Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0;
}

/** A zero-length range at the start of a line. */
export function lineStart(line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

/** The file name part of a URI, for labels (`…/notes/day1.notes` → `day1.notes`). */
export function baseName(uri: string): string {
  const path = withoutFragment(uri, true);
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}

/** Shortens text to `max` UTF-16 units at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/** Runs a feature, turning an unexpected exception into `fallback`: features never throw (SPEC §6). */
export function safely<T>(fallback: T, body: () => T): T {
  try {
    return body();
  } catch (err) {
    featureErrorListener?.(err);
    return fallback;
  }
}

let featureErrorListener: ((err: unknown) => void) | undefined;

/**
 * Lets the host hear about an exception a feature swallowed (the feature answers its fallback
 * so the editor keeps working; the server logs it, the fuzzer fails on it). The library itself
 * does no I/O.
 */
export function setFeatureErrorListener(listener: ((err: unknown) => void) | undefined): void {
  featureErrorListener = listener;
}

/** The URI without its `#fragment` (and, when `query`, without its `?query`). */
export function withoutFragment(uri: string, query = false): string {
  let end = uri.indexOf('#');
  if (end < 0) end = uri.length;
  if (query) {
    const q = uri.indexOf('?');
    if (q >= 0 && q < end) end = q;
  }
  return uri.slice(0, end);
}

/** Entries one memo table keeps at most (a table past it starts again: memory stays bounded). */
const MEMO_LIMIT = 4096;
const memos = new WeakMap<WorkspaceIndex, { generation: number; tables: Map<string, Map<string, unknown>> }>();

/**
 * A result computed from the index alone, remembered until the index changes: every change of a
 * document, a bibliography or the settings makes a new generation, which drops every table.
 * Cards and reference lists are asked for again and again between edits (each mention of a
 * person shows the same card); the result is shared, so callers must not modify it.
 */
export function memo<T>(index: WorkspaceIndex, table: string, key: string, compute: () => T): T {
  let state = memos.get(index);
  if (!state || state.generation !== index.generation) {
    state = { generation: index.generation, tables: new Map() };
    memos.set(index, state);
  }
  let entries = state.tables.get(table);
  if (!entries) state.tables.set(table, (entries = new Map()));
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute();
  if (entries.size >= MEMO_LIMIT) entries.clear();
  entries.set(key, value);
  return value;
}
