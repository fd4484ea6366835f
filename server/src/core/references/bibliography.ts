import type { BibliographyEntry } from '../workspace/workspaceIndex';

/**
 * STUB (claims work) — KEEP THIS SIGNATURE: the CLI and the server call it.
 * Parses a BibTeX (.bib) or CSL-JSON (.json) file into entries; never throws.
 */
export function parseBibliography(_uri: string, _text: string): BibliographyEntry[] {
  return [];
}
