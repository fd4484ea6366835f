import picomatch from 'picomatch';
import type { NotesConfig } from '../core/config';
import type { NotesFormat } from '../core/model/types';

/** What the server does with a file. */
export type FileKind = { kind: 'notes'; format: NotesFormat } | { kind: 'bibliography'; format: 'bibtex' | 'csl-json' } | null;

/** File extensions the scanner and the file watcher look at. */
export const CANDIDATE_EXTENSIONS = ['.notes', '.talknotes', '.md', '.txt', '.bib', '.json'] as const;
export const WATCH_GLOB = '**/*.{notes,talknotes,md,txt,bib,json}';

/** Whether a file name could be notes or a bibliography (decided without reading it). */
export function isCandidate(name: string): boolean {
  const lower = name.toLowerCase();
  return CANDIDATE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Decides how a file is read, from its path relative to its workspace folder and (the start
 * of) its text. `languageId` is the editor's language for an open document: `talknotes`
 * means the user or the client already chose plain-text notes.
 */
export function classifyFile(relativePath: string, text: string, config: NotesConfig, languageId?: string): FileKind {
  const lower = relativePath.toLowerCase();
  if (languageId === 'talknotes') return { kind: 'notes', format: 'plaintext' };
  if (lower.endsWith('.notes') || lower.endsWith('.talknotes')) return { kind: 'notes', format: 'plaintext' };
  if (lower.endsWith('.md') || languageId === 'markdown') {
    return markdownIncluded(relativePath, config) ? { kind: 'notes', format: 'markdown' } : null;
  }
  void text;
  return null;
}

let cachedGlobs: string[] | undefined;
let cachedMatcher: ((path: string) => boolean) | undefined;

function markdownIncluded(relativePath: string, config: NotesConfig): boolean {
  if (cachedGlobs !== config.markdownInclude) {
    cachedGlobs = config.markdownInclude;
    try {
      cachedMatcher = picomatch(config.markdownInclude.length > 0 ? config.markdownInclude : ['\0'], { dot: true });
    } catch {
      cachedMatcher = () => false;
    }
  }
  return cachedMatcher!(relativePath);
}
