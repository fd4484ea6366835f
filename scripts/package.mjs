// `npm run package`: talk-notes-<version>.vsix with @vscode/vsce 3.7.1 (4.x needs Node 22).
// Stages the package in a temporary folder (minified bundles built there, so dist/ and anything
// running from it are left alone) and packs it with `--no-dependencies`: the bundles are
// self-contained, so no node_modules ship. .vscodeignore lists exactly what goes in.
// Output path: TALKNOTES_VSIX or ./talk-notes-<version>.vsix; printed on the last line.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = resolve(process.env.TALKNOTES_VSIX ?? join(root, `${name}-${version}.vsix`));

/** What the package is made from (.vscodeignore then picks the files inside). */
const SOURCES = ['package.json', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE', 'language-configuration.json', 'syntaxes', 'images', 'samples', 'media'];

function run(cmd, args, cwd) {
  const res = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (res.status !== 0) {
    console.error(`${cmd} ${args.join(' ')} failed with exit code ${res.status}`);
    process.exit(res.status ?? 1);
  }
}

const stage = mkdtempSync(join(tmpdir(), 'talk-notes-package-'));
try {
  for (const f of SOURCES) if (existsSync(join(root, f))) cpSync(join(root, f), join(stage, f), { recursive: true });
  run(process.execPath, [join(root, 'scripts/build.mjs'), '--minify', '--outdir', join(stage, 'dist')], root);
  run(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--no-update-package-json', '--out', out], stage);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
console.log(`${out} (${(statSync(out).size / 1024).toFixed(0)} KiB)`);
