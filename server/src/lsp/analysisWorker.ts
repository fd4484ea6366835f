import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { SourceDocument } from '../core/analyze';
import { analyzeDocument } from '../core/analyze';
import type { NotesConfig } from '../core/config';
import type { PackedAnalysis, PackedWire } from './packedDocument';
import { fromWire, packForWire, packHere } from './packedDocument';

/** Marks the worker started by `BackgroundAnalyser` (same bundle, other role). */
const WORKER_FLAG = 'talkNotesAnalysisWorker';

interface Job {
  id: number;
  source: SourceDocument;
  config: NotesConfig;
}

/** True in the thread `BackgroundAnalyser` starts: the entry then serves analysis jobs only. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && !!(workerData as Record<string, unknown> | null)?.[WORKER_FLAG];
}

/** The worker side: analyses each posted document and posts it back packed (`packedDocument.ts`). */
export function serveAnalysisJobs(): void {
  parentPort?.on('message', (job: Job) => {
    let wire: PackedWire | null = null;
    try {
      wire = packForWire(analyzeDocument(job.source, job.config));
    } catch {
      wire = null;
    }
    // The bytes move to the main thread instead of being copied.
    parentPort?.postMessage({ id: job.id, wire }, wire ? [wire.bytes.buffer as ArrayBuffer] : []);
  });
}

/**
 * Analyses files that are not open (the start-up scan, file events) on a worker thread, so a
 * large file on disk never holds up a request on the active document: the main thread only
 * stores the result, packed (`PackedAnalysis`: the tables as objects, the rest compressed), as
 * the server keeps every file that is not open. When no worker can run (or it dies), analysis
 * and packing fall back to the main thread.
 */
/** How long the worker may sit idle before it is stopped (see `retireWhenIdle`). */
const IDLE_MS = 2_000;

export class BackgroundAnalyser {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (result: PackedAnalysis) => void; job: Job }>();
  private idleTimer: NodeJS.Timeout | undefined;

  /** Called when an idle worker has been stopped. */
  onRetired: () => void = () => undefined;

  constructor(
    private readonly script: string,
    private readonly onError: (err: unknown) => void,
    private readonly idleMs = IDLE_MS,
  ) {}

  /** Whether a worker thread is running now (it stops when idle, see `retireWhenIdle`). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  analyse(source: SourceDocument, config: NotesConfig): Promise<PackedAnalysis> {
    const job: Job = { id: this.nextId++, source, config };
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(analyseHere(job));
    clearTimeout(this.idleTimer);
    return new Promise((resolve) => {
      this.pending.set(job.id, { resolve, job });
      try {
        worker.postMessage(job);
      } catch (err) {
        this.pending.delete(job.id);
        this.onError(err);
        resolve(analyseHere(job));
      }
    });
  }

  dispose(): void {
    clearTimeout(this.idleTimer);
    const w = this.worker;
    this.worker = undefined;
    this.failed = true;
    void w?.terminate().catch(() => undefined);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const w = new Worker(this.script, { workerData: { [WORKER_FLAG]: true } });
      // The worker must not keep the process alive after `exit`.
      w.unref();
      w.on('message', (m: { id: number; wire: PackedWire | null }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        p.resolve(m.wire ? fromWire(m.wire) : analyseHere(p.job));
        if (this.pending.size === 0) this.retireWhenIdle(w);
      });
      w.on('error', (err) => this.abandon(err));
      w.on('exit', (code) => {
        if (this.worker === w) this.abandon(new Error(`analysis worker exited with code ${code}`));
      });
      this.worker = w;
    } catch (err) {
      this.failed = true;
      this.onError(err);
    }
    return this.worker;
  }

  /**
   * A worker's heap grows to what its largest jobs needed and stays that size: after the start-up
   * scan that is as much memory again as the index itself. With nothing queued for a while the
   * worker is stopped; the next job starts a fresh one (tens of milliseconds, off the main thread).
   */
  private retireWhenIdle(w: Worker): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.worker !== w || this.pending.size > 0) return;
      this.worker = undefined;
      void w
        .terminate()
        .catch(() => undefined)
        .then(() => this.onRetired());
    }, this.idleMs);
    this.idleTimer.unref();
  }

  /** The worker is gone: finish its jobs here and analyse on the main thread from now on. */
  private abandon(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.worker = undefined;
    this.onError(err);
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.resolve(analyseHere(p.job));
    }
  }
}

/** A job done on this thread (no worker, or the worker failed), stored the same way. */
function analyseHere(job: Job): PackedAnalysis {
  return packHere(analyzeDocument(job.source, job.config));
}
