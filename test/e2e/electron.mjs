// `npm run test:vscode`: the same e2e suite with @vscode/test-electron 2.5.2 (3.x needs Node 22),
// the standard runner on machines that can download VS Code (it fetches a VS Code build into
// .vscode-test/ on first use). This machine cannot reach update.code.visualstudio.com, so here it
// stops at the download with a clear message; `npm run test:e2e` is the runner used in CI.
// The extension is loaded from this checkout (extensionDevelopmentPath) after `npm run build`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './host/install.mjs';
import { compileSuite, makeWorkspace } from './run.mjs';

const build = spawnSync(process.execPath, [join(repoRoot, 'scripts/build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const scratch = join(repoRoot, '.vscode-test/electron');
const workspace = makeWorkspace(join(scratch, 'workspace'));
const tests = await compileSuite(join(scratch, 'out'));
try {
  const code = await runTests({
    version: process.env.VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: tests,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { TALKNOTES_E2E: '1', TALKNOTES_E2E_MODE: 'development', TALKNOTES_E2E_EXPECTED: join(repoRoot, 'test/expected') },
  });
  process.exit(code);
} catch (err) {
  console.error(`test:vscode could not run VS Code: ${err?.message ?? err}`);
  console.error('It needs to download VS Code from update.code.visualstudio.com. Without that access use `npm run test:e2e` (code-server from npm).');
  process.exit(1);
}
