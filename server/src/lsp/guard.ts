import type { CancellationToken } from 'vscode-languageserver';

/** Where errors go: the connection's console in the server, a list in tests. */
export interface ErrorLog {
  error(message: string): void;
}

/**
 * Per-feature fault isolation (rust-analyzer wraps each request the same way): an exception in
 * one feature returns that feature's empty result and is logged once per feature, so a bug
 * costs one feature for one request, not the server, and does not flood the log.
 */
export class Guard {
  private readonly logged = new Set<string>();
  /** When a request last ran (`performance.now()`): work the server does in quiet time waits for a pause. */
  lastRequest = -Infinity;

  /**
   * `faults`: features made to throw, so tests over a real process can prove the isolation
   * (set from the `TALK_NOTES_FAULTS` environment variable, comma-separated feature names).
   */
  constructor(
    private readonly log: ErrorLog,
    private readonly faults: ReadonlySet<string> = new Set(),
  ) {}

  /** Runs `work`, or returns `empty` when the request was cancelled or the work threw. */
  run<T>(feature: string, empty: T, token: CancellationToken | undefined, work: () => T): T {
    this.lastRequest = performance.now();
    if (token?.isCancellationRequested) return empty;
    try {
      if (this.faults.has(feature)) throw new Error(`injected fault in ${feature}`);
      const result = work();
      return result ?? empty;
    } catch (err) {
      this.report(feature, err);
      return empty;
    }
  }

  /** Logs a failure of `feature`, once. */
  report(feature: string, err: unknown): void {
    if (this.logged.has(feature)) return;
    this.logged.add(feature);
    const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
    try {
      this.log.error(`Talk Notes: ${feature} failed (further failures of this feature are not logged): ${detail}`);
    } catch {
      // Logging must never be what takes a request down.
    }
  }
}

/** Feature names listed in `TALK_NOTES_FAULTS` (test hook; empty in normal use). */
export function faultsFromEnvironment(env: NodeJS.ProcessEnv = process.env): Set<string> {
  const v = env.TALK_NOTES_FAULTS;
  return new Set(v ? v.split(',').map((f) => f.trim()).filter((f) => f.length > 0) : []);
}
