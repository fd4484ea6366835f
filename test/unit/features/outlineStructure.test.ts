// The outline and folding read the structure only: from `analyzeStructure` they equal what the
// full analysis gives, and `completeAnalysis` of a structure is `analyzeDocument`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, analyzeStructure, completeAnalysis } from '../../../server/src/core/analyze';
import type { SourceDocument } from '../../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { documentSymbols, structureSymbols } from '../../../server/src/core/features/documentSymbols';
import { foldingRanges, structureFoldingRanges } from '../../../server/src/core/features/folding';
import { WorkspaceIndex } from '../../../server/src/core/workspace/workspaceIndex';
import { generateOfSize } from '../../../bench/generate';

const fixtures = join(__dirname, '..', '..', 'fixtures');

function sources(): SourceDocument[] {
  const out: SourceDocument[] = readdirSync(fixtures).map((f) => ({
    uri: `file:///f/${f}`,
    text: readFileSync(join(fixtures, f), 'utf8'),
    format: f.endsWith('.md') ? 'markdown' : 'plaintext',
  }));
  for (let seed = 1; seed <= 3; seed++) {
    out.push({ uri: `file:///g/${seed}.notes.md`, text: generateOfSize(seed, 30_000, 'markdown'), format: 'markdown' });
    out.push({ uri: `file:///g/${seed}.notes`, text: generateOfSize(seed, 30_000, 'plaintext'), format: 'plaintext' });
  }
  // A BOM, CRLF, a comment and bullets to fold.
  out.push({ uri: 'file:///o/bom.notes.md', text: '\uFEFF# T\r\n\r\n## Talk\r\nJane Doe @ Acme\r\n\r\n- a\r\n- b\r\n\r\n<!--\r\nnote\r\n-->\r\n', format: 'markdown' });
  return out;
}

test('outline and folding from the structure alone equal those of the full analysis', () => {
  for (const source of sources()) {
    const structure = analyzeStructure(source);
    const index = new WorkspaceIndex();
    index.put(analyzeDocument(source));
    const symbols = structureSymbols(structure);
    assert.ok(symbols.length > 0, source.uri);
    assert.deepEqual(symbols, documentSymbols(index, source.uri), source.uri);
    assert.deepEqual(structureFoldingRanges(structure), foldingRanges(index, source.uri), source.uri);
  }
});

test('the structure has nothing found in the prose; completing it gives the full analysis', () => {
  for (const source of sources()) {
    const structure = analyzeStructure(source);
    assert.deepEqual([structure.mentions, structure.claims, structure.citations, structure.urls], [[], [], [], []]);
    assert.ok(structure.blocks.length > 0, source.uri);
    assert.deepEqual(completeAnalysis(structure), analyzeDocument(source), source.uri);
  }
});

test('above maxFileSize the structure is outline only and stays so when completed', () => {
  const source = sources()[1];
  const config = { ...DEFAULT_CONFIG, maxFileSize: 100 };
  const structure = analyzeStructure(source, config);
  assert.equal(structure.outlineOnly, true);
  assert.deepEqual(completeAnalysis(structure, config), analyzeDocument(source, config));
  assert.deepEqual(structure.claims, []);
});
