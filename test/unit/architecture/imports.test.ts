// The architecture invariants of ARCHITECTURE.md that are about imports, checked on every
// source file: the analysis library stays pure, only the server speaks LSP, only the client
// knows VS Code, and client and server share nothing but the protocol file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  const abs = join(root, dir);
  let out: string[] = [];
  for (const name of readdirSync(abs)) {
    const p = join(abs, name);
    if (statSync(p).isDirectory()) out = out.concat(sources(relative(root, p)));
    else if (name.endsWith('.ts')) out.push(relative(root, p));
  }
  return out;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"\n]{1,300})['"]/g;

/** The modules a file imports: relative ones resolved to repository paths, packages by name. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => (m[1].startsWith('.') ? relative(root, resolve(root, dirname(file), m[1])) : m[1]));
}

interface Rule {
  layer: string;
  forbidden: (spec: string) => boolean;
  why: string;
}

const NODE_IO = /^(node:)?(fs|fs\/promises|path|child_process|http|https|net|os|worker_threads|process|readline)$/;
const LSP = /^vscode-(languageserver|languageclient|jsonrpc)/;

const rules: Rule[] = [
  {
    layer: 'server/src/core',
    forbidden: (s) => s === 'vscode' || LSP.test(s) || NODE_IO.test(s) || /^(server\/src\/(lsp|cli)|client)\//.test(s),
    why: 'the analysis library is pure: no VS Code, no LSP, no I/O, no host code',
  },
  {
    layer: 'server/src/lsp',
    forbidden: (s) => s === 'vscode' || /^vscode-languageclient/.test(s) || /^(server\/src\/cli|client)\//.test(s),
    why: 'the server converts core results to LSP; it knows neither VS Code nor the CLI',
  },
  {
    layer: 'server/src/cli',
    forbidden: (s) => s === 'vscode' || LSP.test(s) || /^(server\/src\/lsp|client)\//.test(s),
    why: 'the CLI runs the library directly, without LSP',
  },
  {
    layer: 'client/src',
    forbidden: (s) => /^vscode-languageserver/.test(s) || (/^server\//.test(s) && !/^server\/src\/protocol\//.test(s)),
    why: 'the client is thin: it may share only the protocol types with the server',
  },
  {
    layer: 'server/src/protocol',
    forbidden: () => true,
    why: 'the protocol file is shared by both sides and imports nothing',
  },
];

for (const rule of rules) {
  test(`architecture invariant: ${rule.layer} — ${rule.why}`, () => {
    const files = sources(rule.layer);
    assert.ok(files.length > 0, `no sources under ${rule.layer}`);
    const broken = files.flatMap((f) => importsOf(f).filter(rule.forbidden).map((s) => `${f} imports ${s}`));
    assert.deepEqual(broken, []);
  });
}

test('the import scanner sees relative and package imports (so the rules above can fail)', () => {
  const found = importsOf('server/src/cli/main.ts');
  assert.ok(found.includes('node:url'));
  assert.ok(found.includes('server/src/core/workspace/workspaceIndex'));
});
