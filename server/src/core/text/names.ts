/**
 * Identity of a person: the name with case and accents folded, so `Tomás Ortega`,
 * `Tomas Ortega` and `TOMÁS ORTEGA` are one person (SPEC §2 "People and mentions").
 */
export function personKey(name: string): string {
  // Printable ASCII words split by single spaces: decomposition, mark removal, white-space
  // folding and trimming change nothing, so lower-casing is the whole key. Most names are so,
  // and the mention scan folds a candidate at every capitalised word.
  return plainAscii(name) ? name.toLowerCase() : foldName(name);
}

/** `personKey` by definition, for names that are not plain ASCII. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Only characters `!`…`~`, with single spaces between them (none first or last). */
function plainAscii(s: string): boolean {
  const n = s.length;
  if (n === 0 || s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c > 32 && c < 127) prevSpace = false;
    else return false;
  }
  return true;
}

/** Lower-case particles that may stand between name words (`Ludwig van Beethoven`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'da', 'del', 'der', 'le', 'la', 'bin', 'al', 'di', 'du', 'dos', 'das', 'ter', 'ten']);

/** `Ben's` → `Ben`: a word without a final `'s` or `’s` (what `replace(/['’]s$/, '')` gives, without a regex per word). */
export function withoutPossessive(word: string): string {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 0x73) return word;
  const q = word.charCodeAt(n - 2);
  return q === 0x27 || q === 0x2019 ? word.slice(0, n - 2) : word;
}
