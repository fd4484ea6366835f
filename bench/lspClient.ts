// A minimal editor side for the benchmark: starts a language server over stdio, answers its
// requests (configuration, registrations, progress), and times requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

export class BenchClient {
  readonly connection: ProtocolConnection;
  readonly notifications: { method: string; params: unknown; at: number }[] = [];
  private waiters: (() => void)[] = [];

  private constructor(readonly child: ChildProcess) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const c = this.connection as unknown as {
      onNotification(handler: (method: string, params: unknown) => void): void;
      onRequest(handler: (method: string, params: unknown) => unknown): void;
    };
    c.onNotification((method, params) => {
      this.notifications.push({ method, params, at: performance.now() });
      for (const w of this.waiters.splice(0)) w();
    });
    c.onRequest((method, params) => {
      if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => null);
      return null;
    });
    child.stderr?.on('data', () => undefined);
    this.connection.listen();
  }

  static async start(args: string[], folder: string | null): Promise<BenchClient> {
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new BenchClient(child);
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: folder ? [{ uri: folder, name: 'bench' }] : null,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: {} },
      },
      initializationOptions: { trusted: true },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves when a notification passing `test` has arrived (at the time it arrived). */
  async waitFor(test: (n: { method: string; params: unknown }) => boolean, timeoutMs: number, after = 0): Promise<number> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const hit = this.notifications.find((n) => n.at >= after && test(n));
      if (hit) return hit.at;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error(`timed out waiting for a notification (${timeoutMs} ms)`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 1000));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 100));
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
