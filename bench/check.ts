// `npm run bench:check`: the benchmark regression check CI runs (issue 8 §4). Small inputs, ratios
// only (never absolute times; CPU time of the process), generous tolerance: each ratio must stay
// within TOLERANCE times the one recorded in bench/baseline.json, or within a fixed limit below. After a deliberate
// change of speed, re-record with `npm run bench:check -- --record`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, analyzeStructure } from '../server/src/core/analyze';
import { lastReanalysis, prepareIncremental, reanalyze } from '../server/src/core/incremental';
import { LineIndex } from '../server/src/core/text/lineIndex';
import { structureSymbols } from '../server/src/core/features/documentSymbols';
import { structureFoldingRanges } from '../server/src/core/features/folding';
import { generateOfSize } from './generate';
import { barePass, MarkdownPeer, time } from './lib';

const TOLERANCE = 2;
const baselineFile = join(__dirname, 'baseline.json');

async function main(): Promise<void> {
  const ratios: Record<string, number> = {};
  // Full index of plain text against the bare pass.
  const txt = generateOfSize(5, 256_000, 'plaintext');
  // Five warm-up runs: a fresh process's first megabytes run in V8's interpreter, and the check is
  // about the code, not the JIT.
  const full = await time(() => analyzeDocument({ uri: 'file:///c/a.notes', text: txt, format: 'plaintext' }), 7, 5);
  const bare = await time(() => barePass(txt), 9, 2);
  ratios.fullIndexOverBare = full.median / bare.median;
  // Linearity: time per character at 4x the size.
  const big = generateOfSize(5, 1_024_000, 'plaintext');
  const fullBig = await time(() => analyzeDocument({ uri: 'file:///c/b.notes', text: big, format: 'plaintext' }), 3, 1);
  ratios.perCharAt4xSize = fullBig.median / big.length / (full.median / txt.length);
  // A one-character edit against the full index.
  const prev = analyzeDocument({ uri: 'file:///c/a.notes', text: txt, format: 'plaintext' });
  prepareIncremental(prev);
  const at = txt.indexOf(' ', txt.length >> 1);
  const edit = { range: new LineIndex(txt).range(at, at), text: 'x' };
  const newText = txt.slice(0, at) + 'x' + txt.slice(at);
  const re = await time(() => reanalyze(prev, newText, [edit]), 21, 20);
  if (!lastReanalysis.incremental) throw new Error(`the benchmark edit did not take the incremental path: ${lastReanalysis.reason}`);
  ratios.editOverFull = re.median / full.median;
  // Markdown outline + folding of a fresh document (the structure alone, as the server answers it) against the Markdown peer.
  const md = generateOfSize(5, 256_000, 'markdown');
  const uri = 'file:///c/a.notes.md';
  // Ten warm-up runs each: at this size the first runs measure the JIT (our parser has more code to compile) more than the code.
  const ours = await time(() => {
    const doc = analyzeStructure({ uri, text: md, format: 'markdown' });
    return structureSymbols(doc).length + structureFoldingRanges(doc).length;
  }, 9, 10);
  const peer = new MarkdownPeer();
  const theirs = await time(() => peer.symbolsAndFolding(md), 9, 10);
  ratios.mdSymbolsOverPeer = ours.median / theirs.median;

  if (process.argv.includes('--record')) {
    writeFileSync(baselineFile, JSON.stringify(ratios, null, 2) + '\n');
    console.log('recorded', ratios);
    return;
  }
  const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Record<string, number>;
  // Fixed limits instead of the baseline: linear time, and the edit target (5% at 1 MB) with
  // room for the fixed costs of an edit at this small size and for noise.
  const fixed: Record<string, number> = { perCharAt4xSize: 2, editOverFull: 0.1 };
  let failed = false;
  for (const [k, v] of Object.entries(ratios)) {
    const limit = fixed[k] ?? (baseline[k] !== undefined ? baseline[k] * TOLERANCE : Infinity);
    const ok = v <= limit;
    if (!ok) failed = true;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${k}: ${v.toFixed(3)} (limit ${limit.toFixed(3)}; baseline ${baseline[k]?.toFixed(3) ?? '—'})`);
  }
  process.exit(failed ? 1 : 0);
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
