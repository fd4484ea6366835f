// `npm run try`: Talk Notes in a real VS Code without installing VS Code. Starts code-server
// (installed on first use, see host/install.mjs) with the freshly built .vsix installed and a
// copy of the example notes as the workspace, prints the address to open in a browser, and
// stops everything on Ctrl+C (the whole process group: extension host, language server, watchers).
// Options: --port N (default 8080 or the next free one), --folder DIR (your own notes instead of the examples).
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureHost, repoRoot } from './host/install.mjs';
import { freePort, installVsix, makeProfile, startCodeServer, workbenchUrl } from './lib/codeServer.mjs';
import { makeWorkspace, packageVsix } from './run.mjs';

const argv = process.argv.slice(2);
const opt = (n) => {
  const i = argv.indexOf(`--${n}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

const host = await ensureHost();
const vsix = packageVsix();
const scratch = join(repoRoot, '.vscode-test/try');
rmSync(scratch, { recursive: true, force: true });
const folder = opt('folder') ? resolve(opt('folder')) : makeWorkspace(join(scratch, 'examples'));
// A normal profile: workspace trust stays on, so the restricted-mode behaviour can be tried too.
const profile = makeProfile(join(scratch, 'profile'), { 'security.workspace.trust.enabled': true, 'workbench.startupEditor': 'none' });
installVsix(host, profile, vsix);
let port = Number(opt('port') ?? 8080);
if (!opt('port')) {
  const probe = await import('node:net').then(({ createServer }) => new Promise((r) => {
    const s = createServer().once('error', () => r(false)).listen(port, '127.0.0.1', () => s.close(() => r(true)));
  }));
  if (!probe) port = await freePort();
}
const server = await startCodeServer(host, profile, { port });
// the workbench opens the afternoon example through the URL payload's `openFile`
const example = join(folder, 'bugbash26-afternoon-day1.notes');
const url = opt('folder') ? workbenchUrl(server, folder) : workbenchUrl(server, folder, [['openFile', `vscode-remote://127.0.0.1:${server.port}${example}`]]);

console.log(`\nTalk Notes is running in VS Code ${host.vscodeVersion} (code-server ${host.version})`);
console.log(`  open:      ${url}`);
console.log(`  workspace: ${folder}`);
console.log('  press Ctrl+C to stop\n');

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping code-server …');
  await server.stop();
  if (!opt('folder')) rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
process.on('SIGHUP', shutdown);
