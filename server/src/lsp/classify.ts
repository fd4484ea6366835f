import type { NotesConfig } from '../core/config';
import type { NotesFormat } from '../core/model/types';
import { isMarkdownNotes, looksLikePlainTextNotes } from '../core/parse/detect';

/** What the server does with a file. */
export type FileKind = { kind: 'notes'; format: NotesFormat } | { kind: 'bibliography' } | null;

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
 * of) its text, with the detection rules of `core/parse/detect.ts` (SPEC §1). `languageId` is
 * the editor's language for an open document: `talknotes` means the user or the client already
 * chose plain-text notes.
 */
export function classifyFile(relativePath: string, text: string, config: NotesConfig, languageId?: string): FileKind {
  const lower = relativePath.toLowerCase();
  if (languageId === 'talknotes' || lower.endsWith('.notes') || lower.endsWith('.talknotes')) return { kind: 'notes', format: 'plaintext' };
  if (languageId === 'markdown' || lower.endsWith('.md')) {
    return isMarkdownNotes(relativePath, text, config.markdownInclude) ? { kind: 'notes', format: 'markdown' } : null;
  }
  if (lower.endsWith('.txt')) return config.detectPlainText && looksLikePlainTextNotes(text) ? { kind: 'notes', format: 'plaintext' } : null;
  if (lower.endsWith('.bib')) return { kind: 'bibliography' };
  // CSL-JSON is an array of items; other JSON files (package.json, settings) are objects and are not read.
  if (lower.endsWith('.json')) return text.trimStart().startsWith('[') ? { kind: 'bibliography' } : null;
  return null;
}
