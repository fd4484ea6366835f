import * as names from '../text/names';

// A module constant, not the import: under the CommonJS output tests and benchmarks run (tsx),
// every read of an imported binding is a getter call, and this one is read per word.
const { NAME_PARTICLES } = names;

/**
 * Scanning of personal names on speaker lines (SPEC §2): one to four name words, each starting
 * with an upper-case letter of any script (or a letter of a caseless script), with lower-case
 * particles (`van`, `de` …) allowed between them. Hand-written scanning, so every call is linear
 * in the length of the text it looks at.
 */

/** A name found in a line: `[start, end)` are UTF-16 offsets; `words` counts name words, not particles. */
export interface NameSpan {
  start: number;
  end: number;
  words: number;
  /** True when one of the words is a common heading word (`Coffee`, `Keynote`), so the name is doubtful. */
  doubtful: boolean;
}

const UPPER_START = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
const LOWER = /\p{Ll}/u;
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const WORD_CHAR = /[\p{L}\p{M}'’.\-]/u;
const SUFFIXES: ReadonlySet<string> = new Set(['Jr.', 'Sr.', 'Jr', 'Sr', 'II', 'III', 'IV']);

/**
 * Capitalised words that head schedules and section titles far more often than they name people.
 * A name holding one is "doubtful": accepted only in the strong forms (`… @ ORG`, a `Speaker:` prefix).
 * Words that are also common surnames (`Hall`, `Day`, `Key`) are left out on purpose.
 */
const HEADING_WORDS: ReadonlySet<string> = new Set(
  (
    'A An The And Or Of In On At For To With From By Into Onto Over Under About After Before Beyond Towards Toward Why How What When Where Who Which ' +
    'My Our Your Their His Her Its This That These Those It We You They He She I Is Are Was Were Be Do Does Did Not No Yes ' +
    'Break Coffee Lunch Dinner Breakfast Tea Snacks Keynote Opening Closing Remarks Welcome Introduction Intro Conclusion Conclusions ' +
    'Summary Overview Background Agenda Schedule Notes Note Days Track Room Stage Session Sessions Panel Part Section Chapter ' +
    'Questions Question Answers Slides Video Videos Recording Demo Demos Talk Talks Workshop Tutorial Lightning Thoughts Takeaways Takeaway ' +
    'Points Point Update Updates Final Discussion Review Recap Reception Registration Networking Happy Hour Morning Afternoon Evening Night ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Yesterday Lessons Lesson Learned Future State Using Building Making ' +
    'Scaling Testing Systems System Data Software Engineering Design Architecture Security Performance Reliability Distributed Cloud Open Source ' +
    'Introducing Announcing Update News Main Big New Old First Last Next Other More Most Some All Many Few Great Bad ' +
    'Ok Okay OK So Well Now Then Also But Yes Hey Oh Hi Hello Thanks Thank Edit PS Nice Cool Wow Sure Really Maybe Honestly Overall Anyway ' +
    'Conference Summit Meetup Event Events Day1 Appendix Misc Miscellaneous References Links Resources Sponsors Sponsor Exhibition Expo'
  ).split(' '),
);

/** True for a word that can be part of a name (`Tomás`, `O'Neil`, `Jean-Luc`, `J.`, `Li`, `王`). */
export function isNameWord(word: string): boolean {
  if (word.length === 0) return false;
  // An ASCII first letter needs no property tests: upper case or no name word, and never `Lo`.
  const c0 = word.charCodeAt(0);
  const ascii = c0 < 128;
  if (ascii ? c0 < 65 || c0 > 90 : !UPPER_START.test(word)) return false;
  const last = word[word.length - 1];
  if (last === '-' || last === "'" || last === '’') return false;
  if (word.includes('.')) return INITIALS.test(word);
  // Upper-case words need a lower-case letter: `CEO`, `VP`, `TLA` are not names.
  if (!ascii && /\p{Lo}/u.test(String.fromCodePoint(word.codePointAt(0) ?? 0))) return true;
  if (word.length === 1) return false;
  // A letter a-z settles it; a word of ASCII only without one has no lower-case letter at all.
  let ascii2 = true;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) ascii2 = false;
  }
  return ascii2 ? false : LOWER.test(word);
}

/** End of the run of word characters starting at `p` (letters, marks, apostrophes, dots, hyphens). */
export function wordEnd(text: string, p: number, limit: number): number {
  let q = p;
  while (q < limit) {
    const c = text.charCodeAt(q);
    if (c < 0xd800 || c > 0xdfff) {
      if (!isWordUnit(c)) break;
      q++;
      continue;
    }
    const cp = text.codePointAt(q) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (!WORD_CHAR.test(ch)) break;
    q += ch.length;
  }
  return q;
}

// `WORD_CHAR` per UTF-16 unit outside the surrogates, filled on first use (0 unknown, 1 no, 2 yes):
// a speaker line is read character by character, and most characters repeat.
const WORD_UNITS = new Uint8Array(0x10000);

function isWordUnit(c: number): boolean {
  let known = WORD_UNITS[c];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
    WORD_UNITS[c] = known;
  }
  return known === 2;
}

/**
 * Scans a name starting exactly at `p` and ending before `limit`. The name stops before the
 * first word that is neither a name word nor a particle followed by a name word; a trailing
 * `Jr.`-type suffix is kept. Returns null when no name word starts at `p`.
 */
export function scanName(text: string, p: number, limit: number): NameSpan | null {
  let words = 0;
  let end = -1;
  let doubtful = false;
  let q = p;
  let pendingParticles = false;
  while (q < limit) {
    const e = wordEnd(text, q, limit);
    if (e === q) break;
    let w = text.slice(q, e);
    let we = e;
    // A trailing dot belongs to an initial or a suffix, never to a plain name word (`Doe.`).
    if (w.endsWith('.') && !INITIALS.test(w) && !SUFFIXES.has(w)) {
      w = w.slice(0, -1);
      we = e - 1;
    }
    if (isNameWord(w) && !SUFFIXES.has(w)) {
      if (words === 4) break;
      words++;
      end = we;
      pendingParticles = false;
      if (HEADING_WORDS.has(w)) doubtful = true;
    } else if (words > 0 && SUFFIXES.has(w) && !pendingParticles) {
      end = we;
      q = we;
      break;
    } else if (words > 0 && NAME_PARTICLES.has(w)) {
      pendingParticles = true;
    } else {
      break;
    }
    if (we !== e) break;
    // Words are separated by exactly one space; anything else ends the name.
    if (e < limit && text.charCodeAt(e) === 32 && e + 1 < limit && text.charCodeAt(e + 1) !== 32) q = e + 1;
    else break;
  }
  if (words === 0) return null;
  return { start: p, end, words, doubtful };
}
