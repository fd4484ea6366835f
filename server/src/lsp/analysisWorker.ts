import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { SourceDocument } from '../core/analyze';
import { analyzeDocument } from '../core/analyze';
import type { NotesConfig } from '../core/config';
import type { NotesDocument } from '../core/model/types';

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

/** The worker side: analyses each posted document and posts the plain-data result back. */
export function serveAnalysisJobs(): void {
  parentPort?.on('message', (job: Job) => {
    let doc: NotesDocument | null = null;
    try {
      doc = analyzeDocument(job.source, job.config);
    } catch {
      doc = null;
    }
    parentPort?.postMessage({ id: job.id, doc });
  });
}

/**
 * Analyses files that are not open (the start-up scan, file events) on a worker thread, so a
 * large file on disk never holds up a request on the active document: the main thread only
 * stores the result. `NotesDocument` is plain data, so it crosses threads by structured clone.
 * When no worker can run (or it dies), analysis falls back to the main thread.
 */
export class BackgroundAnalyser {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (doc: NotesDocument) => void; job: Job }>();

  constructor(
    private readonly script: string,
    private readonly onError: (err: unknown) => void,
  ) {}

  analyse(source: SourceDocument, config: NotesConfig): Promise<NotesDocument> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(analyzeDocument(source, config));
    const job: Job = { id: this.nextId++, source, config };
    return new Promise((resolve) => {
      this.pending.set(job.id, { resolve, job });
      try {
        worker.postMessage(job);
      } catch (err) {
        this.pending.delete(job.id);
        this.onError(err);
        resolve(analyzeDocument(source, config));
      }
    });
  }

  dispose(): void {
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
      w.on('message', (m: { id: number; doc: NotesDocument | null }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        p.resolve(m.doc ?? analyzeDocument(p.job.source, p.job.config));
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

  /** The worker is gone: finish its jobs here and analyse on the main thread from now on. */
  private abandon(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.worker = undefined;
    this.onError(err);
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.resolve(analyzeDocument(p.job.source, p.job.config));
    }
  }
}
