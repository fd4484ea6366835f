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
