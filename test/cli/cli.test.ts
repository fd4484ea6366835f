// The CLI as a user runs it: the bundled dist/cli.js as a child process (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';

const root = resolve(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'test', 'fixtures');

function talknotes(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'talknotes-cli-'));
}

test('--help and --version exit 0; bad usage exits 2 with a message', () => {
  const help = talknotes(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: talknotes <command>/);
  const version = talknotes(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  for (const args of [[], ['frobnicate', 'x'], ['check'], ['check', '--format', 'xml', 'a'], ['check', '--bogus', 'a']]) {
    const r = talknotes(args);
    assert.equal(r.code, 2, `args ${JSON.stringify(args)}`);
    assert.match(r.stderr, /^talknotes: /);
  }
});

test('check prints file:line:col severity code message, 1-based, and exits by --fail-on', () => {
  const r = talknotes(['check', 'test/fixtures/bugbash26-afternoon-day1.notes']);
  const line = r.stdout.split('\n').find((l) => l.startsWith('test/fixtures/bugbash26-afternoon-day1.notes:37:83 '));
  assert.ok(line, r.stdout);
  assert.match(line!, /^test\/fixtures\/bugbash26-afternoon-day1\.notes:37:83 information unsupported-claim /);
  // Only information-level findings: below the default --fail-on warning.
  assert.equal(r.code, 0);
  assert.equal(talknotes(['check', '--fail-on', 'information', 'test/fixtures/bugbash26-afternoon-day1.notes']).code, 1);
  assert.equal(talknotes(['check', '--fail-on=none', 'test/fixtures/bugbash26-afternoon-day1.notes']).code, 0);
});

test('a broken link is a warning: exit 1 with the default --fail-on', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.notes'), 'Day\nA talk\nAda Lovelace @ Analytical Engines\nSee [[No such talk]] for more.\n');
  const r = talknotes(['check', dir]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /a\.notes:4:5 warning broken-cross-reference /);
});

test('an unreadable file exits 2 with a clear message while the other files are still analysed', () => {
  const r = talknotes(['check', 'test/fixtures/does-not-exist.notes', 'test/fixtures/unicode-crlf.notes', '--fail-on', 'information']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /talknotes: cannot read test\/fixtures\/does-not-exist\.notes: no such file or directory/);
  assert.match(r.stdout, /^test\/fixtures\/unicode-crlf\.notes:4:/m);
});

test('index --json is one object with the SPEC fields, valid against the published JSON Schema', () => {
  const r = talknotes(['index', 'test/fixtures', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.equal(json.version, 1);
  assert.deepEqual(json.files.map((f: { file: string }) => f.file), [
    'test/fixtures/bugbash26-afternoon-day1.notes',
    'test/fixtures/bugbash26-morning-day1.notes.md',
    'test/fixtures/unicode-crlf.notes',
  ]);
  const schema = JSON.parse(readFileSync(join(root, 'docs', 'talknotes-index.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const valid: boolean = validate(json);
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5)));
  const afternoon = json.files[0];
  const talk = afternoon.talks.find((t: { line: number }) => t.line === 3);
  assert.equal(talk.title, 'Informal methods');
  assert.deepEqual(talk.speakers, [{ name: 'Ben Eggers', role: 'Member of Technical Staff', org: 'OpenAI', line: 4 }]);
  assert.equal(typeof talk.summary, 'string');
  // The schema rejects a renamed field, so the check above can fail.
  assert.equal(validate({ version: 1, files: [{ ...afternoon, talks: undefined, Talks: [] }] }), false);
});

test('a single file is also printed as { version, files: [one] }; --format json is the same as --json', () => {
  const a = talknotes(['index', '--json', 'test/fixtures/unicode-crlf.notes']);
  const b = talknotes(['check', '--format', 'json', 'test/fixtures/unicode-crlf.notes']);
  assert.equal(a.code, 0);
  const ja = JSON.parse(a.stdout);
  assert.equal(ja.files.length, 1);
  assert.equal(ja.files[0].file, 'test/fixtures/unicode-crlf.notes');
  assert.deepEqual(JSON.parse(b.stdout), ja);
});

test('--format sarif is valid SARIF 2.1.0 (official schema) with 1-based UTF-16 regions', () => {
  const r = talknotes(['check', '--format', 'sarif', 'test/fixtures/bugbash26-afternoon-day1.notes']);
  const sarif = JSON.parse(r.stdout);
  const schema = JSON.parse(readFileSync(join(__dirname, 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  const valid: boolean = validate(sarif);
  assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5)));
  const result = sarif.runs[0].results.find((x: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => x.locations[0].physicalLocation.region.startLine === 37);
  assert.ok(result);
  assert.equal(result.ruleId, 'unsupported-claim');
  assert.equal(result.level, 'note');
  assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 37, startColumn: 83, endLine: 37, endColumn: 185 });
  assert.equal(validate({ version: '2.1.0', runs: [{ results: [] }] }), false, 'the validator must reject a run without a tool');
});

test('--format github prints workflow annotations', () => {
  const r = talknotes(['check', '--format', 'github', 'test/fixtures/bugbash26-afternoon-day1.notes']);
  assert.match(r.stdout, /^::notice file=test\/fixtures\/bugbash26-afternoon-day1\.notes,line=37,col=83,endLine=37,endColumn=185,title=talk-notes unsupported-claim::/m);
});

test('outline prints an indented tree with 1-based lines', () => {
  const r = talknotes(['outline', 'test/fixtures/bugbash26-afternoon-day1.notes']);
  assert.equal(r.code, 0);
  const lines = r.stdout.split('\n');
  assert.equal(lines[0], "BugBash'26 Afternoon of Day 1  (line 1)");
  assert.equal(lines[1], '  Informal methods  (line 3)');
  assert.equal(lines[2], '    speaker: Ben Eggers, Member of Technical Staff @ OpenAI');
  assert.ok(lines.includes('    Part 1: Writing code has always been where the hard part surfaced  (line 10)'));
});

test('.talknotes.json at the folder root sets severities and claim kinds', () => {
  const dir = tempDir();
  copyFileSync(join(fixtures, 'bugbash26-afternoon-day1.notes'), join(dir, 'day.notes'));
  writeFileSync(join(dir, '.talknotes.json'), JSON.stringify({ diagnostics: { severity: { 'unsupported-claim': 'error' } }, 'claims.kinds': ['generalization'] }));
  const r = talknotes(['check', dir]);
  assert.equal(r.code, 1);
  const found = r.stdout.trim().split('\n');
  assert.ok(found.length >= 2);
  assert.ok(found.every((l) => / error unsupported-claim /.test(l)), r.stdout);
  assert.ok(found.some((l) => /day\.notes:53:/.test(l)), 'Most developers… (generalization) is reported');
  assert.ok(!found.some((l) => /day\.notes:37:/.test(l)), 'superlatives are not reported when only generalizations are chosen');
});

test('folders are searched recursively for notes; other files are skipped; bad input never crashes', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'x.talknotes'), 'Only a title\n');
  writeFileSync(join(dir, 'readme.md'), '# Not notes\n');
  writeFileSync(join(dir, 'binary.notes'), Buffer.from([0, 1, 2, 255, 254, 0, 10, 13, 0xef, 0xbb, 0xbf]));
  writeFileSync(join(dir, 'empty.notes'), '');
  const r = talknotes(['index', dir, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const files = JSON.parse(r.stdout).files.map((f: { file: string }) => f.file.slice(dir.length + 1)).sort();
  assert.deepEqual(files, ['binary.notes', 'empty.notes', 'sub/x.talknotes']);
});

test('a talk with too little text has an empty summary in the JSON, not its asides', () => {
  const json = JSON.parse(talknotes(['index', '--json', 'test/fixtures/bugbash26-afternoon-day1.notes']).stdout);
  const byTitle = new Map(json.files[0].talks.map((t: { title: string; summary: string }) => [t.title, t.summary]));
  assert.equal(byTitle.get('Protocol-aware deterministic simulation testing'), '');
  assert.match(String(byTitle.get('Fast and fault-tolerant: pick two')), /^Matt talked about what he claims is the world's fastest/);
});
