// Bundles the three entry points with esbuild: the VS Code client (vscode stays external, the
// host provides it), the language server and the CLI. Each bundle is self-contained, so the
// .vsix ships no node_modules.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'linked', logLevel: 'warning', minify: process.argv.includes('--minify') };

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

const started = Date.now();
await Promise.all(entries.map((e) => build({ ...common, ...e })));
if (!watch) console.log(`built dist/client.js, dist/server.js, dist/cli.js in ${Date.now() - started} ms`);
