/** STUB — owned by the plain-text structure work. */

/** One speaker found on a speaker line; offsets are UTF-16 indices into the line. */
export interface ParsedSpeaker {
  name: string;
  role: string | null;
  org: string | null;
  nameStart: number;
  nameEnd: number;
}

export interface ParsedSpeakerLine {
  speakers: ParsedSpeaker[];
}

/** Reads a whole line as a speaker line (SPEC §2 forms), or returns null. */
export function parseSpeakerLine(_line: string): ParsedSpeakerLine | null {
  return null;
}

/** A line holding both a title and its speaker (`Title — Name`, `Title by Name`, `Name: Title` …). */
export interface ParsedTitleSpeakerLine extends ParsedSpeakerLine {
  title: string;
  titleStart: number;
  titleEnd: number;
}

export function parseTitleSpeakerLine(_line: string): ParsedTitleSpeakerLine | null {
  return null;
}
