import * as vscode from 'vscode';
import { IsNotesRequest, type IsNotesParams, type IsNotesResult } from '../../server/src/protocol/protocol';
import { LANGUAGE_ID, SECTION, type ServerConnection } from './server';

/** Only the start of a file is needed to decide (SPEC §1 looks at the first 400 lines). */
const MAX_CHARS = 64 * 1024;

/**
 * Switches `.txt` documents that look like talk notes to the notes language. The decision is
 * the server's (`talkNotes/isNotes`); the client only sends the first part of the text.
 */
export class PlainTextDetection implements vscode.Disposable {
  private readonly asked = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly server: ServerConnection) {
    this.disposables.push(vscode.workspace.onDidOpenTextDocument((doc) => void this.check(doc)));
    this.disposables.push(vscode.workspace.onDidCloseTextDocument((doc) => this.asked.delete(doc.uri.toString())));
  }

  /** Checks documents that were already open when the extension activated. */
  checkOpenDocuments(): void {
    for (const doc of vscode.workspace.textDocuments) void this.check(doc);
  }

  private async check(doc: vscode.TextDocument): Promise<void> {
    if (doc.languageId !== 'plaintext' || !doc.uri.path.toLowerCase().endsWith('.txt')) return;
    if (!vscode.workspace.getConfiguration(SECTION, doc.uri).get<boolean>('detectPlainText', true)) return;
    const key = doc.uri.toString();
    // Asked once per open: a user who switches the language back is not overruled.
    if (this.asked.has(key)) return;
    this.asked.add(key);
    try {
      const client = await this.server.ready();
      const params: IsNotesParams = { uri: key, text: doc.getText().slice(0, MAX_CHARS) };
      const result = await client.sendRequest<IsNotesResult | null>(IsNotesRequest, params);
      if (result?.notes && !doc.isClosed && doc.languageId === 'plaintext') {
        await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      }
    } catch (err) {
      this.server.output.appendLine(`Could not check ${doc.uri.fsPath} for talk notes: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
