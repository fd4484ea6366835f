// Starting and stopping a private code-server (VS Code 1.100.3's server + web workbench) and
// opening its workbench in headless Chromium. Shared by the e2e runner, the UI check and `npm run try`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { get } from 'node:http';
import { join } from 'node:path';
import { createRequire } from 'node:module';

/** Settings for a fresh profile: no trust prompt, no welcome page, nothing reaching the network. */
export const TEST_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
};

/** A free TCP port on 127.0.0.1 (the OS picks it; released before code-server binds it). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/** Creates user-data and extensions folders under `dir` with the given user settings. */
export function makeProfile(dir, settings = {}) {
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions, { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({ ...TEST_SETTINGS, ...settings }, null, 2));
  // Without --config code-server writes ~/.config/code-server/config.yaml; keep everything here.
  writeFileSync(join(dir, 'config.yaml'), 'auth: none\n');
  return { dir, userData, extensions, config: join(dir, 'config.yaml') };
}

function baseArgs(profile) {
  return ['--config', profile.config, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions];
}

/** Installs a .vsix into the profile's extensions folder with code-server's own CLI. */
export function installVsix(host, profile, vsix) {
  const res = spawnSync(process.execPath, [host.entry, ...baseArgs(profile), '--install-extension', vsix, '--force'], { encoding: 'utf8' });
  if (res.status !== 0 || !/successfully installed/i.test(res.stdout + res.stderr)) {
    throw new Error(`installing ${vsix} failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
  }
  const list = spawnSync(process.execPath, [host.entry, ...baseArgs(profile), '--list-extensions', '--show-versions'], { encoding: 'utf8' });
  return list.stdout.trim().split('\n').filter(Boolean);
}

function healthy(port) {
  return new Promise((r) => {
    get(`http://127.0.0.1:${port}/healthz`, (res) => {
      res.resume();
      r(res.statusCode === 200);
    }).on('error', () => r(false));
  });
}

/**
 * Starts code-server in its own process group (so stop() also ends the extension host, the
 * file watcher and our language server, which would otherwise outlive it).
 */
export async function startCodeServer(host, profile, { port, env = {}, log = () => {}, folder } = {}) {
  port ??= await freePort();
  const child = spawn(process.execPath, [host.entry, ...baseArgs(profile), '--bind-addr', `127.0.0.1:${port}`, ...(folder ? [folder] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    detached: true,
  });
  child.stdout.on('data', (d) => log(String(d)));
  child.stderr.on('data', (d) => log(String(d)));
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let i = 0; i < 240 && !exited && !(await healthy(port)); i++) await new Promise((r) => setTimeout(r, 250));
  if (exited || !(await healthy(port))) throw new Error(`code-server did not start on port ${port}`);
  let stopped;
  const stop = () =>
    (stopped ??= new Promise((done) => {
      const kill = (sig) => {
        try {
          process.kill(-child.pid, sig);
        } catch {
          /* already gone */
        }
      };
      kill('SIGTERM');
      const t = setTimeout(() => {
        kill('SIGKILL');
        done();
      }, 2000);
      child.once('exit', () => {
        // the group may still hold the extension host or watchers for a moment
        setTimeout(() => {
          kill('SIGKILL');
          clearTimeout(t);
          done();
        }, 300);
      });
    }));
  return { port, pid: child.pid, origin: `http://127.0.0.1:${port}`, stop };
}

/** The workbench URL for a folder, with an optional payload (extension development/test paths). */
export function workbenchUrl(server, folder, payload) {
  const params = new URLSearchParams();
  if (folder) params.set('folder', folder);
  if (payload) params.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${params.toString()}`;
}

/** Launches Debian's chromium headless through playwright-core (no browser download). */
export async function launchBrowser(host) {
  const { chromium } = createRequire(host.playwright)('playwright-core');
  return chromium.launch({
    executablePath: host.chromium,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
