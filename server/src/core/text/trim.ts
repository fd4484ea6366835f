/**
 * Trimming by character set without regular expressions: `/[.,;]+$/` looks harmless but is
 * quadratic on a long run of those characters (each start position re-scans the run), which
 * the ReDoS check in the test suite rejects. These loops are linear.
 */

/** Removes trailing characters that are in `chars`. */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Removes leading characters that are in `chars`. */
export function trimStartChars(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start])) start++;
  return start === 0 ? s : s.slice(start);
}

/** White space as `\s` sees it, for use with the functions above. */
export const WHITESPACE = ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
