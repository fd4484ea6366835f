// Builds minified bundles and packs them into talk-notes-<version>.vsix with @vscode/vsce.
// `--no-dependencies`: the bundles are self-contained, so no node_modules go into the package;
// .vscodeignore lists exactly what ships. Prints the path of the .vsix (last line of output).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = process.env.TALKNOTES_VSIX ?? join(root, `${name}-${version}.vsix`);

function run(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (res.status !== 0) {
    console.error(`${cmd} ${args.join(' ')} failed with exit code ${res.status}`);
    process.exit(res.status ?? 1);
  }
}

run(process.execPath, [join(root, 'scripts/build.mjs'), '--minify']);
const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
run(process.execPath, [vsce, 'package', '--no-dependencies', '--no-update-package-json', '--out', out]);
console.log(`${out} (${(statSync(out).size / 1024).toFixed(0)} KiB)`);
