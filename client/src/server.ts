import * as vscode from 'vscode';
import { Commands, SERVER_EXEC_ARGV } from '../../server/src/protocol/protocol';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Settings section and language id shared with the manifest. */
export const SECTION = 'talkNotes';
export const LANGUAGE_ID = 'talknotes';

/**
 * The documents the server serves: the notes language in every scheme (files, untitled,
 * virtual workspaces) and every Markdown document, because a Markdown file is notes when it
 * matches `talkNotes.markdown.include` *or* its front matter says `talknotes: true`, which only
 * the server can tell (it answers nothing for other Markdown). Markdown documents keep their
 * `markdown` language, so VS Code's own Markdown features stay on beside ours.
 */
export function documentSelector(): { language: string }[] {
  return [{ language: LANGUAGE_ID }, { language: 'markdown' }];
}

/**
 * Owns the language client: starts the bundled server over IPC, and rebuilds the client when
 * something fixed at start changes (workspace trust, the Markdown globs in the selector).
 */
export class ServerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /**
   * Starts, stops and restarts run one after another: a request arriving during a restart
   * waits for the new client instead of starting a second one (which would leak a server).
   */
  private queue: Promise<void> = Promise.resolve();
  private restartQueued = false;
  private readonly onStartedEmitter = new vscode.EventEmitter<LanguageClient>();
  /** Fires with each new client before it starts, so listeners register notification handlers in time. */
  readonly onStarted = this.onStartedEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.LogOutputChannel,
  ) {}

  /** The running client, if any. */
  get current(): LanguageClient | undefined {
    return this.client;
  }

  /** Waits for a running client (starting one if needed). */
  async ready(): Promise<LanguageClient> {
    await this.queue;
    if (!this.client) await this.start();
    return this.client!;
  }

  /** Starts the client unless one is running. */
  start(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.client) await this.doStart();
    });
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  /** Stops and starts a fresh client (the selector and the trust flag are fixed at start). Bursts coalesce into one restart. */
  restart(): Promise<void> {
    if (this.restartQueued) return this.queue;
    this.restartQueued = true;
    return this.enqueue(async () => {
      this.restartQueued = false;
      await this.doStop();
      await this.doStart();
    });
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async doStart(): Promise<void> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(),
      synchronize: { configurationSection: SECTION },
      initializationOptions: { trusted: vscode.workspace.isTrusted },
      // Hover cards link to "Open talk" / "Show references"; only those commands may run from them.
      markdown: { isTrusted: { enabledCommands: [Commands.openTalk, Commands.showReferences] }, supportHtml: false },
      // The trace level comes from `talkNotes.trace.server` because the client id is `talkNotes`.
      outputChannel: this.output,
      traceOutputChannel: this.output,
    };
    const client = new LanguageClient(SECTION, 'Talk Notes', serverOptions, clientOptions);
    this.client = client;
    this.onStartedEmitter.fire(client);
    try {
      await client.start();
    } catch (err) {
      this.output.appendLine(`Talk Notes server failed to start: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      await client.stop(5000);
    } catch (err) {
      this.output.appendLine(`Talk Notes server did not stop cleanly: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  dispose(): void {
    void this.stop();
    this.onStartedEmitter.dispose();
  }
}
