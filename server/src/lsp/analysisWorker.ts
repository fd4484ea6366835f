import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { SourceDocument } from '../core/analyze';
import { analyzeDocument } from '../core/analyze';
import type { NotesConfig } from '../core/config';
import type { NotesDocument } from '../core/model/types';
import { stripBom } from '../core/text/lineIndex';

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
    let doc: string | null = null;
    try {
      // As JSON without the text (the main thread has it): objects JSON.parse builds are laid out
      // like those the analysis builds, where structured clone's take about three times the memory.
      const { text: _text, ...rest } = analyzeDocument(job.source, job.config);
      doc = JSON.stringify(rest);
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
/** How long the worker may sit idle before it is stopped (see `retireWhenIdle`). */
const IDLE_MS = 2_000;

export class BackgroundAnalyser {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (doc: NotesDocument) => void; job: Job }>();
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly script: string,
    private readonly onError: (err: unknown) => void,
    private readonly idleMs = IDLE_MS,
  ) {}

  /** Whether a worker thread is running now (it stops when idle, see `retireWhenIdle`). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  analyse(source: SourceDocument, config: NotesConfig): Promise<NotesDocument> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(analyzeDocument(source, config));
    clearTimeout(this.idleTimer);
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
      w.on('message', (m: { id: number; doc: string | null }) => {
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        p.resolve(m.doc ? adoptDocument(m.doc, p.job.source.text) : analyzeDocument(p.job.source, p.job.config));
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
      void w.terminate().catch(() => undefined);
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
      p.resolve(analyzeDocument(p.job.source, p.job.config));
    }
  }
}

/**
 * A document from the worker, made ready to store: it crossed as JSON (objects JSON.parse builds
 * are laid out like the analysis's own; structured clone's took about three times the memory),
 * gets the main thread's text back instead of a copy, and one instance per distinct short string
 * (every claim's kind, every mention's key), as an analysis on this thread would have shared them.
 */
function adoptDocument(json: string, text: string): NotesDocument {
  const doc = { text: stripBom(text), ...(JSON.parse(json) as Omit<NotesDocument, 'text'>) } as NotesDocument;
  // Per document: repeats are within a file (every claim's kind, every mention's key), and a
  // table that outlived the document would keep its strings alive.
  const strings = new Map<string, string>();
  const visit = (o: unknown): void => {
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const v = o[i];
        if (typeof v === 'string') o[i] = shared(v, strings);
        else if (v !== null && typeof v === 'object') visit(v);
      }
      return;
    }
    const rec = o as Record<string, unknown>;
    for (const k in rec) {
      const v = rec[k];
      if (typeof v === 'string') {
        if (k !== 'text' || v.length <= SHARED_MAX) rec[k] = shared(v, strings);
      } else if (v !== null && typeof v === 'object') visit(v);
    }
  };
  for (const k in doc) {
    if (k === 'text') continue;
    const v = (doc as unknown as Record<string, unknown>)[k];
    if (v !== null && typeof v === 'object') visit(v);
  }
  return doc;
}

/** Strings up to this length are shared (longer ones are rarely repeated). */
const SHARED_MAX = 64;

function shared(s: string, strings: Map<string, string>): string {
  if (s.length > SHARED_MAX) return s;
  const known = strings.get(s);
  if (known !== undefined) return known;
  strings.set(s, s);
  return s;
}
