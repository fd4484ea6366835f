// The .vsix ships only what the extension needs, within a size budget: runs scripts/package.mjs
// into a temporary folder and reads the zip's central directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const BUDGET = 1024 * 1024;

/** File names of a zip archive, from its central directory (no extraction needed). */
export function zipEntries(buf: Buffer): string[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'zip end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names.sort();
}

test('the .vsix holds exactly the bundles, grammar, configuration, icon, sample, media and docs, under 1 MB', () => {
  const dir = mkdtempSync(join(tmpdir(), 'talk-notes-vsix-'));
  try {
    const out = join(dir, 'talk-notes.vsix');
    // the real packaging path (minified bundles staged outside dist/), as `npm run package` runs it
    const res = spawnSync(process.execPath, [join(root, 'scripts/package.mjs')], { cwd: root, encoding: 'utf8', env: { ...process.env, TALKNOTES_VSIX: out } });
    assert.equal(res.status, 0, `npm run package failed:\n${res.stdout}\n${res.stderr}`);
    const size = statSync(out).size;
    assert.ok(size < BUDGET, `the .vsix is ${size} bytes, over the ${BUDGET}-byte budget`);

    const files = zipEntries(readFileSync(out)).filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length));
    const walkthrough = ['claims.md', 'hover.md', 'open-sample.md', 'outline.md'].map((f) => `media/walkthrough/${f}`);
    const expected = [
      'changelog.md', // vsce lower-cases the README and CHANGELOG names and renames LICENSE
      'LICENSE.txt',
      ...(existsSync(join(root, 'README.md')) ? ['readme.md'] : []),
      'dist/client.js',
      'dist/server.js',
      'images/icon.png',
      'language-configuration.json',
      ...walkthrough,
      'package.json',
      'samples/sample.notes',
      'syntaxes/talknotes.tmLanguage.json',
    ].sort();
    assert.deepEqual(files, expected);

    // every path the manifest points at is inside the package
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const referenced = [
      manifest.main.replace(/^\.\//, '').replace(/(\.js)?$/, '.js'),
      manifest.icon,
      ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration.replace(/^\.\//, '')),
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path.replace(/^\.\//, '')),
      ...manifest.contributes.walkthroughs.flatMap((w: { steps: { media: { markdown?: string; image?: string } }[] }) => w.steps.map((s) => s.media.markdown ?? s.media.image)),
    ];
    for (const f of referenced) assert.ok(files.includes(f), `${f} (referenced by package.json) is packaged`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the $talknotes problem matcher reads every line of `talknotes check`', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === 'talknotes');
  assert.ok(matcher, 'a problem matcher named talknotes');
  const re = new RegExp(matcher.pattern.regexp);
  const res = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', 'test/fixtures', '--fail-on', 'error'], { cwd: root, encoding: 'utf8' });
  const lines = res.stdout.split('\n').filter((l) => l.trim() !== '');
  assert.ok(lines.length > 0, `talknotes check printed diagnostics:\n${res.stderr}`);
  for (const line of lines) {
    const m = re.exec(line);
    assert.ok(m, `matched: ${line}`);
    const file = m[matcher.pattern.file];
    assert.ok(existsSync(join(root, file)), `file ${file} exists`);
    assert.ok(Number(m[matcher.pattern.line]) >= 1 && Number(m[matcher.pattern.column]) >= 1);
    assert.match(m[matcher.pattern.severity], /^(error|warning|information|hint)$/);
    assert.match(m[matcher.pattern.code], /^[a-z]+(-[a-z]+)*$/);
    assert.ok(m[matcher.pattern.message].length > 0);
  }
});
