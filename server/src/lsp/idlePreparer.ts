import { prepareRequests } from '../core/features/prepare';
import type { Guard } from './guard';
import type { NotesWorkspace } from './notesWorkspace';

/** Longest run of preparation steps before the event loop gets a turn (a request waits at most this). */
const SLICE_MS = 1;
/** Quiet time after the last index change before preparing starts (a scan or typing changes it often). */
const QUIET_MS = 100;

/**
 * Runs `prepareRequests` in idle time: a short slice per turn of the event loop (requests and
 * messages in between), started a moment after the index last changed and restarted when it
 * changes again, so the first hover of a person or a claim finds its summaries and index ready.
 */
export class IdlePreparer {
  private timer: NodeJS.Timeout | undefined;
  private steps: Generator<void, void, void> | undefined;
  private generation = -1;
  private disposed = false;
  /** Called when a preparation ran to its end. */
  onDone: () => void = () => undefined;

  constructor(
    private readonly ws: NotesWorkspace,
    private readonly guard: Guard,
  ) {}

  /** The index changed (or may have): prepare again after a quiet moment. */
  kick(): void {
    if (this.disposed) return;
    this.steps = undefined;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.generation = this.ws.index.generation;
      this.steps = prepareRequests(this.ws.index, this.ws.openUris());
      setImmediate(this.step);
    }, QUIET_MS);
    this.timer.unref();
  }

  /** True while a preparation is scheduled or running. */
  get busy(): boolean {
    return this.timer !== undefined || this.steps !== undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.steps = undefined;
    clearTimeout(this.timer);
  }

  private readonly step = (): void => {
    const steps = this.steps;
    if (!steps) return;
    if (this.ws.index.generation !== this.generation) {
      this.kick();
      return;
    }
    const end = performance.now() + SLICE_MS;
    try {
      do {
        if (steps.next().done) {
          this.steps = undefined;
          this.onDone();
          return;
        }
      } while (performance.now() < end);
    } catch (err) {
      this.steps = undefined;
      this.guard.report('idle preparation', err);
      return;
    }
    setImmediate(this.step);
  };
}
