/** Text of packed files unpacked (by requests over many files) that makes a collection due. */
const UNPACKED_BURST = 16 * 1024 * 1024;
/** Quiet time after such requests before collecting. */
const AFTER_REQUESTS_MS = 1_000;

/**
 * Collects garbage once when the server goes quiet after a burst of work: the start-up scan or a
 * folder of files changed on disk (background work), or requests that unpacked many packed files
 * (the Talks view of a whole workspace). Such a burst leaves the heap grown and full of garbage,
 * and V8 can keep it that size for a long time. One full collection when the worker has stopped
 * and the idle-time preparation is done gives the memory back, as tsserver's GcTimer does after
 * project updates. A collection pauses the server for tens of milliseconds, so it also waits
 * until no request has come for a moment. It runs only when the client started the server with
 * `--expose-gc` (`SERVER_EXEC_ARGV`); typing alone never triggers it.
 */
export class QuietCollector {
  private due = false;
  private unpacked = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** True while background work, idle-time preparation or a run of requests is still going on. */
    private readonly busy: () => boolean,
    private readonly gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc,
    private readonly afterRequestsMs = AFTER_REQUESTS_MS,
  ) {}

  /** Files were analysed in the background: collect when the server is next quiet. */
  burst(): void {
    this.due = true;
  }

  /** A packed file was unpacked: after many, collect once requests have been quiet for a moment. */
  unpackedText(length: number): void {
    this.unpacked += length;
    if (this.unpacked < UNPACKED_BURST) return;
    this.unpacked = 0;
    this.due = true;
    this.retry();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  /**
   * Something that was running stopped: collect now if a burst is due and nothing else runs (or,
   * when only requests keep the server busy, once they pause).
   */
  settled(): void {
    if (!this.due || !this.gc) return;
    if (this.busy()) {
      this.retry();
      return;
    }
    this.due = false;
    clearTimeout(this.timer);
    this.gc();
  }

  private retry(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settled(), this.afterRequestsMs);
    this.timer.unref?.();
  }
}
