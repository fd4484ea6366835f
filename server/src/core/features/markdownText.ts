import { withoutFragment } from './common';

/**
 * Building Markdown for hovers: user text is escaped so a note can never inject formatting,
 * links or (since hovers are trusted to run our commands) command URIs.
 */

/** Escapes every character Markdown gives a meaning to, and collapses line breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()<>#+\-.!|~&$]/g, (c) => `\\${c}`);
}

/** A link running one of our commands with JSON arguments (VS Code's `command:` URI form). */
export function commandLink(label: string, command: string, args: readonly unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Only web links from user text become clickable; anything else (`command:`, `file:`) stays text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}

/** A Markdown link to a web URL, or the escaped text when the URL is not a web link. */
export function urlLink(url: string, label = url): string {
  if (!isWebUrl(url)) return escapeMarkdown(label);
  const target = url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(label)}](${target})`;
}

/** A link to a line of a workspace file (`uri#L12`, which VS Code's opener understands). */
export function lineLink(label: string, uri: string, line: number): string {
  const target = withoutFragment(uri).replace(/[()<>\s]/g, (c) => encodeURIComponent(c));
  return `[${escapeMarkdown(label)}](${target}#L${line + 1})`;
}
