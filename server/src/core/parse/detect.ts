import picomatch from 'picomatch';
import type { NotesConfig } from '../config';
import type { NotesFormat } from '../model/types';
import { readFrontMatter } from './frontMatter';
import { parseSpeakerLine } from './speakerLine';
import { bulletMarker } from './speakerText';

/**
 * Which files are notes (SPEC §1). Pure functions of a path and a text: the server, the CLI and
 * the client (through a server request) all decide with these, so they never disagree.
 */

/** Lines of a `.txt` file looked at by `looksLikePlainTextNotes`. */
const DETECT_LINES = 400;

/**
 * True when a plain-text file reads like talk notes: two or more title + speaker-line pairs in
 * its first 400 lines whose speaker line has an `@` or a `Speaker:`-type prefix (the strong
 * forms, so a letter signed `Jane Doe, Acme` is not taken for notes).
 */
export function looksLikePlainTextNotes(text: string): boolean {
  let pairs = 0;
  /** The last non-blank line can be a title: it is not a bullet and not itself a speaker line. */
  let titleBefore = false;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let n = 0; n < DETECT_LINES && pos < text.length; n++) {
    let end = pos;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(pos, end);
    pos = end < text.length && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    if (line.trim().length === 0) continue;
    const speaker = isStrongSpeakerLine(line);
    if (speaker && titleBefore) {
      pairs++;
      if (pairs >= 2) return true;
    }
    titleBefore = !speaker && !bulletMarker(line);
  }
  return false;
}

function isStrongSpeakerLine(line: string): boolean {
  if (line.length > 200) return false;
  let parsed;
  try {
    parsed = parseSpeakerLine(line);
  } catch {
    return false;
  }
  return parsed !== null && parsed.speakers.length > 0 && (parsed.prefixed === true || line.includes('@'));
}

/**
 * True when a Markdown file is notes: its path (relative to its workspace folder, `/` or `\`
 * separated) matches one of `includeGlobs` (default `**\/*.notes.md`), or its front matter says
 * `talknotes: true`. The caller has already decided the file is Markdown (by extension or
 * language); a bad glob is ignored rather than thrown.
 */
export function isMarkdownNotes(relativePath: string, text: string, includeGlobs: string[]): boolean {
  const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  for (const glob of includeGlobs) {
    if (typeof glob !== 'string' || glob.length === 0) continue;
    if (matcher(glob)(path)) return true;
  }
  return readFrontMatter(text).talknotes;
}

const matchers = new Map<string, (path: string) => boolean>();

/** A compiled glob (cached: the workspace scan asks for every file); an invalid pattern matches nothing. */
function matcher(glob: string): (path: string) => boolean {
  let m = matchers.get(glob);
  if (!m) {
    try {
      m = picomatch(glob, { dot: true });
    } catch {
      m = () => false;
    }
    if (matchers.size > 100) matchers.clear();
    matchers.set(glob, m);
  }
  return m;
}

/** The options of `notesFormatFor` (a `NotesConfig` fits). */
export type DetectOptions = Partial<Pick<NotesConfig, 'markdownInclude' | 'detectPlainText'>>;

const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd'];

/**
 * How a file is read as notes, or null when it is not notes: `.notes` and `.talknotes` are
 * plain text; Markdown by `isMarkdownNotes`; `.txt` when it looks like notes and
 * `detectPlainText` is not false.
 */
export function notesFormatFor(relativePath: string, text: string, options: DetectOptions = {}): NotesFormat | null {
  const lower = relativePath.toLowerCase();
  if (lower.endsWith('.notes') || lower.endsWith('.talknotes')) return 'plaintext';
  if (MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return isMarkdownNotes(relativePath, text, options.markdownInclude ?? ['**/*.notes.md']) ? 'markdown' : null;
  }
  if (lower.endsWith('.txt') && options.detectPlainText !== false && looksLikePlainTextNotes(text)) return 'plaintext';
  return null;
}
