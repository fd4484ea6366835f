import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { NotesConfig } from '../core/config';
import { configFromSettings, DEFAULT_CONFIG } from '../core/config';
import type { NotesFormat } from '../core/model/types';
import { isMarkdownNotes } from '../core/parse/detect';

/** A notes file to analyse; `path` is how it is printed (as given, `/`-separated). */
export interface InputFile {
  path: string;
  absolute: string;
  format: NotesFormat;
  text: string;
}

export interface Collected {
  files: InputFile[];
  bibliographies: { path: string; text: string }[];
  /** Messages for paths that could not be read (exit code 2, the rest is still analysed). */
  errors: string[];
  config: NotesConfig;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);
const PLAIN_EXTENSIONS = ['.notes', '.talknotes'];

/** Finds the notes files below the given paths (SPEC §4) and reads them. This is the CLI's only file I/O. */
export function collect(paths: string[]): Collected {
  const out: Collected = { files: [], bibliographies: [], errors: [], config: DEFAULT_CONFIG };
  const seen = new Set<string>();
  const stats = paths.map((given) => {
    try {
      return statSync(given);
    } catch (err) {
      out.errors.push(`cannot read ${given}: ${reason(err)}`);
      return undefined;
    }
  });
  // The options come first: the Markdown globs decide which files are notes.
  const rootAt = stats.findIndex((st) => st !== undefined);
  if (rootAt >= 0) out.config = loadConfig(stats[rootAt]!.isDirectory() ? paths[rootAt] : dirname(paths[rootAt]), out);
  paths.forEach((given, i) => {
    const st = stats[i];
    if (!st) return;
    if (st.isDirectory()) {
      walk(given, given, out, seen);
      return;
    }
    const text = read(given, out);
    if (text === undefined || seen.has(resolve(given))) return;
    seen.add(resolve(given));
    out.files.push({ path: slash(given), absolute: resolve(given), format: formatOfExplicit(given), text });
  });
  return out;
}

function walk(root: string, dir: string, out: Collected, seen: Set<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    out.errors.push(`cannot read ${slash(dir)}: ${reason(err)}`);
    return;
  }
  for (const name of names) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue; // a dangling link inside a folder is not the user's request
    }
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(root, p, out, seen);
      continue;
    }
    const lower = name.toLowerCase();
    const isPlain = PLAIN_EXTENSIONS.some((e) => lower.endsWith(e));
    const isMd = lower.endsWith('.md') || lower.endsWith('.markdown');
    const isBib = lower.endsWith('.bib') || lower.endsWith('.csl.json') || lower === 'references.json' || lower === 'bibliography.json';
    if (!isPlain && !isMd && !isBib) continue;
    const text = read(p, out);
    if (text === undefined || seen.has(resolve(p))) continue;
    seen.add(resolve(p));
    if (isBib) out.bibliographies.push({ path: slash(p), text });
    else if (isPlain) out.files.push({ path: slash(p), absolute: resolve(p), format: 'plaintext', text });
    else if (isMarkdownNotes(slash(relative(root, p)), text, out.config.markdownInclude)) {
      out.files.push({ path: slash(p), absolute: resolve(p), format: 'markdown', text });
    }
  }
}

/** `.talknotes.json` at the root of the (first) analysed folder; a broken file is reported, not fatal. */
function loadConfig(root: string, out: Collected): NotesConfig {
  const p = join(root, '.talknotes.json');
  let raw: string;
  try {
    raw = readFileSync(p, 'utf8');
  } catch {
    return DEFAULT_CONFIG;
  }
  try {
    return configFromSettings(JSON.parse(raw));
  } catch (err) {
    out.errors.push(`cannot read ${slash(p)}: ${reason(err)}`);
    return DEFAULT_CONFIG;
  }
}

function formatOfExplicit(path: string): NotesFormat {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plaintext';
}

function read(path: string, out: Collected): string | undefined {
  try {
    return new TextDecoder('utf-8').decode(readFileSync(path));
  } catch (err) {
    out.errors.push(`cannot read ${slash(path)}: ${reason(err)}`);
    return undefined;
  }
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or directory';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a directory';
  return e?.message ?? String(err);
}

function slash(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
