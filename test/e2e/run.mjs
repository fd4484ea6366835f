// `npm run test:e2e`: the Talk Notes suite in a real VS Code (1.100.3, inside code-server).
//  1. installs the host if needed (test/e2e/host/install.mjs, cached under .vscode-test/host)
//  2. builds talk-notes-<version>.vsix (`npm run package`) and installs it into a fresh profile
//  3. compiles test/e2e/suite/*.test.ts with esbuild
//  4. copies the example workspace (test/fixtures + test/e2e/fixtures) to a scratch folder
//  5. opens the workbench in headless Chromium with `extensionTestsPath` in the URL payload: VS Code
//     runs the mocha suite in its Node extension host, against the INSTALLED extension, and reports
//     the exit code through `codeAutomationExit`
//  6. runs the browser-level check (ui.mjs: hover, Outline, Talks view, screenshots)
// Exit code: 0 only when every test passed. No process is left behind (process groups are killed).
//
// Options: --grep <regex> (mocha grep), --skip-ui, --ui-only, --update-screenshots (write docs/images), --no-package (reuse the .vsix), --keep (keep the scratch folder),
//          --timeout <s> (default 300), VERBOSE=1 (all extension-host and browser logs).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { ensureHost, repoRoot } from './host/install.mjs';
import { installVsix, launchBrowser, makeProfile, startCodeServer, workbenchUrl } from './lib/codeServer.mjs';
import { runUiCheck } from './ui.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const flag = (n) => argv.includes(`--${n}`);
const opt = (n, d) => {
  const i = argv.indexOf(`--${n}`);
  return i >= 0 ? argv[i + 1] : d;
};
const verbose = !!process.env.VERBOSE;
const t0 = Date.now();
const ts = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (m) => console.log(`[e2e ${ts()}] ${m}`);

/** Builds the .vsix unless one is given (TALKNOTES_VSIX or --no-package with an existing file). */
export function packageVsix(dir = repoRoot) {
  const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const vsix = process.env.TALKNOTES_VSIX ?? join(dir, `${name}-${version}.vsix`);
  if (flag('no-package') && existsSync(vsix)) return vsix;
  const res = spawnSync(process.execPath, [join(repoRoot, 'scripts/package.mjs')], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, TALKNOTES_VSIX: vsix } });
  if (res.status !== 0) {
    process.stdout.write(res.stdout);
    process.stderr.write(res.stderr);
    throw new Error('npm run package failed');
  }
  return vsix;
}

/** Copies the example notes into a scratch workspace the tests may edit. */
export function makeWorkspace(dir) {
  mkdirSync(dir, { recursive: true });
  cpSync(join(repoRoot, 'test/fixtures'), dir, { recursive: true });
  cpSync(join(here, 'fixtures'), dir, { recursive: true });
  return dir;
}

export async function compileSuite(outdir) {
  const entryPoints = readdirSync(join(here, 'suite'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(here, 'suite', f));
  rmSync(outdir, { recursive: true, force: true });
  // mocha stays external: the suite's `suite()`/`test()` must talk to the same mocha instance
  // that index.ts creates (resolved from the repository's node_modules).
  await build({ entryPoints, outdir, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], sourcemap: 'inline', logLevel: 'warning' });
  return join(outdir, 'index.js');
}

/** A manifest-only extension: VS Code runs `extensionTestsPath` only for a development extension, and this keeps Talk Notes itself the installed one. */
function writeDriver(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'talk-notes-e2e-driver', publisher: 'talknotes-tests', version: '0.0.0', engines: { vscode: '^1.91.0' } }, null, 2));
  return dir;
}

const HOST_NOISE = /^(Resolving|Resolved|Creating a socket|Updating additional|\[Service Worker\]|ChatSessionStore|Extension host agent|Started initializing default profile|Completed initializing)/;

/** Runs the mocha suite inside the extension host of a fresh code-server; resolves to its exit code. */
export async function runSuite({ host, vsix, scratch, grep, timeoutS }) {
  const workspace = makeWorkspace(join(scratch, 'workspace'));
  const profile = makeProfile(join(scratch, 'profile'));
  const installed = installVsix(host, profile, vsix);
  log(`installed ${installed.join(', ')}`);
  const tests = await compileSuite(join(scratch, 'out'));
  const driver = writeDriver(join(scratch, 'driver'));
  const server = await startCodeServer(host, profile, {
    env: { TALKNOTES_E2E: '1', TALKNOTES_E2E_GREP: grep ?? '', TALKNOTES_E2E_EXPECTED: join(repoRoot, 'test/expected') },
    log: (s) => verbose && process.stdout.write(`[code-server] ${s}`),
  });
  log(`code-server ${host.version} up on ${server.origin} (pid ${server.pid})`);
  let browser;
  try {
    browser = await launchBrowser(host);
    // clipboard permissions: VS Code's clipboard API goes through the browser's in code-server
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    let finish;
    const finished = new Promise((r) => (finish = r));
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const a = Array.isArray(args) ? args : [args];
      const line = format(...a);
      // the extension gallery (open-vsx.org) is unreachable offline; its errors are noise here
      if (verbose || !(HOST_NOISE.test(line) || /ENOTFOUND open-vsx\.org/.test(line))) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    if (verbose) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text().slice(0, 400)}`));
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    const url = workbenchUrl(server, workspace, [
      ['extensionDevelopmentPath', remote(driver)],
      ['extensionTestsPath', remote(tests)],
    ]);
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log('workbench loaded; the suite runs in the extension host');
    const timer = new Promise((r) => setTimeout(() => r('timeout'), timeoutS * 1000));
    const res = await Promise.race([finished, timer]);
    if (res === 'timeout') {
      log(`TIMEOUT: no result after ${timeoutS}s`);
      await page.screenshot({ path: join(scratch, 'timeout.png') }).catch(() => {});
      return 2;
    }
    return Number(res);
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
}

async function main() {
  const host = await ensureHost();
  log(`host ready: code-server ${host.version}, chromium ${host.chromium}`);
  const scratchRoot = join(repoRoot, '.vscode-test/e2e');
  const scratch = join(scratchRoot, `run-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  // packaged into this run's folder, so concurrent runs never share a half-written .vsix
  const vsix = flag('no-package') ? packageVsix() : packageVsix(scratch);
  log(`packaged ${vsix}`);
  let code = 0;
  try {
    if (!flag('ui-only')) {
      const suite = await runSuite({ host, vsix, scratch: join(scratch, 'suite'), grep: opt('grep'), timeoutS: Number(opt('timeout', '300')) });
      log(`extension-host suite: exit code ${suite}`);
      code ||= suite;
    }
    if (!flag('skip-ui') && !opt('grep')) {
      const ui = await runUiCheck({ host, vsix, scratch: join(scratch, 'ui'), log, verbose, makeWorkspace, updateScreenshots: flag('update-screenshots') });
      log(`browser UI check: ${ui === 0 ? 'passed' : 'FAILED'}`);
      code ||= ui;
    }
  } finally {
    if (!flag('keep')) rmSync(scratch, { recursive: true, force: true });
    else log(`kept ${scratch}`);
  }
  log(code === 0 ? 'e2e PASSED' : `e2e FAILED (exit ${code})`);
  process.exit(code);
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`[e2e] ${err?.stack ?? err}`);
    process.exit(2);
  });
}
