// Architecture invariant: every regular expression in the product runs in linear time.
// Each regex literal (and `new RegExp('…')` with a literal pattern) in the shipped sources is
// found with the TypeScript parser and checked by recheck, a ReDoS checker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';

const root = resolve(__dirname, '..', '..', '..');
const SHIPPED = ['server/src', 'client/src'];

function sources(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(sources(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

/** Regex literals and `new RegExp("literal", "flags")` calls of one file. */
export function regexesOf(file: string, text = readFileSync(file, 'utf8')): FoundRegex[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: FoundRegex[] = [];
  const where = (n: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = n.getText();
      const end = lit.lastIndexOf('/');
      out.push({ where: where(n), source: lit.slice(1, end), flags: lit.slice(end + 1) });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      const [p, f] = n.arguments ?? [];
      if (p && ts.isStringLiteralLike(p)) out.push({ where: where(n), source: p.text, flags: f && ts.isStringLiteralLike(f) ? f.text : '' });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

test('the regex finder sees literals and RegExp constructions (so the check below can fail)', () => {
  const found = regexesOf('x.ts', "const a = /(a+)+$/g; const b = new RegExp('x*y', 'u');");
  assert.deepEqual(found.map((r) => [r.source, r.flags]), [['(a+)+$', 'g'], ['x*y', 'u']]);
  assert.equal(checkSync('(a+)+$', '').status, 'vulnerable');
});

test('every regular expression in server/src and client/src is safe from catastrophic backtracking', () => {
  const all = SHIPPED.flatMap((d) => sources(join(root, d))).flatMap((f) => regexesOf(f));
  assert.ok(all.length > 10, `found only ${all.length} regular expressions`);
  const unsafe: string[] = [];
  const seen = new Map<string, string>();
  for (const r of all) {
    const key = `/${r.source}/${r.flags}`;
    let status = seen.get(key);
    if (!status) {
      const res = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
      status = res.status === 'vulnerable' ? `vulnerable (${res.complexity.type}, attack ${JSON.stringify(res.attack.pattern)})` : res.status;
      seen.set(key, status);
    }
    if (status !== 'safe') unsafe.push(`${r.where} ${key}: ${status}`);
  }
  assert.deepEqual(unsafe, []);
});
