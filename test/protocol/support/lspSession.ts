import assert from 'node:assert/strict';
// Drives the bundled language server (dist/server.js) as a child process over stdio, the way an
// editor does: initialize, answer the server's own requests (configuration, registrations,
// progress), record what it publishes. Build first: `npm run build`.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type Registration,
  WorkDoneProgress,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './tempWorkspace';

export const serverPath = join(repoRoot, 'dist', 'server.js');

/** Settings the fake editor returns for `workspace/configuration`, by section. */
export type Settings = Record<string, unknown>;

export interface SessionOptions {
  /** Workspace folders (URIs). */
  folders: string[];
  settings?: Settings;
  initializationOptions?: unknown;
  capabilities?: ClientCapabilities;
  /** Extra environment variables of the server process. */
  env?: Record<string, string>;
}

export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    codeLens: { refreshSupport: true },
    semanticTokens: { refreshSupport: true },
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    symbol: {},
  },
  window: { workDoneProgress: true, showMessage: {} },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] } },
    completion: { completionItem: { snippetSupport: false } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    foldingRange: {},
    semanticTokens: {
      requests: { full: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
  },
};

interface Waiter {
  test: () => boolean;
  resolve: () => void;
}

/** One server process and the editor side of its connection. */
export class LspSession {
  readonly connection: ProtocolConnection;
  /** Latest published diagnostics per URI. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Count of publishDiagnostics per URI. */
  readonly publishCount = new Map<string, number>();
  /** Every notification from the server, in order. */
  readonly notifications: { method: string; params: unknown }[] = [];
  /** Messages logged by the server (window/logMessage) and shown (window/showMessage). */
  readonly logs: string[] = [];
  readonly shown: string[] = [];
  readonly registrations: Registration[] = [];
  /** Server → client requests received, by method. */
  readonly serverRequests: string[] = [];
  readonly stderr: string[] = [];
  settings: Settings;
  private readonly waiters: Waiter[] = [];
  private exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess, settings: Settings) {
    this.settings = settings;
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    child.stderr!.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.publishCount.set(p.uri, (this.publishCount.get(p.uri) ?? 0) + 1);
      this.record('textDocument/publishDiagnostics', p);
    });
    // Catch-all handlers exist in vscode-jsonrpc but are not in ProtocolConnection's typings.
    const star = c as unknown as {
      onNotification(handler: (method: string, params: unknown) => void): void;
      onRequest(handler: (method: string, params: unknown) => unknown): void;
    };
    star.onNotification((method: string, params: unknown) => {
      if (method === 'window/logMessage') this.logs.push((params as { message: string }).message);
      if (method === 'window/showMessage') this.shown.push((params as { message: string }).message);
      this.record(method, params);
    });
    c.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.serverRequests.push('workspace/configuration');
      return p.items.map((i) => (i.section ? (this.settings[i.section] ?? null) : this.settings));
    });
    c.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      this.serverRequests.push('client/registerCapability');
      this.notify();
      return null;
    });
    c.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.serverRequests.push('window/workDoneProgress/create');
      c.onProgress(WorkDoneProgress.type, p.token, (value) => this.record('$/progress', { token: p.token, value }));
      return null;
    });
    star.onRequest((method: string) => {
      this.serverRequests.push(method);
      this.notify();
      return null;
    });
    c.listen();
  }

  /** Starts the server and completes the initialize handshake. */
  static async start(options: SessionOptions): Promise<LspSession> {
    const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const s = new LspSession(child, options.settings ?? {});
    s.initializeResult = await s.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.folders[0] ?? null,
      workspaceFolders: options.folders.map((uri, i) => ({ uri, name: `folder${i}` })),
      capabilities: options.capabilities ?? CLIENT_CAPABILITIES,
      initializationOptions: options.initializationOptions ?? { trusted: true },
    });
    await s.connection.sendNotification('initialized', {});
    return s;
  }

  initializeResult: any;

  get capabilities(): any {
    return this.initializeResult.capabilities;
  }

  /** Resolves when the start-up scan has finished. */
  async indexed(timeoutMs = 10000): Promise<{ files: number; ms: number }> {
    await this.waitFor(() => this.notifications.some((n) => n.method === 'talkNotes/indexed'), timeoutMs, 'talkNotes/indexed');
    return this.notifications.find((n) => n.method === 'talkNotes/indexed')!.params as { files: number; ms: number };
  }

  request<R = any>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async open(uri: string, text: string, languageId = 'talknotes', version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, changes: unknown[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async watched(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  async changeSettings(settings: Settings): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Waits for the next publication for `uri` (after `after` publications) that satisfies `test`. */
  async diagnosticsFor(uri: string, test: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 5000, after = 0): Promise<Diagnostic[]> {
    await this.waitFor(
      () => (this.publishCount.get(uri) ?? 0) > after && test(this.diagnostics.get(uri) ?? []),
      timeoutMs,
      `diagnostics for ${uri}`,
    );
    return this.diagnostics.get(uri)!;
  }

  published(uri: string): number {
    return this.publishCount.get(uri) ?? 0;
  }

  notificationsOf<T = any>(method: string): T[] {
    return this.notifications.filter((n) => n.method === method).map((n) => n.params as T);
  }

  waitFor(test: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; stderr: ${this.stderr.join('')}; logs: ${this.logs.join('\n')}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** shutdown + exit; resolves to the process exit code. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await Promise.race([this.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 3000))]);
    this.connection.dispose();
    if (code === 'timeout') {
      this.child.kill();
      throw new Error('server did not exit after shutdown/exit');
    }
    return code;
  }

  /** Ends the process without the handshake (test clean-up after a failure). */
  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }

  private record(method: string, params: unknown): void {
    this.notifications.push({ method, params });
    this.notify();
  }

  private notify(): void {
    for (const w of [...this.waiters]) {
      if (w.test()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }
}

/** LSP position from the 1-based line:column the CLI and the issue texts use. */
export function pos1(line: number, column: number): { line: number; character: number } {
  return { line: line - 1, character: column - 1 };
}

/**
 * Ends a test's session the way an editor does (shutdown, then exit: the server must answer and
 * exit with code 0), and always kills the process and removes the workspace, even when it fails.
 */
export async function endSession(s: LspSession, ws?: { dispose(): void }): Promise<void> {
  try {
    assert.equal(await s.shutdown(), 0);
  } finally {
    s.kill();
    ws?.dispose();
  }
}
