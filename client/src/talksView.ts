import * as vscode from 'vscode';
import { TalksRequest, type ClaimNode, type TalkNode, type TalksFile, type TalksParams, type TalksResult, type WireRange } from '../../server/src/protocol/protocol';
import type { ServerConnection } from './server';

/** View id in the manifest (`contributes.views.explorer`). */
export const TALKS_VIEW_ID = 'talkNotes.talks';

type Node =
  | { kind: 'file'; file: TalksFile }
  | { kind: 'talk'; uri: string; index: number; talk: TalkNode }
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

/**
 * The Talks view: file → talk → sections and claims, fed by `talkNotes/talks`. No analysis here.
 * The files and talks come first, without claims and summaries (`outline`); a file's claims and
 * summaries are asked for when one of its talks is expanded or hovered, so a large workspace
 * costs the server and this view only what is looked at.
 */
export class TalksTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private files: TalksFile[] | undefined;
  /** Files with their claims and summaries, as asked for since the last refresh. */
  private readonly details = new Map<string, Promise<TalksFile | undefined>>();
  /** Files changed since their node was fetched (see `scheduleFileRefresh`). */
  private readonly dirty = new Set<string>();
  private fileTimer: ReturnType<typeof setTimeout> | undefined;
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
    this.details.clear();
    this.changed.fire(undefined);
  }

  /**
   * Refetches one file after a short pause (typing in it), keeping the others: a file's node
   * depends on that file alone, and the whole tree of a large workspace is megabytes.
   */
  scheduleFileRefresh(uri: string, delayMs = 400): void {
    this.dirty.add(uri);
    if (this.fileTimer) clearTimeout(this.fileTimer);
    this.fileTimer = setTimeout(() => {
      this.fileTimer = undefined;
      void this.refreshFiles();
    }, delayMs);
  }

  private async refreshFiles(): Promise<void> {
    const uris = [...this.dirty];
    this.dirty.clear();
    for (const uri of uris) {
      // Not fetched yet (or a full refresh is under way): the next fetch brings the file as it is.
      if (!this.files) return;
      const fresh = await this.fetch({ uri, outline: true });
      const files = this.files;
      if (!files) return;
      this.details.delete(uri);
      const at = files.findIndex((f) => f.uri === uri || f.uri === fresh?.uri);
      if (fresh && at >= 0) files[at] = fresh;
      else if (fresh) files.push(fresh);
      else if (at >= 0) files.splice(at, 1);
      files.sort((a, b) => a.uri.localeCompare(b.uri));
    }
    this.changed.fire(undefined);
  }

  /** The last tree fetched from the server (for tests of the view and for commands). */
  async talks(): Promise<TalksFile[]> {
    if (this.files) return this.files;
    try {
      const client = await this.server.ready();
      const params: TalksParams = { outline: true };
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
        return node.file.talks.map((talk, index) => ({ kind: 'talk', uri: node.file.uri, index, talk }) as Node);
      case 'talk': {
        const claims = node.talk.claimCount > 0 ? ((await this.detail(node.uri))?.talks[node.index]?.claims ?? []) : [];
        return [
          ...node.talk.sections.map((s) => ({ kind: 'section', uri: node.uri, title: s.title, range: s.range }) as Node),
          ...claims.map((claim) => ({ kind: 'claim', uri: node.uri, claim }) as Node),
        ];
      }
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
        const hasChildren = t.sections.length + t.claimCount > 0;
        const item = new vscode.TreeItem(t.title, hasChildren ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        const who = t.speakers.join(', ');
        item.description = `${who ? who + ' · ' : ''}${plural(t.claimCount, 'claim')}${t.unsupported ? ` · ${t.unsupported} unsupported` : ''}`;
        // The tooltip (with the summary) is filled in `resolveTreeItem`, when the talk is hovered.
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

  /** The claims under the talks of one file, as the view lists them when its talks are expanded (for tests). */
  async claimTexts(uri: string): Promise<string[]> {
    const file = (await this.talks()).find((f) => f.uri === uri);
    if (!file) return [];
    const out: string[] = [];
    for (const talk of await this.getChildren({ kind: 'file', file })) {
      for (const child of await this.getChildren(talk)) if (child.kind === 'claim') out.push(child.claim.text);
    }
    return out;
  }

  /** The talk's tooltip with its summary, asked for when the talk is hovered. */
  async resolveTreeItem(item: vscode.TreeItem, node: Node): Promise<vscode.TreeItem> {
    if (node.kind !== 'talk') return item;
    const t = node.talk;
    const who = t.speakers.join(', ');
    const summary = (await this.detail(node.uri))?.talks[node.index]?.summary ?? [];
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown(`**${escapeMd(t.title)}**`);
    if (who) tip.appendMarkdown(`  \n${escapeMd(who)}`);
    if (summary.length) tip.appendMarkdown(`\n\n${summary.map(escapeMd).join(' ')}`);
    item.tooltip = tip;
    return item;
  }

  /** One file with its claims and summaries (once per refresh). */
  private detail(uri: string): Promise<TalksFile | undefined> {
    let file = this.details.get(uri);
    if (!file) {
      file = this.fetch({ uri });
      this.details.set(uri, file);
    }
    return file;
  }

  /** One file's node (`params.uri`), or undefined when it is not notes (any more). */
  private async fetch(params: TalksParams): Promise<TalksFile | undefined> {
    try {
      const client = await this.server.ready();
      const result = await client.sendRequest<TalksResult | null>(TalksRequest, params);
      return result?.files[0];
    } catch (err) {
      this.server.output.appendLine(`Talks view: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    if (this.fileTimer) clearTimeout(this.fileTimer);
    this.changed.dispose();
  }
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
