// Bundles the three entry points with esbuild: the VS Code client (vscode stays external, the
// host provides it), the language server and the CLI. Each bundle is self-contained, so the
// .vsix ships no node_modules.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
// --outdir DIR: bundles elsewhere (scripts/package.mjs stages the .vsix without touching dist/)
const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg > 0 ? process.argv[outdirArg + 1] : 'dist';
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'linked', logLevel: 'warning', minify: process.argv.includes('--minify') };

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/client.js`, external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: `${outdir}/server.js` },
  { entryPoints: ['server/src/cli/main.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' } },
];

const started = Date.now();
await Promise.all(entries.map((e) => build({ ...common, ...e })));
if (!watch) console.log(`built dist/client.js, dist/server.js, dist/cli.js in ${Date.now() - started} ms`);
