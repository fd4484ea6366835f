import type { CancellationToken } from 'vscode-languageserver';
import type { NotesDocument } from '../core/model/types';
import type { Guard } from './guard';
import type { NotesWorkspace } from './notesWorkspace';
import type { Publisher } from './publisher';
import { canonicalUri } from './uris';

/** What request handlers share. */
export interface ServerContext {
  ws: NotesWorkspace;
  guard: Guard;
  publisher: Publisher;
}

/** Answers `work` for the document `lookup` gives (empty when there is none), inside the guard. */
function frame<T>(
  ctx: ServerContext,
  feature: string,
  empty: T,
  uri: string,
  token: CancellationToken | undefined,
  lookup: (key: string) => NotesDocument | undefined,
  work: (doc: NotesDocument, uri: string) => T,
): T {
  return ctx.guard.run(feature, empty, token, () => {
    const key = canonicalUri(uri);
    const doc = lookup(key);
    return doc && !token?.isCancellationRequested ? work(doc, key) : empty;
  });
}

/**
 * The frame of every request on a document: cancelled → empty; unsaved edits of open documents
 * analysed first (other files' features see them too); an unknown or non-notes document →
 * empty; an exception → empty, logged once per feature.
 */
export function onDocument<T>(ctx: ServerContext, feature: string, empty: T, uri: string, token: CancellationToken | undefined, work: (doc: NotesDocument, uri: string) => T): T {
  return frame(ctx, feature, empty, uri, token, (key) => {
    ctx.ws.flush();
    return ctx.ws.index.get(key);
  }, work);
}

/**
 * The frame of a request answered from a document's structure alone (outline, folding): like
 * `onDocument`, but nothing is analysed first; a document changed or opened since its last
 * analysis answers from the structure of its latest text (`NotesWorkspace.outlineOf`).
 */
export function onOutline<T>(ctx: ServerContext, feature: string, empty: T, uri: string, token: CancellationToken | undefined, work: (doc: NotesDocument, uri: string) => T): T {
  return frame(ctx, feature, empty, uri, token, (key) => ctx.ws.outlineOf(key), work);
}

/** The frame of a workspace-wide request (workspace symbols, the Talks view). */
export function onWorkspace<T>(ctx: ServerContext, feature: string, empty: T, token: CancellationToken | undefined, work: () => T): T {
  return ctx.guard.run(feature, empty, token, () => {
    ctx.ws.flush();
    if (token?.isCancellationRequested) return empty;
    return work();
  });
}
