// Random edits for the incremental re-analysis property test and the benchmark.
import fc from 'fast-check';
import { generateNotes, people } from '../../../bench/generate';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import type { TextEdit } from '../../../server/src/core/incremental';

/** Snippets an editing user types: words, names, markers, line ends, speaker and section lines, directives. */
export const SNIPPETS = [
  'a', 'e', ' ', '.', ',', '?', '\n', '\n\n', '[', ']', '(', ')', '1', '9', '%', '-', '*', "'s",
  'the', 'said', 'faster', 'Ben', 'Ada Okafor', 'Zoë', 'storage', 'Storage', 'Most developers',
  ' [1]', ' [2]', '[^x]', ' [[Fuzzing at scale, part 1]]', ' https://example.org/x', ' (source: https://a.example/b)',
  '\n- ', '\n1. ', '\nPart 3: More\n', '\nQ&A\n', '\nDana Whitfield, CEO @ Acme\n', '\nA new talk\nDana Whitfield, CEO @ Acme\n',
  '\n%% talknotes-disable-next-line\n', ' %% talknotes-disable-line', '\n[7]: https://example.org/seven\n', '😀', 'e\u0301',
  'Title — Dana Whitfield', '\u00a0', '\t',
];

export interface EditCase {
  text: string;
  edit: TextEdit;
  newText: string;
}

/** Applies an edit given as offsets, returning the LSP-shaped edit and the new text. */
export function makeEdit(text: string, start: number, end: number, insert: string): EditCase {
  const lines = new LineIndex(text);
  const edit: TextEdit = { range: lines.range(start, end), text: insert };
  return { text, edit, newText: text.slice(0, start) + insert + text.slice(end) };
}

/** A small generated notes file and one random edit somewhere in it. */
export const editCase: fc.Arbitrary<EditCase> = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    talks: fc.integer({ min: 1, max: 6 }),
    paragraphs: fc.integer({ min: 1, max: 4 }),
    at: fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000),
    del: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 80 })),
    insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.constant(''), fc.string({ maxLength: 3 })),
    smallCast: fc.boolean(),
  })
  .map(({ seed, talks, paragraphs, at, del, insert, smallCast }) => {
    // A small cast repeats speakers across talks, with the same name at different organisations
    // and first names shared by several people (the cases first-name rules care about).
    const base = people(seed, 4);
    const cast = smallCast ? [...base, ...base.map((p, i) => ({ ...p, org: `Other Org ${i}` })), { ...base[0], name: `${base[0].first} Zed` }] : undefined;
    const { text } = generateNotes({ seed, talks, format: 'plaintext', paragraphs, people: cast });
    let start = Math.floor(at * text.length);
    // Never split a surrogate pair: an editor does not either.
    if (start > 0 && /[\udc00-\udfff]/.test(text[start] ?? '')) start--;
    let end = Math.min(text.length, start + del);
    if (end > 0 && end < text.length && /[\udc00-\udfff]/.test(text[end] ?? '')) end++;
    return makeEdit(text, start, end, insert);
  });
