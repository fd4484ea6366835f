import { URI } from 'vscode-uri';

/**
 * URIs are the keys of the index. Clients spell the same file in different ways (`%3A` or `:`,
 * upper- or lower-case escapes), so every URI that enters the server is put in vscode-uri's
 * canonical form first: the form VS Code itself sends, and the one the scanner produces.
 */
export function canonicalUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

/** The file-system path of a `file:` URI, or undefined for other schemes (untitled, git …). */
export function filePath(uri: string): string | undefined {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : undefined;
  } catch {
    return undefined;
  }
}

/** The canonical URI of a file-system path. */
export function fileUri(path: string): string {
  return URI.file(path).toString();
}
