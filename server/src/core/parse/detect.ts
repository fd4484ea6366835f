/** STUB (Markdown work) — keep these signatures: the CLI and the server call them. */

export function isMarkdownNotes(relativePath: string, _text: string, _includeGlobs: string[]): boolean {
  return relativePath.endsWith('.notes.md');
}

export function looksLikePlainTextNotes(_text: string): boolean {
  return false;
}
