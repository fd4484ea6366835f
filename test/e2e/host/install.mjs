// Installs the real VS Code host used by the end-to-end tests, idempotently, under
// .vscode-test/host (override with TALKNOTES_HOST_DIR):
//   - code-server 4.100.3 (VS Code 1.100.3, the newest line that runs on Node 20) and
//     playwright-core, from this folder's package.json + lockfile. They are deliberately NOT
//     dependencies of the extension: code-server's install scripts download binaries from
//     GitHub, which fails offline, so `npm ci` at the root must never see them.
//   - Debian packages: chromium (the browser Playwright drives; no browser download),
//     ripgrep (replaces @vscode/ripgrep's GitHub download), libkrb5-dev + build tools (native
//     modules of VS Code are rebuilt from source). Installed with apt-get when running as root.
// Why each step exists is recorded in ../../../README.md ("Testing in a real VS Code").
//
// Usage: node test/e2e/host/install.mjs        (prints the paths it installed)
// As a module: `await ensureHost()` → { entry, playwright, chromium, dir }.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const hostDir = resolve(process.env.TALKNOTES_HOST_DIR ?? join(repoRoot, '.vscode-test/host'));
const csDir = join(hostDir, 'node_modules/code-server');
const vscodeDir = join(csDir, 'lib/vscode');
const stampFile = join(hostDir, '.installed');

const APT_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'build-essential', 'python3', 'pkg-config'];
const NATIVE_MODULES = ['@parcel/watcher', '@vscode/deviceid', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty'];

const log = (msg) => console.log(`[e2e-host] ${msg}`);

/** Runs a command, inheriting output only when it fails (keeps CI logs short). */
function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...opts,
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...opts.env },
  });
  if (res.status !== 0 && !opts.allowFail) {
    process.stdout.write(res.stdout ?? '');
    process.stderr.write(res.stderr ?? '');
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${res.status}) in ${opts.cwd ?? process.cwd()}`);
  }
  return res;
}

function which(name) {
  const res = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : null;
}

export function chromiumPath() {
  return process.env.CHROMIUM ?? which('chromium') ?? which('chromium-browser');
}

function missingSystemPieces() {
  const missing = [];
  if (!chromiumPath()) missing.push('chromium');
  if (!which('rg')) missing.push('ripgrep');
  if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (!which('g++') || !which('make')) missing.push('build-essential');
  if (!which('python3')) missing.push('python3');
  return missing;
}

function ensureSystemPackages() {
  const missing = missingSystemPieces();
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !which('apt-get')) {
    throw new Error(
      `the real VS Code host needs system packages that are missing: ${missing.join(', ')}.\n` +
        `Install them (Debian/Ubuntu: sudo apt-get install -y ${APT_PACKAGES.join(' ')}) and run again,\n` +
        `or set CHROMIUM=/path/to/chromium if the browser lives elsewhere.`,
    );
  }
  log(`apt-get install ${APT_PACKAGES.join(' ')} (missing: ${missing.join(', ')})`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...APT_PACKAGES], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
}

function stamp() {
  const lock = readFileSync(join(here, 'package-lock.json'));
  return createHash('sha256').update(lock).update(process.version).digest('hex');
}

function installed() {
  return (
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8').trim() === stamp() &&
    existsSync(join(csDir, 'out/node/entry.js')) &&
    existsSync(join(vscodeDir, 'node_modules/node-pty/build/Release/pty.node')) &&
    existsSync(join(hostDir, 'node_modules/argon2/lib/binding/napi-v3/argon2.node'))
  );
}

function installHost() {
  const t0 = Date.now();
  log(`installing code-server + playwright-core into ${hostDir} (about 1.5 minutes)`);
  rmSync(hostDir, { recursive: true, force: true });
  mkdirSync(hostDir, { recursive: true });
  copyFileSync(join(here, 'package.json'), join(hostDir, 'package.json'));
  copyFileSync(join(here, 'package-lock.json'), join(hostDir, 'package-lock.json'));
  // --ignore-scripts: code-server's postinstall would build and download things in an order that
  // fails offline; the steps below do the same work explicitly.
  run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: hostDir });
  // argon2 (password hashing, loaded at start even with --auth none): node-pre-gyp falls back to
  // a source build when its prebuilt download fails.
  run('npm', ['rebuild', 'argon2'], { cwd: hostDir });
  // VS Code's own server dependencies (its package-lock pins them).
  run('npm', [existsSync(join(vscodeDir, 'package-lock.json')) ? 'ci' : 'install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: vscodeDir });
  // @vscode/ripgrep's postinstall downloads rg from GitHub and skips when bin/ exists.
  const rgBin = join(vscodeDir, 'node_modules/@vscode/ripgrep/bin');
  mkdirSync(rgBin, { recursive: true });
  copyFileSync(which('rg'), join(rgBin, 'rg'));
  chmodSync(join(rgBin, 'rg'), 0o755);
  // Native modules, compiled from source with node-gyp against this Node. node-pty's extra
  // post-step may fail on `npx` (harmless once pty.node exists), hence allowFail + the checks.
  run('npm', ['rebuild', ...NATIVE_MODULES], { cwd: vscodeDir, allowFail: true, env: { npm_config_yes: 'true' } });
  for (const f of ['node-pty/build/Release/pty.node', '@vscode/spdlog/build/Release/spdlog.node']) {
    if (!existsSync(join(vscodeDir, 'node_modules', f))) throw new Error(`native build failed: ${f} missing`);
  }
  // code-server's own postinstall: symlinks and the built-in extensions' dependencies.
  run('npm', ['rebuild', 'code-server'], { cwd: hostDir, env: { npm_config_unsafe_perm: 'true', npm_config_yes: 'true' } });
  writeFileSync(stampFile, stamp() + '\n');
  log(`host installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/** Serialises installs of concurrent runs (a directory is created atomically); a lock older than 15 minutes is stale. */
async function withLock(fn) {
  const lock = `${hostDir}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if (age > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Makes sure the host is installed and returns where its pieces are. Throws with a clear message otherwise. */
export async function ensureHost() {
  ensureSystemPackages();
  if (!installed()) await withLock(() => installed() || installHost());
  const req = createRequire(join(hostDir, 'package.json'));
  return {
    dir: hostDir,
    entry: join(csDir, 'out/node/entry.js'),
    version: JSON.parse(readFileSync(join(csDir, 'package.json'), 'utf8')).version,
    vscodeVersion: JSON.parse(readFileSync(join(vscodeDir, 'package.json'), 'utf8')).version,
    playwright: req.resolve('playwright-core'),
    chromium: chromiumPath(),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const host = await ensureHost();
    log(`ready: code-server ${host.version} at ${host.entry}; chromium ${host.chromium}`);
  } catch (err) {
    console.error(`[e2e-host] ${err.message}`);
    process.exit(1);
  }
}
