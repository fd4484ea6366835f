import * as vscode from 'vscode';
import { TalksRequest, type ClaimNode, type TalkNode, type TalksFile, type TalksParams, type TalksResult, type WireRange } from '../../server/src/protocol/protocol';
import type { ServerConnection } from './server';

/** View id in the manifest (`contributes.views.explorer`). */
export const TALKS_VIEW_ID = 'talkNotes.talks';

type Node =
  | { kind: 'file'; file: TalksFile }
  | { kind: 'talk'; uri: string; talk: TalkNode }
  | { kind: 'section'; uri: string; title: string; range: WireRange }
  | { kind: 'claim'; uri: string; claim: ClaimNode };

/** Converts a wire range without importing the protocol converters into the tree code. */
export function toRange(r: WireRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function revealCommand(uri: string, range: WireRange): vscode.Command {
  return {
    title: 'Reveal',
    command: 'vscode.open',
    arguments: [vscode.Uri.parse(uri), { selection: toRange({ start: range.start, end: range.start }), preserveFocus: false } satisfies vscode.TextDocumentShowOptions],
  };
}

/** The Talks view: file → talk → sections and claims, fed by `talkNotes/talks`. No analysis here. */
export class TalksTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private files: TalksFile[] | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly server: ServerConnection) {}

  /** Refetches after a short pause, so a burst of keystrokes costs one request. */
  scheduleRefresh(delayMs = 400): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.refresh();
    }, delayMs);
  }

  refresh(): void {
    this.files = undefined;
    this.changed.fire(undefined);
  }

  /** The last tree fetched from the server (for tests of the view and for commands). */
  async talks(): Promise<TalksFile[]> {
    if (this.files) return this.files;
    try {
      const client = await this.server.ready();
      const params: TalksParams = {};
      const result = await client.sendRequest<TalksResult | null>(TalksRequest, params);
      const files: TalksFile[] = (result?.files ?? []).slice().sort((a: TalksFile, b: TalksFile) => a.uri.localeCompare(b.uri));
      this.files = files;
      return files;
    } catch (err) {
      this.server.output.appendLine(`Talks view: ${err instanceof Error ? err.message : String(err)}`);
      return [];
    }
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return (await this.talks()).map((file) => ({ kind: 'file', file }) as Node);
    switch (node.kind) {
      case 'file':
        return node.file.talks.map((talk) => ({ kind: 'talk', uri: node.file.uri, talk }) as Node);
      case 'talk':
        return [
          ...node.talk.sections.map((s) => ({ kind: 'section', uri: node.uri, title: s.title, range: s.range }) as Node),
          ...node.talk.claims.map((claim) => ({ kind: 'claim', uri: node.uri, claim }) as Node),
        ];
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'file': {
        const uri = vscode.Uri.parse(node.file.uri);
        const item = new vscode.TreeItem(node.file.title ?? uri.path.split('/').pop() ?? uri.toString(), vscode.TreeItemCollapsibleState.Expanded);
        item.resourceUri = uri;
        item.description = `${plural(node.file.talks.length, 'talk')} · ${plural(node.file.claims, 'claim')} · ${node.file.unsupported} unsupported`;
        item.tooltip = `${vscode.workspace.asRelativePath(uri)}\n${item.description}`;
        item.iconPath = vscode.ThemeIcon.File;
        item.contextValue = 'talkNotes.file';
        item.command = { title: 'Open', command: 'vscode.open', arguments: [uri] };
        return item;
      }
      case 'talk': {
        const t = node.talk;
        const hasChildren = t.sections.length + t.claims.length > 0;
        const item = new vscode.TreeItem(t.title, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        const who = t.speakers.join(', ');
        item.description = `${who ? who + ' · ' : ''}${plural(t.claims.length, 'claim')}${t.unsupported ? ` · ${t.unsupported} unsupported` : ''}`;
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown(`**${escapeMd(t.title)}**`);
        if (who) tip.appendMarkdown(`  \n${escapeMd(who)}`);
        if (t.summary.length) tip.appendMarkdown(`\n\n${t.summary.map(escapeMd).join(' ')}`);
        item.tooltip = tip;
        item.iconPath = new vscode.ThemeIcon('mic');
        item.contextValue = 'talkNotes.talk';
        item.command = revealCommand(node.uri, t.titleRange);
        return item;
      }
      case 'section': {
        const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('symbol-namespace');
        item.contextValue = 'talkNotes.section';
        item.command = revealCommand(node.uri, node.range);
        return item;
      }
      case 'claim': {
        const c = node.claim;
        const item = new vscode.TreeItem(c.text.length > 90 ? c.text.slice(0, 89) + '…' : c.text, vscode.TreeItemCollapsibleState.None);
        item.description = `${c.supported ? '' : 'unsupported · '}${c.kinds.join(', ')}`;
        item.tooltip = `${c.text}\n\n${c.supported ? 'Has a source' : 'No source'} · ${c.kinds.join(', ')}`;
        item.iconPath = c.supported
          ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
          : new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        item.contextValue = c.supported ? 'talkNotes.claim' : 'talkNotes.unsupportedClaim';
        item.command = revealCommand(node.uri, c.range);
        return item;
      }
    }
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.changed.dispose();
  }
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
