import type { BibliographyEntry } from '../core/workspace/workspaceIndex';

/** Entries of a BibTeX or CSL-JSON file, for `[@key]` citations. */
export function loadBibliography(uri: string, text: string, format: 'bibtex' | 'csl-json'): BibliographyEntry[] {
  void uri;
  void text;
  void format;
  return [];
}
