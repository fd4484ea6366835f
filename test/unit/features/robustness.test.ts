import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as F from '../../../server/src/core/features';
import type { Position } from '../../../server/src/core/model/types';
import { WorkspaceIndex } from '../../../server/src/core/workspace/workspaceIndex';
import { day1, day2, workspace, DAY1_URI } from './helpers';

const BAD_POSITIONS: Position[] = [
  { line: -1, character: 0 },
  { line: 0, character: -5 },
  { line: 1e9, character: 1e9 },
  { line: 1.5, character: 2 },
  { line: Number.NaN, character: 0 },
  null as unknown as Position,
  {} as Position,
];

function everything(index: WorkspaceIndex, uri: string, p: Position): unknown[] {
  return [
    F.documentSymbols(index, uri),
    F.hover(index, uri, p),
    F.definition(index, uri, p),
    F.references(index, uri, p, true),
    F.prepareRename(index, uri, p),
    F.rename(index, uri, p, 'New Name'),
    F.workspaceSymbols(index, uri),
    F.foldingRanges(index, uri),
    F.selectionRanges(index, uri, [p]),
    F.documentHighlights(index, uri, p),
    F.documentLinks(index, uri),
    F.completion(index, uri, p),
    F.codeLenses(index, uri),
    F.semanticTokens(index, uri),
    F.talksTree(index, uri),
    F.speakerLocation(index, uri, p),
    F.talkSummary(index, uri, p),
    F.nextTalk(index, uri, p),
    F.previousTalk(index, uri, p),
    F.nextUnsupportedClaim(index, uri, p),
  ];
}

test('unknown documents: empty results, never a throw', () => {
  const index = workspace([day1(), day2()]);
  const results = everything(index, 'file:///missing.notes', { line: 0, character: 0 });
  assert.deepEqual(results, [
    [],
    null,
    [],
    [],
    { error: F.NOT_RENAMEABLE },
    { error: F.NOT_RENAMEABLE },
    [],
    [],
    [],
    [],
    [],
    [],
    [],
    { legend: F.legend(), data: [] },
    { files: [] },
    null,
    null,
    null,
    null,
    null,
  ]);
});

test('malformed positions never throw', () => {
  const index = workspace([day1(), day2()]);
  for (const p of BAD_POSITIONS) assert.doesNotThrow(() => everything(index, DAY1_URI, p), JSON.stringify(p));
});

test('inconsistent documents (dangling indices) never throw', () => {
  const broken = day1();
  broken.claims[0].block = 99;
  broken.claims[1].talk = 42;
  broken.citations[0].definition = 7;
  broken.mentions[0].talk = 13;
  broken.talks[1].sections = [{ title: '', line: 500, titleRange: broken.talks[1].titleRange, range: broken.talks[1].range }];
  const index = workspace([broken, day2()], { outlineShowClaims: true });
  for (let line = 0; line < 20; line++) for (let character = 0; character < 120; character += 11) assert.doesNotThrow(() => everything(index, DAY1_URI, { line, character }));
});

test('odd inputs through the real analysis: empty, CR only, BOM, binary, a long single line', () => {
  const index = new WorkspaceIndex();
  const inputs: Record<string, string> = {
    'file:///empty.notes': '',
    'file:///cr.notes': 'Title\rTalk\rAnn Lee @ Org\rAnn said 90% of tests fail.\r',
    'file:///bom.notes': '\uFEFFTitle\r\nTalk\r\nAnn Lee @ Org\r\n- one\r\n- two\r\n',
    'file:///bin.notes': '\u0000\u0001\uFFFD\uD800garbage\u0007\n\u0000',
    'file:///long.notes': `Title\nTalk [[\nAnn Lee @ Org\n${'word [1] Ann [[x]] '.repeat(3000)}`,
  };
  for (const [uri, text] of Object.entries(inputs)) index.upsert({ uri, text, format: 'plaintext' });
  for (const uri of Object.keys(inputs)) {
    for (const p of [{ line: 0, character: 0 }, { line: 1, character: 3 }, { line: 3, character: 200000 }, { line: 3, character: 7 }]) {
      assert.doesNotThrow(() => everything(index, uri, p), uri);
    }
  }
  assert.deepEqual(F.foldingRanges(index, 'file:///bom.notes').filter((f) => f.startLine === 3), [{ startLine: 3, endLine: 4 }]);
});
