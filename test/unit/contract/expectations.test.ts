// The public expectations (SPEC examples) hold for the library's JSON export, for the whole
// example folder indexed in one run and for the plain-text files on their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { WorkspaceIndex } from '../../../server/src/core/workspace/workspaceIndex';
import { exportIndex } from '../../../server/src/core/export/json';
import { checkExpectations } from './expectations';

const fixtures = join(__dirname, '..', '..', 'fixtures');
const expectedDir = join(__dirname, '..', '..', 'expected');
const expectations = readdirSync(expectedDir).map((n) => JSON.parse(readFileSync(join(expectedDir, n), 'utf8')));

function indexOf(names: string[]) {
  const index = new WorkspaceIndex();
  for (const name of names) {
    index.upsert({ uri: `file:///ws/${name}`, text: readFileSync(join(fixtures, name), 'utf8'), format: name.endsWith('.md') ? 'markdown' : 'plaintext' });
  }
  return exportIndex(index, (uri) => uri.slice('file:///ws/'.length));
}

test('every public expectation holds when the example folder is indexed in one run', () => {
  const r = checkExpectations(indexOf(readdirSync(fixtures).filter((n) => /\.(notes|md)$/.test(n))), expectations);
  assert.deepEqual(r.failures, []);
  assert.ok(r.passed > 100, `only ${r.passed} expectations checked`);
});

test('the plain-text examples meet their expectations on their own', () => {
  const plain = ['bugbash26-afternoon-day1.notes', 'unicode-crlf.notes'];
  const r = checkExpectations(indexOf(plain), expectations.filter((e) => plain.includes(e.file)));
  assert.deepEqual(r.failures, []);
});
