// Request latency over stdio (issue 8: "request p99 ≤ 2x an empty server answering with a
// result of the same size"): the one implementation behind the `requests` case of `npm run bench`
// and, run directly, a focused driver:
//
//   node --import tsx bench/requests.ts [--server dist/server.js] [--build DIR] [--files 100] [--bytes 100000]
//                                       [--requests 1000] [--rounds 3] [--methods hover,references] [--keep DIR]
//                                       [--settle MS] [--server-flags "--cpu-prof --cpu-prof-dir=DIR"]
//
// Three servers answer the same requests, one request at a time, INTERLEAVED: for each position
// the real server, the "same-size" empty server (told the real server's answer just before, so it
// sends the same bytes) and the null-result empty server are asked in turn, the order rotating.
// Load on the shared machine then falls on the three alike, so the ratio holds still even when
// the absolute figures move (measured one server after another, the empty server's p99 moved
// between 0.27 and 2.1 ms from run to run). Each round starts fresh servers; the verdict is the
// median of the rounds' ratios, printed with their spread. Next to the wall clock, each server's
// CPU time per request (bench/requestCpu.cjs, garbage collection included) gives the same ratio
// without the machine's load in it: on a shared machine that is the figure to compare versions by.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../server/src/core/analyze';
import { writeWorkspace } from './generate';
import { median, ms, quantile } from './lib';
import { BenchClient } from './lspClient';

export const REQUEST_METHODS = ['textDocument/hover', 'textDocument/definition', 'textDocument/references'] as const;
export type RequestMethod = (typeof REQUEST_METHODS)[number];

/** Latencies (ms, wall clock at the client) of one round, per server and method. */
export interface RequestRound {
  real: Record<string, number[]>;
  same: Record<string, number[]>;
  empty: Record<string, number[]>;
  /** CPU time (ms) each server spent per request (bench/requestCpu.cjs); empty when a server left no figures. */
  cpu: { real: Record<string, number[]>; same: Record<string, number[]>; empty: Record<string, number[]> };
}

/** p50/p99 of the servers' CPU time per request, medians over the rounds (null without figures). */
export interface CpuSummary {
  p50: number;
  p99: number;
  sameP50: number;
  sameP99: number;
  ratio: number;
  ratioMin: number;
  ratioMax: number;
}

/** Figures of one method over the rounds. */
export interface MethodSummary {
  method: RequestMethod;
  /** Per round: p50 and p99 of the real server, the same-size server and the null server, and p99 real / p99 same-size. */
  rounds: { p50: number; p99: number; sameP50: number; sameP99: number; nullP50: number; nullP99: number; ratio: number }[];
  /** Medians over the rounds. */
  p50: number;
  p99: number;
  sameP50: number;
  sameP99: number;
  nullP99: number;
  ratio: number;
  /** Smallest and largest ratio of a round (how noisy the verdict is). */
  ratioMin: number;
  ratioMax: number;
  /** Mean size of a response in bytes (JSON). */
  bytes: number;
  /** The same figures in server CPU time per request, immune to the machine's load. */
  cpu: CpuSummary | null;
}

export interface RequestOptions {
  /** Command line of the real server (node arguments), e.g. [dist/server.js, --stdio]. */
  serverArgs: string[];
  /** Workspace folder the real server indexes, and its files. */
  dir: string;
  files: readonly string[];
  requests: number;
  rounds?: number;
  methods?: readonly RequestMethod[];
  timeoutMs?: number;
  /**
   * Pause between the first diagnostics of the opened file and the first request (default 0:
   * requests start at once, so work the server does after opening competes with them).
   */
  settleMs?: number;
  /** Called with a line of progress. */
  log?: (line: string) => void;
}

const WARMUP = 30;

/** Where requests go: mentions, talk titles, speaker names and claims of the first plain-text file. */
export function requestTargets(files: readonly string[], requests: number): { uri: string; text: string; positions: { line: number; character: number }[] } | null {
  const file = files.find((f) => !f.endsWith('.md'));
  if (!file) return null;
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  const doc = analyzeDocument({ uri, text, format: 'plaintext' });
  const targets = [
    ...doc.mentions.map((m) => m.range.start),
    ...doc.talks.flatMap((t) => [t.titleRange.start, ...t.speakers.map((s) => s.nameRange.start)]),
    ...doc.claims.map((c) => c.range.start),
  ].map((p) => ({ line: p.line, character: p.character + 1 }));
  if (targets.length === 0) return null;
  return { uri, text, positions: Array.from({ length: requests }, (_, i) => targets[(i * 7919) % targets.length]) };
}

/** Runs the rounds and summarises them per method; null when the workspace has no target. */
export async function measureRequests(o: RequestOptions): Promise<MethodSummary[] | null> {
  const at = requestTargets(o.files, o.requests);
  if (!at) return null;
  const methods = o.methods ?? REQUEST_METHODS;
  const rounds: RequestRound[] = [];
  const bytes: Record<string, number> = {};
  // Every server runs under the CPU watch (BENCH_NO_CPU=1 leaves it out, e.g. while profiling).
  const watch = process.env.BENCH_NO_CPU ? [] : ['--require', join(__dirname, 'requestCpu.cjs')];
  const cpuDir = mkdtempSync(join(tmpdir(), 'talknotes-cpu-'));
  const savedCpuDir = process.env.BENCH_CPU_DIR;
  process.env.BENCH_CPU_DIR = cpuDir;
  try {
    for (let r = 0; r < (o.rounds ?? 1); r++) rounds.push(await oneRound(o, at, methods, watch, cpuDir, r, r === 0 ? bytes : undefined));
  } finally {
    if (savedCpuDir === undefined) delete process.env.BENCH_CPU_DIR;
    else process.env.BENCH_CPU_DIR = savedCpuDir;
    rmSync(cpuDir, { recursive: true, force: true });
  }
  return methods.map((method) => {
    const per = rounds.map((round) => {
      const p99 = quantile(round.real[method], 0.99);
      const sameP99 = quantile(round.same[method], 0.99);
      return {
        p50: quantile(round.real[method], 0.5),
        p99,
        sameP50: quantile(round.same[method], 0.5),
        sameP99,
        nullP50: quantile(round.empty[method], 0.5),
        nullP99: quantile(round.empty[method], 0.99),
        ratio: p99 / sameP99,
      };
    });
    const ratios = per.map((p) => p.ratio);
    const withCpu = rounds.filter((round) => round.cpu.real[method]?.length && round.cpu.same[method]?.length);
    const cpuPer = withCpu.map((round) => ({
      p50: quantile(round.cpu.real[method], 0.5),
      p99: quantile(round.cpu.real[method], 0.99),
      sameP50: quantile(round.cpu.same[method], 0.5),
      sameP99: quantile(round.cpu.same[method], 0.99),
    }));
    const cpuRatios = cpuPer.map((c) => c.p99 / c.sameP99);
    const cpu: CpuSummary | null =
      cpuPer.length === 0
        ? null
        : {
            p50: median(cpuPer.map((c) => c.p50)),
            p99: median(cpuPer.map((c) => c.p99)),
            sameP50: median(cpuPer.map((c) => c.sameP50)),
            sameP99: median(cpuPer.map((c) => c.sameP99)),
            ratio: median(cpuRatios),
            ratioMin: Math.min(...cpuRatios),
            ratioMax: Math.max(...cpuRatios),
          };
    return {
      method,
      rounds: per,
      p50: median(per.map((p) => p.p50)),
      p99: median(per.map((p) => p.p99)),
      sameP50: median(per.map((p) => p.sameP50)),
      sameP99: median(per.map((p) => p.sameP99)),
      nullP99: median(per.map((p) => p.nullP99)),
      ratio: median(ratios),
      ratioMin: Math.min(...ratios),
      ratioMax: Math.max(...ratios),
      bytes: Math.round((bytes[method] ?? 0) / at.positions.length),
      cpu,
    };
  });
}

/** One round: fresh servers, warm-up, then every position asked of the three servers in turn. */
async function oneRound(
  o: RequestOptions,
  at: NonNullable<ReturnType<typeof requestTargets>>,
  methods: readonly RequestMethod[],
  watch: string[],
  cpuDir: string,
  r: number,
  bytes: Record<string, number> | undefined,
): Promise<RequestRound> {
  const timeout = o.timeoutMs ?? 600_000;
  const { uri, text, positions } = at;
  const emptyServer = join(__dirname, 'emptyServer.mjs');
  const paramsOf = (method: string, position: { line: number; character: number }) =>
    method === 'textDocument/references' ? { textDocument: { uri }, position, context: { includeDeclaration: true } } : { textDocument: { uri }, position };
  const real = await BenchClient.start([...watch, ...o.serverArgs], pathToFileURL(o.dir).href);
  const same = await BenchClient.start([...watch, emptyServer, '--stdio'], null);
  const empty = await BenchClient.start([...watch, emptyServer, '--stdio'], null);
  const round: RequestRound = { real: {}, same: {}, empty: {}, cpu: { real: {}, same: {}, empty: {} } };
  try {
    const started = performance.now();
    await real.waitFor((n) => n.method === 'talkNotes/indexed', timeout);
    o.log?.(`round ${r + 1}: indexed (${ms(performance.now() - started)} after initialize)`);
    for (const c of [real, same, empty]) await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'talknotes', version: 1, text } });
    await real.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri, timeout).catch(() => 0);
    if (o.settleMs) await new Promise((res) => setTimeout(res, o.settleMs));
    for (const method of methods) {
      const ask = async (i: number, record: boolean): Promise<void> => {
        const params = paramsOf(method, positions[i % positions.length]);
        let answer: unknown = null;
        const timed = async (c: BenchClient): Promise<number> => {
          const s = performance.now();
          const res = await c.connection.sendRequest(method, params);
          const took = performance.now() - s;
          if (c === real) answer = res;
          return took;
        };
        // The same-size server must know the real answer before it is asked: it comes after the
        // real one; the null server's place rotates, so no server always follows another.
        const tell = () => same.connection.sendRequest('bench/setResponse', { method, params, result: answer });
        let tr: number, ts: number, te: number;
        if (i % 3 === 0) {
          tr = await timed(real);
          await tell();
          ts = await timed(same);
          te = await timed(empty);
        } else if (i % 3 === 1) {
          te = await timed(empty);
          tr = await timed(real);
          await tell();
          ts = await timed(same);
        } else {
          tr = await timed(real);
          await tell();
          te = await timed(empty);
          ts = await timed(same);
        }
        if (!record) return;
        (round.real[method] ??= []).push(tr);
        (round.same[method] ??= []).push(ts);
        (round.empty[method] ??= []).push(te);
        if (bytes) bytes[method] = (bytes[method] ?? 0) + Buffer.byteLength(JSON.stringify(answer));
      };
      for (let i = 0; i < WARMUP; i++) await ask(i, false);
      for (let i = 0; i < positions.length; i++) await ask(i, true);
    }
  } finally {
    await Promise.all([real.stop(), same.stop(), empty.stop()]);
  }
  round.cpu = { real: cpuOf(cpuDir, real, methods), same: cpuOf(cpuDir, same, methods), empty: cpuOf(cpuDir, empty, methods) };
  return round;
}

/** The CPU samples a server left (bench/requestCpu.cjs), per method, warm-up dropped; {} when it left none. */
function cpuOf(dir: string, client: BenchClient, methods: readonly string[]): Record<string, number[]> {
  try {
    const all = JSON.parse(readFileSync(join(dir, `${client.child.pid}.json`), 'utf8')) as Record<string, number[]>;
    const out: Record<string, number[]> = {};
    for (const m of methods) if (all[m] && all[m].length > WARMUP) out[m] = all[m].slice(WARMUP).map((us) => us / 1000);
    return out;
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const root = join(__dirname, '..');
  let server = resolve(opt('server') ?? join(root, 'dist/server.js'));
  const buildDir = opt('build');
  if (buildDir) {
    // A private bundle, so a teammate rebuilding dist/ mid-run cannot change what is measured.
    const b = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', resolve(buildDir)], { cwd: root, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed: ${(b.stderr || b.stdout).slice(0, 500)}`);
    server = join(resolve(buildDir), 'server.js');
  }
  const files = Number(opt('files') ?? 100);
  const bytesPerFile = Number(opt('bytes') ?? 100_000);
  const requests = Number(opt('requests') ?? 1000);
  const rounds = Number(opt('rounds') ?? 3);
  const methods = (opt('methods')?.split(',').map((m) => `textDocument/${m}`) ?? REQUEST_METHODS) as RequestMethod[];
  const keep = opt('keep');
  const settleMs = Number(opt('settle') ?? 0);
  const tmp = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'talknotes-requests-'));
  try {
    const dir = join(tmp, 'ws');
    // Seed 31, as the requests case of `npm run bench`.
    const ws = writeWorkspace(dir, files, bytesPerFile, 31);
    console.log(`${ws.files.length} files, ${(ws.bytes / 1e6).toFixed(1)} MB; ${requests} requests per method, ${rounds} round(s); server ${server}; load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
    // --server-flags "--cpu-prof --cpu-prof-dir=DIR": node options of the real server only (profiling).
    const flags = opt('server-flags')?.split(' ').filter((f) => f.length > 0) ?? [];
    const result = await measureRequests({ serverArgs: [...flags, server, '--stdio'], dir, files: ws.files, requests, rounds, methods, settleMs, log: (l) => console.log(`  ${l}`) });
    if (!result) throw new Error('no request targets in the workspace');
    for (const m of result) {
      const name = m.method.split('/')[1];
      console.log(`\n${name} (${m.bytes} bytes a response):`);
      m.rounds.forEach((p, i) =>
        console.log(`  round ${i + 1}: real p50 ${ms(p.p50)} p99 ${ms(p.p99)} | same-size p50 ${ms(p.sameP50)} p99 ${ms(p.sameP99)} | null p50 ${ms(p.nullP50)} p99 ${ms(p.nullP99)} | ratio ${p.ratio.toFixed(2)}x`),
      );
      console.log(`  median: real p50 ${ms(m.p50)} p99 ${ms(m.p99)} vs same-size p99 ${ms(m.sameP99)} → ${m.ratio.toFixed(2)}x (rounds ${m.ratioMin.toFixed(2)}–${m.ratioMax.toFixed(2)}x) ${m.ratio <= 2 ? 'PASS' : 'MISS'}`);
      const c = m.cpu;
      if (c) console.log(`  server CPU per request: real p50 ${ms(c.p50)} p99 ${ms(c.p99)} vs same-size p50 ${ms(c.sameP50)} p99 ${ms(c.sameP99)} → ${c.ratio.toFixed(2)}x (rounds ${c.ratioMin.toFixed(2)}–${c.ratioMax.toFixed(2)}x)`);
    }
    console.log(`\nload at the end ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  } finally {
    if (!keep) rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
