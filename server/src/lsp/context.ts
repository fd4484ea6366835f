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

/**
 * The frame of every request on a document: cancelled → empty; unsaved edits of open documents
 * analysed first (other files' features see them too); an unknown or non-notes document →
 * empty; an exception → empty, logged once per feature.
 */
export function onDocument<T>(
  ctx: ServerContext,
  feature: string,
  empty: T,
  uri: string,
  token: CancellationToken | undefined,
  work: (doc: NotesDocument, uri: string) => T,
): T {
  return ctx.guard.run(feature, empty, token, () => {
    const key = canonicalUri(uri);
    ctx.ws.flush();
    if (token?.isCancellationRequested) return empty;
    const doc = ctx.ws.index.get(key);
    return doc ? work(doc, key) : empty;
  });
}

/**
 * The frame of a request answered from a document's structure alone (outline, folding): like
 * `onDocument`, but nothing is analysed first; a document changed or opened since its last
 * analysis answers from the structure of its latest text (`NotesWorkspace.outlineOf`).
 */
export function onOutline<T>(
  ctx: ServerContext,
  feature: string,
  empty: T,
  uri: string,
  token: CancellationToken | undefined,
  work: (doc: NotesDocument, uri: string) => T,
): T {
  return ctx.guard.run(feature, empty, token, () => {
    const key = canonicalUri(uri);
    const doc = ctx.ws.outlineOf(key);
    return doc ? work(doc, key) : empty;
  });
}

/** The frame of a workspace-wide request (workspace symbols, the Talks view). */
export function onWorkspace<T>(ctx: ServerContext, feature: string, empty: T, token: CancellationToken | undefined, work: () => T): T {
  return ctx.guard.run(feature, empty, token, () => {
    ctx.ws.flush();
    if (token?.isCancellationRequested) return empty;
    return work();
  });
}
