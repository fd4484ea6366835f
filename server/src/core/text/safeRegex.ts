/**
 * A conservative check that a user-supplied regular expression cannot backtrack
 * catastrophically, small enough to ship in the language server (a full ReDoS checker such as
 * recheck is megabytes; the test suite uses it to cross-check this one).
 *
 * Rejected: back-references and lookarounds; a repeated group (`*`, `+`, `{n,}`, `{n,m}` with
 * m > 1) whose body contains a quantifier or an alternation (`(a+)+`, `(a|ab)*`), the shapes
 * that make backtracking exponential; patterns longer than 500 characters; patterns that do
 * not compile. What remains can at worst be polynomial in the length of one sentence, which
 * the claim finder bounds.
 */

export type RegexVerdict = { ok: true } | { ok: false; reason: string };

const MAX_PATTERN = 500;

interface Frame {
  quantified: boolean;
  alternation: boolean;
}

export function checkUserRegex(pattern: string, flags = 'u'): RegexVerdict {
  if (pattern.length > MAX_PATTERN) return { ok: false, reason: `longer than ${MAX_PATTERN} characters` };
  try {
    new RegExp(pattern, flags);
  } catch (err) {
    return { ok: false, reason: `not a valid regular expression (${(err as Error).message})` };
  }
  const stack: Frame[] = [{ quantified: false, alternation: false }];
  // What the next quantifier would apply to: an atom, or a just-closed group with its frame.
  let last: { group: Frame | null } | null = null;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const n = pattern[i + 1] ?? '';
      if (/[1-9]/.test(n) || (n === 'k' && pattern[i + 2] === '<')) return { ok: false, reason: 'back-references are not allowed' };
      i++;
      last = { group: null };
    } else if (c === '[') {
      i = skipClass(pattern, i);
      last = { group: null };
    } else if (c === '(') {
      if (pattern[i + 1] === '?') {
        const kind = pattern.slice(i + 2, i + 4);
        if (kind.startsWith('=') || kind.startsWith('!') || kind === '<=' || kind === '<!') return { ok: false, reason: 'lookarounds are not allowed' };
      }
      stack.push({ quantified: false, alternation: false });
      last = null;
    } else if (c === ')') {
      const frame = stack.length > 1 ? stack.pop()! : { quantified: false, alternation: false };
      last = { group: frame };
    } else if (c === '|') {
      stack[stack.length - 1].alternation = true;
      last = null;
    } else if (c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(i, i + 20)))) {
      let repeats = c !== '?';
      if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 20))!;
        repeats = m[2] !== undefined ? m[3] === '' || Number(m[3]) > 1 : Number(m[1]) > 1;
        i += m[0].length - 1;
      }
      if (pattern[i + 1] === '?') i++; // lazy
      if (last?.group && repeats && (last.group.quantified || last.group.alternation)) {
        return { ok: false, reason: 'a repeated group contains a quantifier or an alternation (catastrophic backtracking)' };
      }
      stack[stack.length - 1].quantified = true;
      if (last?.group?.quantified) stack[stack.length - 1].quantified = true;
      last = null;
    } else {
      last = { group: null };
    }
    // A closed group's own quantifiers count for the group around it.
    if (c === ')' && last?.group && (last.group.quantified || last.group.alternation)) {
      const outer = stack[stack.length - 1];
      outer.quantified ||= last.group.quantified;
      outer.alternation ||= last.group.alternation;
    }
  }
  return { ok: true };
}

/** Index of the `]` that closes the class opened at `i` (escapes and a leading `]` handled). */
function skipClass(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '^') j++;
  if (p[j] === ']') j++;
  for (; j < p.length; j++) {
    if (p[j] === '\\') j++;
    else if (p[j] === ']') return j;
  }
  return p.length;
}
