import type { Connection } from 'vscode-languageserver';
import type { IndexedParams } from '../protocol/protocol';
import { IndexedNotification } from '../protocol/protocol';
import type { Guard } from './guard';
import type { NotesWorkspace } from './notesWorkspace';
import { excludeMatcher, walkCandidates } from './scanner';

/** CPU time one slice of the scan may take before it yields to pending requests. */
const SLICE_MS = 12;
/** Files read and analysed concurrently. */
const LANES = 3;

/**
 * The start-up scan: every candidate file of every workspace folder read into the index, in
 * time slices with `setImmediate` between them so requests on the active file are answered
 * in between. Open documents were analysed at didOpen and are skipped (their text wins).
 * A newer scan (settings changed, folders changed) makes an older one stop.
 */
export class Indexer {
  private generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly ws: NotesWorkspace,
    private readonly guard: Guard,
  ) {}

  /** Scans `folders`; resolves to false when a newer scan superseded this one. */
  async scan(folders: string[], excludes: string[]): Promise<boolean> {
    const generation = ++this.generation;
    const cancelled = () => generation !== this.generation;
    const started = performance.now();
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Talk Notes: indexing notes', 0, 'listing files', false);
    try {
      const excluded = excludeMatcher(excludes);
      const files: string[] = [];
      for (const folder of folders) {
        for await (const file of walkCandidates(folder, excluded, cancelled)) files.push(file);
      }
      // A few files in flight: one is read while the worker analyses another.
      let next = 0;
      let done = 0;
      let slice = performance.now();
      const lane = async () => {
        while (next < files.length && !cancelled()) {
          const file = files[next++];
          try {
            await this.ws.loadFile(file);
          } catch (err) {
            this.guard.report('indexing', err);
          }
          done++;
          if (performance.now() - slice > SLICE_MS) {
            progress?.report(Math.floor((100 * done) / files.length), `${done}/${files.length} files`);
            await new Promise((resolve) => setImmediate(resolve));
            slice = performance.now();
          }
        }
      };
      await Promise.all(Array.from({ length: LANES }, lane));
    } finally {
      progress?.done();
    }
    if (cancelled()) return false;
    const params: IndexedParams = { files: this.ws.index.uris().length, ms: Math.round(performance.now() - started) };
    void this.connection.sendNotification(IndexedNotification, params).catch(() => undefined);
    return true;
  }
}
