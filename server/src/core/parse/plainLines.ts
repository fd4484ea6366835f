import { isDirectiveLine } from '../claims/suppression';
import * as pieces from '../text/pieces';
import * as speakerText from './speakerText';

// Module constants, not the imports: under the CommonJS output tests and benchmarks run (tsx),
// every call of an imported function is a getter call, and these run for every line.
const { isWhiteSpace } = pieces;
const { SECTION_INITIALS, bulletMarker, sectionTitle, skipSpaces, trimEndAt } = speakerText;

/**
 * First pass of the plain-text parser: what each line is on its own, before talks are found.
 * One scan per line, so the whole pass is linear in the size of the text.
 */

export const enum LineKind {
  Blank,
  Directive,
  Definition,
  Bullet,
  Section,
  Text,
}

/** A reference definition line, offsets into the line. */
export interface DefinitionLine {
  markerStart: number;
  markerEnd: number;
  /** `1`, `^ldfi` as written (not yet lower-cased). */
  id: string;
  textStart: number;
  textEnd: number;
}

/** Reads `[1]: text` / `[^id]: text` (up to three spaces of indentation), or null. */
export function definitionLine(line: string): DefinitionLine | null {
  const s = skipSpaces(line, 0);
  if (s > 3 || line[s] !== '[') return null;
  let p = s + 1;
  while (p < line.length && p - s <= 100) {
    const c = line[p];
    if (c === ']' || c === '[' || c === ' ' || c === '\t') break;
    p++;
  }
  if (line[p] !== ']' || p === s + 1 || line[p + 1] !== ':') return null;
  const id = line.slice(s + 1, p);
  if (id === '^') return null;
  const after = p + 2;
  if (after < line.length && line[after] !== ' ' && line[after] !== '\t') return null;
  const textStart = skipSpaces(line, after);
  const textEnd = trimEndAt(line, textStart, line.length);
  if (textEnd <= textStart) return null;
  return { markerStart: s, markerEnd: p + 1, id, textStart, textEnd };
}

/** Classifies one line. Directives win over everything so a silenced line never becomes prose. */
export function classifyLine(line: string): LineKind {
  const s = skipSpaces(line, 0);
  if (s >= line.length) return LineKind.Blank;
  // Each test below is asked only when the line opens with a character it needs (after the
  // same indentation they skip): most lines are prose opening with a letter.
  if (mayBeDirective(line) && safeIsDirective(line)) return LineKind.Directive;
  const c = line.charCodeAt(s);
  if (c === 0x5b /* [ */ && definitionLine(line)) return LineKind.Definition;
  if ((c === 0x2d /* - */ || c === 0x2a /* * */ || c === 0x2022 /* • */ || (c >= 0x30 && c <= 0x39)) && bulletMarker(line)) return LineKind.Bullet;
  if (SECTION_INITIAL[c] === 1 && sectionTitle(line)) return LineKind.Section;
  return LineKind.Text;
}

/** Codes a section line can open with (`sectionTitle`: `Part`, `Section`, `Session`, `Q&A`, `Takeaways` …). */
const SECTION_INITIAL = new Uint8Array(128);
for (const ch of SECTION_INITIALS) SECTION_INITIAL[ch.charCodeAt(0)] = 1;

/**
 * A directive line (`isDirectiveLine`) opens, after white space as `\s` sees it, with `<!--` or
 * `%%`: any other first character rules it out without running its regular expression.
 */
export function mayBeDirective(line: string): boolean {
  let p = 0;
  while (p < line.length && isWhiteSpace(line.charCodeAt(p))) p++;
  const c = line.charCodeAt(p);
  return c === 0x3c /* < */ || c === 0x25 /* % */;
}

function safeIsDirective(line: string): boolean {
  try {
    return isDirectiveLine(line);
  } catch {
    return false;
  }
}

/**
 * True when the file separates its blocks with blank lines, so consecutive prose lines are one
 * paragraph (hard-wrapped text). Notes written one paragraph per line have few blank-line gaps
 * for their number of lines.
 */
export function separatesBlocks(kinds: Uint8Array): boolean {
  let gaps = 0;
  let nonBlank = 0;
  let inGap = false;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] === LineKind.Blank) {
      if (nonBlank > 0) inGap = true;
    } else {
      if (inGap) gaps++;
      inGap = false;
      nonBlank++;
    }
  }
  return gaps >= 1 && nonBlank <= 8 * (gaps + 1);
}
