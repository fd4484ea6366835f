// Entry point VS Code calls in the extension host (`extensionTestsPath`): runs every
// *.test.js compiled next to this file with mocha and rejects when a test fails, which makes
// VS Code report a non-zero exit code through `codeAutomationExit`.
import * as fs from 'fs';
import * as path from 'path';

export function run(): Promise<void> {
  // Required at run time from the repository's node_modules (kept external by the bundler) so
  // the test files and this runner share one mocha instance.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mochaModule = require('mocha');
  const Mocha = mochaModule.default ?? mochaModule;
  const grep = process.env.TALKNOTES_E2E_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, slow: 5_000, ...(grep ? { grep: new RegExp(grep) } : {}) });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures: number) => (failures > 0 ? reject(new Error(`${failures} e2e test(s) failed`)) : resolve()));
  });
}
