// The thin VS Code client: starts the bundled language server and wires its results into the
// workbench (commands, Talks view, status bar, `.txt` detection). No analysis happens here.
import * as vscode from 'vscode';
import { IndexedNotification, StatusNotification, type StatusParams } from '../../server/src/protocol/protocol';
import { registerCommands } from './commands';
import { PlainTextDetection } from './plainTextDetection';
import { LANGUAGE_ID, SECTION, ServerConnection, documentSelector } from './server';
import { ClaimsStatusBar } from './statusBar';
import { TALKS_VIEW_ID, TalksTreeProvider } from './talksView';

let connection: ServerConnection | undefined;

/** What the extension exports to other extensions and to the end-to-end tests. */
export interface TalkNotesApi {
  /** Resolves once the language server answered `initialize`. */
  ready(): Promise<void>;
  /** Counts the status bar shows for the active editor. */
  statusBarCounts(): StatusParams | undefined;
  /** Number of files in the Talks view. */
  talksViewFiles(): Promise<number>;
  /** The claims the Talks view lists under the talks of a file when they are expanded. */
  talksViewClaims(uri: string): Promise<string[]>;
}

export async function activate(context: vscode.ExtensionContext): Promise<TalkNotesApi> {
  const output = vscode.window.createOutputChannel('Talk Notes', { log: true });
  const server = new ServerConnection(context, output);
  connection = server;
  const statusBar = new ClaimsStatusBar();
  const talks = new TalksTreeProvider(server);
  const detection = new PlainTextDetection(server);
  context.subscriptions.push(output, server, statusBar, talks, detection);
  context.subscriptions.push(vscode.window.createTreeView(TALKS_VIEW_ID, { treeDataProvider: talks, showCollapseAll: true }));
  void vscode.commands.executeCommand('setContext', 'talkNotes.active', true);

  // Every (re)start creates a new client; its notification handlers are registered before it starts.
  let handlers: vscode.Disposable[] = [];
  context.subscriptions.push({ dispose: () => handlers.forEach((h) => h.dispose()) });
  context.subscriptions.push(
    server.onStarted((client) => {
      handlers.forEach((h) => h.dispose());
      handlers = [
        client.onNotification(StatusNotification, (p: StatusParams) => statusBar.update(p)),
        client.onNotification(IndexedNotification, () => talks.scheduleRefresh(0)),
      ];
      talks.scheduleRefresh(0);
    }),
  );

  registerCommands(context, server);
  context.subscriptions.push(vscode.commands.registerCommand('talkNotes.refreshTalks', () => talks.refresh()));

  context.subscriptions.push(
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && isNotesDocument(e.document)) talks.scheduleFileRefresh(e.document.uri.toString());
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (isNotesDocument(doc)) talks.scheduleFileRefresh(doc.uri.toString());
    }),
    // The selector (Markdown globs) and the trust flag are fixed when the client starts.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.markdown.include`)) void server.restart();
      else if (e.affectsConfiguration(SECTION)) talks.scheduleRefresh();
      if (e.affectsConfiguration(`${SECTION}.outline.showClaims`)) refreshOutline();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void server.restart()),
  );

  await server.start();
  detection.checkOpenDocuments();

  return {
    ready: async () => {
      await server.ready();
    },
    statusBarCounts: () => statusBar.shown,
    talksViewFiles: async () => (await talks.talks()).length,
    talksViewClaims: (uri: string) => talks.claimTexts(uri),
  };
}

/**
 * VS Code caches document symbols per document version, and LSP has no "symbols changed"
 * message, so a setting that changes the outline would show only after the next edit.
 * Registering (and dropping) a provider invalidates that cache; done twice so one of them
 * lands after the server applied the new setting.
 */
function refreshOutline(): void {
  for (const delay of [300, 1500]) {
    setTimeout(() => vscode.languages.registerDocumentSymbolProvider(documentSelector(), { provideDocumentSymbols: () => undefined }).dispose(), delay);
  }
}

function isNotesDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === LANGUAGE_ID || (doc.languageId === 'markdown' && doc.uri.path.endsWith('.md'));
}

export async function deactivate(): Promise<void> {
  await connection?.stop();
  connection = undefined;
}
