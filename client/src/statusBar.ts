import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/protocol/protocol';
import { LANGUAGE_ID } from './server';

/** Internal command behind the status item: Problems when something is unsupported, else the Talks view. */
export const STATUS_CLICK_COMMAND = 'talkNotes.statusBarClicked';

/**
 * Claims / unsupported claims of the active notes file, from the server's `talkNotes/status`
 * notifications (kept per document, so switching editors needs no request).
 */
export class ClaimsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('talkNotes.claims', vscode.StatusBarAlignment.Right, 100);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.item.name = 'Talk Notes claims';
    this.item.command = STATUS_CLICK_COMMAND;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.byUri.delete(doc.uri.toString())),
      vscode.commands.registerCommand(STATUS_CLICK_COMMAND, () => this.clicked()),
    );
  }

  /** Handler for `talkNotes/status`. */
  update(params: StatusParams): void {
    this.byUri.set(params.uri, params);
    this.render();
  }

  /** The counts shown for the active editor (`undefined` when the item is hidden). */
  get shown(): StatusParams | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    return uri ? this.byUri.get(uri) : undefined;
  }

  private render(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const status = doc ? this.byUri.get(doc.uri.toString()) : undefined;
    if (!doc || (!status && doc.languageId !== LANGUAGE_ID)) {
      this.item.hide();
      return;
    }
    if (!status) {
      this.item.text = '$(loading~spin) Talk Notes';
      this.item.tooltip = 'Talk Notes is analysing this file';
    } else {
      const warn = status.unsupported > 0 ? '$(warning) ' : '$(pass) ';
      this.item.text = `${warn}${status.claims} claim${status.claims === 1 ? '' : 's'} · ${status.unsupported} unsupported`;
      this.item.tooltip = new vscode.MarkdownString(
        `**Talk Notes**: ${status.claims} claims, ${status.unsupported} without a source (analysed in ${Math.round(status.analysisMs)} ms).\n\n` +
          (status.unsupported > 0 ? 'Click to list unsupported claims in the Problems view.' : 'Click to open the Talks view.'),
      );
    }
    this.item.show();
  }

  private async clicked(): Promise<void> {
    const status = this.shown;
    if (status && status.unsupported > 0) {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    } else {
      await vscode.commands.executeCommand('talkNotes.showTalksView');
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.item.dispose();
  }
}
