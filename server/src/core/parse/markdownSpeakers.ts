import type { Speaker } from '../model/types';
import type { LineIndex } from '../text/lineIndex';
import { personKey } from '../text/names';
import { docOffset } from '../text/pieces';
import type { MappedText } from '../text/pieces';
import { parseSpeakerLine, parseTitleSpeakerLine } from './speakerLine';
import type { ParsedSpeaker, ParsedSpeakerLine } from './speakerLine';

/** One document line of a rendered paragraph: its plain text and where each character came from. */
export interface LineView {
  line: number;
  /** Start and end of the line in the builder's text. */
  start: number;
  end: number;
  builder: MappedText;
  /** Link spans (builder text indices) on this line. */
  links: [number, number][];
}

/** Splits a rendered paragraph into its document lines (pieces never span a line break). */
export function lineViews(builder: MappedText, links: [number, number][], lines: LineIndex): LineView[] {
  const out: LineView[] = [];
  for (const piece of builder.pieces) {
    const line = lines.lineAt(piece.docStart);
    const last = out[out.length - 1];
    if (last && last.line === line) last.end = piece.textStart + piece.length;
    else out.push({ line, start: piece.textStart, end: piece.textStart + piece.length, builder, links: [] });
  }
  // Both lists are in text order: one sweep, not a filter per line (a long paragraph has many of both).
  let k = 0;
  for (const view of out) {
    while (k < links.length && links[k][0] < view.start) k++;
    for (let j = k; j < links.length && links[j][0] < view.end; j++) if (links[j][1] <= view.end) view.links.push(links[j]);
  }
  return out;
}

/** The speakers of one speaker line; `bare` when the line is only names (the weakest form). */
export interface SpeakerLine {
  speakers: Speaker[];
  bare: boolean;
  /** Introduced by `Speaker:`, `by`, `Presented by` … */
  prefixed: boolean;
}

/**
 * Reads a line view as a speaker line. Emphasis is already gone from the rendered text; markers
 * markdown-it left as text (an unclosed `**`) are trimmed here. A line that ends with links
 * (`Jane Doe — [video](…) · [slides](…)`) is read without them first.
 */
export function speakersOnLine(view: LineView, lines: LineIndex): SpeakerLine | null {
  const text = view.builder.text;
  const candidates: [number, number][] = [];
  const withoutLinks = stripTrailingLinks(text, view);
  if (withoutLinks) candidates.push(withoutLinks);
  candidates.push([view.start, view.end]);
  for (const [s0, e0] of candidates) {
    const [s, e] = trimWrappers(text, s0, e0);
    if (e <= s) continue;
    const parsed = safeParse(text.slice(s, e));
    if (parsed && parsed.speakers.length > 0) {
      const prefixed = parsed.prefixed === true;
      return { speakers: parsed.speakers.map((p) => toSpeaker(p, view, s, lines)), bare: parsed.form === 'bare' && !prefixed, prefixed };
    }
  }
  return null;
}

/** Reads a heading's text as `Title — Name`, `Title by Name`, `Name: Title` …: the title span and the speakers. */
export function titleAndSpeakers(
  builder: MappedText,
  line: number,
  lines: LineIndex,
): { title: [number, number]; speakers: Speaker[] } | null {
  let parsed;
  try {
    parsed = parseTitleSpeakerLine(builder.text);
  } catch {
    return null;
  }
  if (!parsed || parsed.speakers.length === 0 || parsed.titleEnd <= parsed.titleStart) return null;
  const view: LineView = { line, start: 0, end: builder.text.length, builder, links: [] };
  return { title: [parsed.titleStart, parsed.titleEnd], speakers: parsed.speakers.map((p) => toSpeaker(p, view, 0, lines)) };
}

function safeParse(line: string): ParsedSpeakerLine | null {
  try {
    return parseSpeakerLine(line);
  } catch {
    return null;
  }
}

function toSpeaker(p: ParsedSpeaker, view: LineView, offset: number, lines: LineIndex): Speaker {
  const pieces = view.builder.pieces;
  const start = docOffset(pieces, offset + p.nameStart);
  const end = p.nameEnd > p.nameStart ? docOffset(pieces, offset + p.nameEnd - 1) + 1 : start;
  return {
    name: p.name,
    key: personKey(p.name),
    role: p.role,
    org: p.org,
    line: view.line,
    nameRange: lines.range(start, end),
    lineRange: lines.lineRange(view.line),
  };
}

/** Separators people put between a name and its links: `|`, `·`, dashes, commas, brackets. */
const SEPARATORS = ' \t|·•,;:-–—/*_';
const BEFORE_LINK = new Set([...SEPARATORS, ')', ']']);
const AFTER_NAME = new Set([...SEPARATORS, '(', '[']);

/** The line without a trailing run of links, or null when it does not end with a link or is only links. */
function stripTrailingLinks(text: string, view: LineView): [number, number] | null {
  let end = view.end;
  let cut = false;
  for (let k = view.links.length - 1; k >= 0; k--) {
    let probe = end;
    while (probe > view.start && BEFORE_LINK.has(text[probe - 1])) probe--;
    const [s, e] = view.links[k];
    if (e !== probe) break;
    end = s;
    cut = true;
  }
  if (!cut) return null;
  while (end > view.start && AFTER_NAME.has(text[end - 1])) end--;
  return end > view.start ? [view.start, end] : null;
}

/** Trims white space and stray emphasis markers (`*`, `_`) around a line. */
function trimWrappers(text: string, s: number, e: number): [number, number] {
  while (s < e && isWrap(text.charCodeAt(s))) s++;
  while (e > s && isWrap(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** `*`, `_`, space, tab. */
function isWrap(c: number): boolean {
  return c === 42 || c === 95 || c === 32 || c === 9;
}
