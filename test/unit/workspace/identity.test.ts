// Person identity across files (issue 4): one person whatever the accents or case; two people
// who share a first name in different files stay two; a first name resolves in its own file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../../server/src/core/workspace/workspaceIndex';
import { exportIndex } from '../../../server/src/core/export/json';

function workspace(files: Record<string, string>) {
  const index = new WorkspaceIndex();
  for (const [name, text] of Object.entries(files)) index.upsert({ uri: `file:///ws/${name}`, text, format: name.endsWith('.md') ? 'markdown' : 'plaintext' });
  const json = exportIndex(index, (u) => u.slice('file:///ws/'.length));
  const mentions = (file: string) => json.files.find((f) => f.file === file)!.mentions.map((m) => `${m.name}@${m.line}:${m.column} -> ${m.person} ${m.definition ? `${m.definition.file}:${m.definition.line}` : 'null'}`);
  return { index, mentions };
}

test('the same person written with and without accents, or in another case, is one person (mentions and links)', () => {
  const { index, mentions } = workspace({
    'a.notes': 'Day A\nLineage-driven fault injection\nTomás Ortega, Researcher @ Example University\nTomás showed the tool.\n',
    'b.notes': 'Day B\nHallway notes\nAda Okafor @ Globex\nAda said that Tomas Ortega gave a great demo.\n',
    'c.notes': 'Day C\nFault injection, again\nLi Wei, Researcher @ Example University\nLi built it with [[tomas ortega]].\n',
  });
  assert.deepEqual(mentions('b.notes').filter((m) => m.includes('Ortega')), ['Tomas Ortega@4:15 -> Tomás Ortega a.notes:3']);
  // Links are case- and accent-insensitive too.
  assert.deepEqual(index.resolveCrossReference('tomas ortega'), { uri: 'file:///ws/a.notes', kind: 'person', line: 2, range: index.speakersOf('tomas ortega')[0].speaker.nameRange, talk: 0 });
  assert.equal(index.mentionsOf('tomas ortega').length, 2);
});

test('two people with the same first name in different files are not merged; a first name resolves in its own file', () => {
  const { index, mentions } = workspace({
    'a.notes': 'Day A\nInformal methods\nBen Eggers, Member of Technical Staff @ OpenAI\nBen said nothing has changed.\n',
    'b.notes': 'Day B\nCricket analytics\nBen Stokes @ England\nBen showed 12 charts.\n',
  });
  assert.deepEqual(mentions('a.notes'), ['Ben@4:1 -> Ben Eggers a.notes:3']);
  assert.deepEqual(mentions('b.notes'), ['Ben@4:1 -> Ben Stokes b.notes:3']);
  assert.equal(index.speakersOf('ben eggers').length, 1);
  assert.equal(index.speakersOf('ben stokes').length, 1);
});

test('a first name with no speaker of that name in its own file is not resolved to another file', () => {
  const { mentions } = workspace({
    'a.notes': 'Day A\nInformal methods\nBen Eggers, Member of Technical Staff @ OpenAI\nBen said nothing has changed.\n',
    'b.notes': 'Day B\nStorage\nCorwin Coburn @ Google\nBen was not here, Corwin said.\n',
  });
  assert.ok(!mentions('b.notes').some((m) => m.startsWith('Ben@')), mentions('b.notes').join('\n'));
});
