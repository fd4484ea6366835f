// Builds the claims dev set from annotated sources: test/claims/src/<name>.ann → the notes file
// test/claims/docs/<name> and its labels test/claims/labels/<name>.json.
//
// In a source, every sentence ends with an annotation in ⟦ ⟧ (written by hand, by a person
// reading the sentence, not by the analyser):
//   ⟦N⟧                 not a claim
//   ⟦C q,c @Name +⟧     a claim; kinds q=quantitative s=superlative c=comparative a=attributed
//                       g=generalization; `@Name` who made it (omitted: the note-taker, null);
//                       `+` the sentence or its block carries a source that resolves
// The label's `text` is the stretch of the line between the previous annotation and this one.
// Run: npx tsx test/claims/build.ts
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const KIND: Record<string, string> = { q: 'quantitative', s: 'superlative', c: 'comparative', a: 'attributed', g: 'generalization' };

export interface Label {
  line: number; // 1-based
  text: string;
  isClaim: boolean;
  kinds?: string[];
  attributedTo?: string | null;
  sourced?: boolean;
}

const dir = join(__dirname);
mkdirSync(join(dir, 'docs'), { recursive: true });
mkdirSync(join(dir, 'labels'), { recursive: true });
for (const file of readdirSync(join(dir, 'src')).sort()) {
  if (!file.endsWith('.ann')) continue;
  const name = file.slice(0, -4);
  const src = readFileSync(join(dir, 'src', file), 'utf8');
  const out: string[] = [];
  const labels: Label[] = [];
  src.split('\n').forEach((line, i) => {
    let clean = '';
    let last = 0;
    let segStart = 0;
    for (const m of line.matchAll(/ ?⟦([^⟧]*)⟧/g)) {
      clean += line.slice(last, m.index);
      last = m.index + m[0].length;
      let text = clean.slice(segStart).trim().replace(/^(?:[-*•]|\d+[.)])\s+/, '').replace(/^>\s*/, '');
      segStart = clean.length;
      text = text.replace(/\s+/g, ' ');
      const a = m[1].trim();
      if (a === 'N') labels.push({ line: i + 1, text, isClaim: false });
      else if (a.startsWith('C')) {
        const parts = a.slice(1).trim();
        const kinds = (/^[qscag,]+/.exec(parts)?.[0] ?? '').split(',').filter(Boolean).map((k) => KIND[k]);
        const who = /@([^+]+)/.exec(parts)?.[1].trim() ?? null;
        labels.push({ line: i + 1, text, isClaim: true, kinds, attributedTo: who, sourced: /\+\s*$/.test(parts) });
      } else throw new Error(`${file}:${i + 1}: bad annotation ${a}`);
    }
    clean += line.slice(last);
    out.push(clean);
  });
  const eol = name.includes('crlf') ? '\r\n' : '\n';
  writeFileSync(join(dir, 'docs', name), out.join(eol));
  writeFileSync(join(dir, 'labels', `${name}.json`), JSON.stringify({ file: `docs/${name}`, labels }, null, 1) + '\n');
  console.log(`${name}: ${labels.filter((l) => l.isClaim).length} claims, ${labels.filter((l) => !l.isClaim).length} non-claims`);
}
