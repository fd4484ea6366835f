import type { ClientCapabilities, Connection, InitializeParams, InitializeResult, ServerCapabilities } from 'vscode-languageserver';
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  SemanticTokensRefreshRequest,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
} from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { NotesConfig } from '../core/config';
import { configFromSettings, DEFAULT_CONFIG } from '../core/config';
import { setStageErrorListener } from '../core/analyze';
import { setFeatureErrorListener } from '../core/features/common';
import { compileCustomCues, rejectedCustomCues } from '../core/claims/customCues';
import { WATCH_GLOB, isCandidate } from './classify';
import type { IndexedParams } from '../protocol/protocol';
import { IndexedNotification } from '../protocol/protocol';
import { BackgroundAnalyser } from './analysisWorker';
import { packHere } from './packedDocument';
import { registerCustomRequests } from './customRequests';
import { registerFeatures } from './features';
import { Guard, faultsFromEnvironment } from './guard';
import { Indexer } from './indexer';
import { IdlePreparer } from './idlePreparer';
import { QuietCollector } from './quietCollector';
import { NotesWorkspace } from './notesWorkspace';
import { Publisher } from './publisher';
import { excludeGlobs } from './settings';
import { canonicalUri, filePath } from './uris';

/** What the server knows about the client, computed once in onInitialize (lsp-sample habit). */
interface ClientSupport {
  configuration: boolean;
  dynamicConfiguration: boolean;
  dynamicWatchers: boolean;
  workspaceFolders: boolean;
  codeLensRefresh: boolean;
  semanticTokensRefresh: boolean;
}

/** Settings read through `workspace/configuration` besides the `talkNotes` section. */
interface Settings {
  config: NotesConfig;
  excludes: string[];
}

/** How long no request must have come before the server collects garbage (`QuietCollector`). */
const REQUEST_PAUSE_MS = 1_000;

/**
 * The composition root of the language server: wires the connection, the open documents, the
 * workspace index, the scan, the file watcher, settings and the feature handlers. Everything
 * here converts and schedules; analysis lives in `core/`.
 */
export function startServer(connection: Connection): void {
  const guard = new Guard(connection.console, faultsFromEnvironment());
  const background = new BackgroundAnalyser(__filename, (err) => guard.report('analysis worker', err));
  const ws = new NotesWorkspace(
    DEFAULT_CONFIG,
    (source, config) => {
      collector.burst();
      return background.analyse(source, config);
    },
    packHere,
  );
  const publisher = new Publisher(connection, ws, guard);
  const indexer = new Indexer(connection, ws, guard);
  const preparer = new IdlePreparer(ws, guard);
  const collector = new QuietCollector(() => background.running || preparer.busy || performance.now() - guard.lastRequest < REQUEST_PAUSE_MS);
  background.onRetired = () => collector.settled();
  ws.index.onUnpacked = (length) => collector.unpackedText(length);
  preparer.onDone = () => collector.settled();
  ws.onIndexChanged = () => preparer.kick();
  // The content changes are recorded on their way into the document, for incremental re-analysis.
  const documents = new TextDocuments({
    create: TextDocument.create,
    update: (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) => {
      ws.recordChanges(canonicalUri(doc.uri), changes);
      return TextDocument.update(doc, changes, version);
    },
  });
  let support: ClientSupport;
  let trusted = true;
  let excludes: string[] = [];
  let settingsPushed: unknown;
  const cuesReported = new Set<string>();
  let indexedOnce = false;

  publisher.onOthersRepublished = () => refreshEditorViews();
  setStageErrorListener((err) => guard.report('analysis stage', err));
  setFeatureErrorListener((err) => guard.report('feature', err));
  // Last line of defence (SPEC §6: the server never crashes): anything that escaped a handler is
  // logged, and the process keeps serving.
  process.on('uncaughtException', (err) => guard.report('server', err));
  process.on('unhandledRejection', (err) => guard.report('server', err));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    support = clientSupport(params.capabilities);
    const options = params.initializationOptions as { trusted?: unknown } | undefined;
    trusted = options?.trusted !== false;
    ws.folders = (params.workspaceFolders ?? [])
      .map((f) => filePath(f.uri))
      .filter((p): p is string => p !== undefined);
    if (ws.folders.length === 0 && params.rootUri) {
      const root = filePath(params.rootUri);
      if (root) ws.folders = [root];
    }
    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      workspace: support.workspaceFolders ? { workspaceFolders: { supported: true, changeNotifications: true } } : undefined,
      ...registerFeatures(connection, { ws, guard, publisher }),
      ...registerCustomRequests(connection, { ws, guard, publisher }),
    };
    return { capabilities, serverInfo: { name: 'talk-notes' } };
  });

  connection.onInitialized(async () => {
    if (support.dynamicConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'talkNotes' }).catch(() => undefined);
    }
    if (support.dynamicWatchers) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [
            { globPattern: WATCH_GLOB },
            // A deleted folder is reported as the folder only; this catches it so its notes leave the index.
            { globPattern: '**/*', kind: WatchKind.Delete },
          ],
        })
        .catch(() => undefined);
    }
    if (support.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) {
          const p = filePath(f.uri);
          if (p) ws.removeFolder(p);
        }
        const removed = new Set(e.removed.map((f) => filePath(f.uri)));
        const added = e.added.map((f) => filePath(f.uri)).filter((p): p is string => p !== undefined);
        ws.folders = [...ws.folders.filter((p) => !removed.has(p)), ...added];
        void rescan();
      });
    }
    const settings = await readSettings();
    applySettings(settings, false);
    await rescan();
  });

  /** Reads every workspace folder into the index. Only the first scan hides not-yet-resolvable links. */
  async function rescan(): Promise<void> {
    if (!indexedOnce) {
      publisher.scanning = true;
      publisher.publishAll();
    }
    let finished = false;
    try {
      finished = await indexer.scan(ws.folders, excludes);
    } catch (err) {
      guard.report('indexing', err);
      finished = true;
    }
    if (finished) {
      indexedOnce = true;
      publisher.scanning = false;
      publisher.publishAll();
      refreshEditorViews();
    }
  }

  async function readSettings(): Promise<Settings> {
    if (!support.configuration) {
      const pushed = (settingsPushed ?? {}) as Record<string, unknown>;
      const files = (pushed.files ?? {}) as Record<string, unknown>;
      const search = (pushed.search ?? {}) as Record<string, unknown>;
      return { config: configFromSettings(pushed.talkNotes, trusted), excludes: excludeGlobs(files.exclude, search.exclude) };
    }
    try {
      const [talkNotes, filesExclude, searchExclude] = (await connection.workspace.getConfiguration([
        { section: 'talkNotes' },
        { section: 'files.exclude' },
        { section: 'search.exclude' },
      ])) as unknown[];
      return { config: configFromSettings(talkNotes, trusted), excludes: excludeGlobs(filesExclude, searchExclude) };
    } catch (err) {
      guard.report('settings', err);
      return { config: ws.config, excludes };
    }
  }

  /** Applies settings; returns true when the set of indexed files may change (a rescan is needed). */
  function applySettings(settings: Settings, republish: boolean): boolean {
    const old = ws.config;
    const needsRescan =
      JSON.stringify(settings.excludes) !== JSON.stringify(excludes) ||
      JSON.stringify(settings.config.markdownInclude) !== JSON.stringify(old.markdownInclude) ||
      settings.config.detectPlainText !== old.detectPlainText;
    excludes = settings.excludes;
    reportRejectedCues(settings.config.customCues);
    if (JSON.stringify(settings.config) !== JSON.stringify(old)) {
      try {
        ws.setConfig(settings.config);
      } catch (err) {
        guard.report('settings', err);
      }
      // Classification of open documents (Markdown globs, .txt detection) may change too.
      for (const uri of ws.openUris()) safeAnalyse(uri);
      if (republish) {
        publisher.publishAll();
        refreshEditorViews();
      }
    }
    return needsRescan;
  }

  /** A custom cue pattern that could hang the analysis is dropped; the user is told once per pattern. */
  function reportRejectedCues(patterns: string[]): void {
    try {
      compileCustomCues(patterns);
      for (const p of patterns) {
        const reason = rejectedCustomCues.get(p);
        if (reason === undefined || cuesReported.has(p)) continue;
        cuesReported.add(p);
        void connection
          .sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Talk Notes: the custom claim cue ${JSON.stringify(p)} is ignored: ${reason}` })
          .catch(() => undefined);
      }
    } catch (err) {
      guard.report('custom cues', err);
    }
  }

  function safeAnalyse(uri: string): void {
    try {
      ws.analyse(uri);
    } catch (err) {
      guard.report('analysis', err);
    }
  }

  function refreshEditorViews(): void {
    if (support.codeLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (support.semanticTokensRefresh) void connection.sendRequest(SemanticTokensRefreshRequest.type).catch(() => undefined);
  }

  connection.onDidChangeConfiguration(async (change) => {
    if (!support.configuration) settingsPushed = change.settings;
    const settings = await readSettings();
    if (applySettings(settings, true)) await rescan();
  });

  // Open documents: analysed after the typing debounce, on open as after a change, so the outline
  // and folding asked for right after opening answer from the structure alone; a request that
  // needs the full analysis runs it first.
  documents.onDidOpen((e) => {
    const uri = canonicalUri(e.document.uri);
    ws.didOpen(uri, e.document);
    publisher.schedule(uri);
  });
  documents.onDidChangeContent((e) => {
    const uri = canonicalUri(e.document.uri);
    ws.didChange(uri, e.document);
    if (ws.isStale(uri)) publisher.schedule(uri);
  });
  documents.onDidClose((e) => {
    const uri = canonicalUri(e.document.uri);
    publisher.clear(uri);
    ws.didClose(uri)
      .then((exportsChanged) => {
        if (exportsChanged) publisher.scheduleOthers();
      })
      .catch((err) => guard.report('close', err));
  });

  // File events are applied one batch after another, so a delete and a re-create keep their order.
  let fileEvents: Promise<void> = Promise.resolve();
  connection.onDidChangeWatchedFiles((params) => {
    fileEvents = fileEvents.then(async () => {
      const started = performance.now();
      let changed = false;
      for (const change of params.changes) {
        const uri = canonicalUri(change.uri);
        const file = filePath(uri);
        if (!file) continue;
        try {
          if (change.type === FileChangeType.Deleted) {
            if (ws.removeFile(uri)) changed = true;
            if (!isCandidate(file) && ws.removeFolder(file)) changed = true;
          } else if (isCandidate(file)) {
            if (await ws.loadFile(file)) changed = true;
          }
        } catch (err) {
          guard.report('file watcher', err);
        }
      }
      if (changed) {
        publisher.scheduleOthers();
        // Views fed by the whole index (the Talks view) refresh on this notification.
        if (indexedOnce) {
          const indexed: IndexedParams = { files: ws.index.uris().length, ms: Math.round(performance.now() - started) };
          void connection.sendNotification(IndexedNotification, indexed).catch(() => undefined);
        }
      }
    });
  });

  connection.onShutdown(() => {
    publisher.dispose();
    preparer.dispose();
    collector.dispose();
    background.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

function clientSupport(c: ClientCapabilities): ClientSupport {
  return {
    configuration: !!c.workspace?.configuration,
    dynamicConfiguration: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
    dynamicWatchers: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    workspaceFolders: !!c.workspace?.workspaceFolders,
    codeLensRefresh: !!c.workspace?.codeLens?.refreshSupport,
    semanticTokensRefresh: !!c.workspace?.semanticTokens?.refreshSupport,
  };
}
