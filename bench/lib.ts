// Measuring helpers and the reference passes of `npm run bench` (issue 8 §2).
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import MarkdownIt from 'markdown-it';
import { createLanguageService, githubSlugifier, type IMdLanguageService, type IWorkspace } from 'vscode-markdown-languageservice';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';

/** Median of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The value at quantile q (0..1), nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export interface Timing {
  median: number;
  runs: number;
  samples: number[];
}

/** CPU time of this process (user + system) in milliseconds. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Median time of `fn` over `runs` runs after `warmup` runs. In-process cases measure the
 * process's CPU time, not the wall clock: the team's machine is shared (load average often
 * above 10 on 2 cores), and CPU time is what the analysis costs whatever else runs. Stops early
 * (fewer runs, said in the result) when the runs so far exceed `budgetMs`, so a super-linear
 * case cannot stall the bench.
 */
export async function time(fn: () => unknown, runs = 5, warmup = 1, budgetMs = 60_000, clock: () => number = cpuNow): Promise<Timing> {
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const s = clock();
    await fn();
    const ms = clock() - s;
    spent += ms;
    if (i >= warmup) samples.push(ms);
    if (spent > budgetMs && samples.length >= 1) break;
    if (i === 0 && warmup > 0 && ms > budgetMs / 2) {
      // One warm-up run already ate half the budget: count it as the only sample.
      samples.push(ms);
      break;
    }
  }
  return { median: median(samples), runs: samples.length, samples };
}

/** Wall-clock milliseconds (for child processes and requests over stdio). */
export const wall = (): number => performance.now();

// One combined pattern of what a line-oriented analysis looks for: URLs, citation markers, links,
// speaker-line separators, numbers with units, capitalised words.
const BARE = /https?:\/\/[^\s)]+|\[\^?[\w-]{1,20}\]|\[\[[^\]]{1,200}\]\]| @ |\d+(?:\.\d+)?(?:%|x|ms|K)?|\b[A-Z][a-z]+\b/g;

/** The practical floor of a line-oriented analysis: split lines, one combined regular expression over every line. */
export function barePass(text: string): number {
  let hits = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    BARE.lastIndex = 0;
    while (BARE.exec(line)) hits++;
  }
  return hits;
}

/** The bare pass over files read from disk (the reference for workspace and CLI cases). */
export function bareFiles(files: readonly string[]): number {
  let hits = 0;
  for (const f of files) hits += barePass(readFileSync(f, 'utf8'));
  return hits;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** `Intl.Segmenter` sentence segmentation of every line (segmenting a whole document at once is quadratic). */
export function sentencePass(text: string): number {
  let n = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.length === 0) continue;
    for (const _ of segmenter.segment(line)) n++;
  }
  return n;
}

/** `vscode-markdown-languageservice` (the service VS Code uses) with markdown-it, as VS Code sets it up. */
export class MarkdownPeer {
  private readonly service: IMdLanguageService;
  private version = 0;

  constructor() {
    const md = new MarkdownIt({ html: true });
    const never = () => ({ dispose() {} });
    const workspace: IWorkspace = {
      workspaceFolders: [],
      onDidChangeMarkdownDocument: never,
      onDidCreateMarkdownDocument: never,
      onDidDeleteMarkdownDocument: never,
      getAllMarkdownDocuments: async () => [],
      hasMarkdownDocument: () => false,
      openMarkdownDocument: async () => undefined,
      stat: async () => undefined,
      readDirectory: async () => [],
    };
    this.service = createLanguageService({
      workspace,
      parser: { slugifier: githubSlugifier, tokenize: async (doc) => md.parse(doc.getText(), {}) },
      logger: { level: 0 as never, log() {} },
    });
  }

  /** Document symbols and folding ranges of a fresh version of the text (no token cache hit). */
  async symbolsAndFolding(text: string): Promise<number> {
    const doc = TextDocument.create('file:///bench/peer.md', 'markdown', ++this.version, text);
    const token = new CancellationTokenSource().token;
    const symbols = await this.service.getDocumentSymbols(doc, { includeLinkDefinitions: true }, token);
    const folds = await this.service.getFoldingRanges(doc, token);
    return symbols.length + folds.length;
  }
}

/** Milliseconds, shown with sensible precision. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
  if (x >= 100) return `${x.toFixed(0)} ms`;
  if (x >= 1) return `${x.toFixed(1)} ms`;
  return `${(x * 1000).toFixed(0)} µs`;
}
