import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { isCandidate } from './classify';

/** Directories never worth walking into, whatever the exclude settings say. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A matcher over `/`-separated paths relative to a workspace folder; a bad glob matches nothing. */
export function excludeMatcher(globs: string[]): (relativePath: string) => boolean {
  const matchers: ((p: string) => boolean)[] = [];
  for (const g of globs) {
    try {
      matchers.push(picomatch(g, { dot: true }));
    } catch {
      // A malformed glob in the user's settings excludes nothing.
    }
  }
  return (p) => matchers.some((m) => m(p));
}

/**
 * Every candidate file under `root` (notes, Markdown, text, bibliographies), depth first, as
 * absolute paths. Excluded directories are not entered; symbolic links are not followed, so a
 * link cycle cannot trap the walk. Unreadable directories are skipped.
 */
export async function* walkCandidates(root: string, excluded: (relativePath: string) => boolean, cancelled: () => boolean): AsyncGenerator<string> {
  const stack = [''];
  while (stack.length > 0) {
    if (cancelled()) return;
    const rel = stack.pop()!;
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && !excluded(childRel)) stack.push(childRel);
      } else if (e.isFile() && isCandidate(e.name) && !excluded(childRel)) {
        yield path.join(root, childRel);
      }
    }
  }
}

/** Size of the head read to classify `.txt`, `.md` and `.json` files before reading them whole. */
const HEAD_BYTES = 64 * 1024;

/** The first bytes of a file as text, or undefined when unreadable. */
export async function readHead(file: string): Promise<string | undefined> {
  let handle: import('node:fs/promises').FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A file's text, or undefined when unreadable or binary (a NUL byte in its first 8 KB, as git decides). */
export async function readText(file: string): Promise<string | undefined> {
  try {
    const buf = await fs.readFile(file);
    const probe = buf.subarray(0, 8000);
    if (probe.includes(0)) return undefined;
    return buf.toString('utf8');
  } catch {
    return undefined;
  }
}

/** `/`-separated path of `file` relative to the workspace folder holding it, else its base name. */
export function relativeToFolders(file: string, folders: readonly string[]): string {
  let best: string | undefined;
  for (const f of folders) {
    const rel = path.relative(f, file);
    if (!rel.startsWith('..') && !path.isAbsolute(rel) && (best === undefined || rel.length < best.length)) best = rel;
  }
  return (best ?? path.basename(file)).split(path.sep).join('/');
}
