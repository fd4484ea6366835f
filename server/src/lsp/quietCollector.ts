/**
 * Collects garbage once when the server goes quiet after a burst of background work (the start-up
 * scan, a folder of files changed on disk). Such a burst leaves the heap grown and full of garbage,
 * and with nothing else to do V8 can keep it that size for the rest of the session. One full
 * collection when the worker has stopped and the idle-time preparation is done gives the memory
 * back, as tsserver's GcTimer does after project updates. It runs only when the client started the
 * server with `--expose-gc` (`SERVER_EXEC_ARGV`); typing alone never triggers it.
 */
export class QuietCollector {
  private due = false;

  constructor(
    /** True while background work or idle-time preparation is still going on. */
    private readonly busy: () => boolean,
    private readonly gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc,
  ) {}

  /** Files were analysed in the background: collect when the server is next quiet. */
  burst(): void {
    this.due = true;
  }

  /** Something that was running stopped: collect now if a burst is due and nothing else runs. */
  settled(): void {
    if (!this.due || !this.gc || this.busy()) return;
    this.due = false;
    this.gc();
  }
}
