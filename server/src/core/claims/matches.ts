/**
 * The matches of a global pattern, as `text.matchAll(re)` gives them. `matchAll` copies the
 * pattern on every call (a new RegExp each time), and this runs for several patterns on every
 * block of prose; `exec` on the pattern itself does not. The pattern is left at `lastIndex` 0,
 * where `matchAll` starts.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character (code point).
    if (m[0].length === 0) re.lastIndex = nextIndex(text, re.lastIndex, /[uv]/.test(re.flags));
  }
  re.lastIndex = 0;
  return out;
}

function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}
