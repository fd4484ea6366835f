import * as vscode from 'vscode';
import {
  Commands,
  SpeakerLocationRequest,
  TalkSummaryRequest,
  TalksRequest,
  type SpeakerLocationParams,
  type SpeakerLocationResult,
  type TalkSummaryResult,
  type TalksParams,
  type TalksFile,
  type TalksResult,
  type WireRange,
} from '../../server/src/protocol/protocol';
import type { ServerConnection } from './server';
import { TALKS_VIEW_ID, toRange } from './talksView';

/** Opens the bundled sample as an untitled notes document (walkthrough, empty Talks view). */
export const OPEN_SAMPLE_COMMAND = 'talkNotes.openSample';

function activeEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) void vscode.window.showInformationMessage('Talk Notes: open a notes file first.');
  return editor;
}

async function reveal(uri: vscode.Uri, range: vscode.Range): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * Reads a location from command arguments written by the server into hover links and code
 * lenses (JSON, so URIs arrive as strings): `(uri, range|position|line)` or one object with
 * `uri` and one of `range`, `position`, `line`, `selection`.
 */
export function parseLocation(args: unknown[]): { uri: vscode.Uri; range: vscode.Range } | undefined {
  let [first, second] = args;
  if (Array.isArray(first) && args.length === 1) [first, second] = first;
  let uriValue: unknown = first;
  let where: unknown = second;
  if (first && typeof first === 'object' && !(first instanceof vscode.Uri) && 'uri' in first) {
    const o = first as Record<string, unknown>;
    uriValue = o.uri;
    where = o.range ?? o.selection ?? o.position ?? o.line ?? second;
  }
  const uri = uriValue instanceof vscode.Uri ? uriValue : typeof uriValue === 'string' ? vscode.Uri.parse(uriValue) : undefined;
  if (!uri) return undefined;
  return { uri, range: toVsRange(where) };
}

function toVsRange(where: unknown): vscode.Range {
  if (typeof where === 'number') return new vscode.Range(where, 0, where, 0);
  if (where instanceof vscode.Range) return where;
  if (where instanceof vscode.Position) return new vscode.Range(where, where);
  if (where && typeof where === 'object') {
    const w = where as Record<string, unknown>;
    if (w.start && w.end) return toRange(where as WireRange);
    if (typeof w.line === 'number') {
      const ch = typeof w.character === 'number' ? w.character : 0;
      return new vscode.Range(w.line, ch, w.line, ch);
    }
  }
  return new vscode.Range(0, 0, 0, 0);
}

/** Registers every palette command; all analysis stays in the server. */
export function registerCommands(context: vscode.ExtensionContext, server: ServerConnection): void {
  const talksOf = async (uri: vscode.Uri): Promise<TalksFile | undefined> => {
    const client = await server.ready();
    const params: TalksParams = { uri: uri.toString() };
    const result = await client.sendRequest<TalksResult | null>(TalksRequest, params);
    return result?.files.find((f: TalksFile) => f.uri === uri.toString()) ?? result?.files[0];
  };

  const positionParams = (editor: vscode.TextEditor): SpeakerLocationParams => ({
    uri: editor.document.uri.toString(),
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
  });

  const moveTo = (editor: vscode.TextEditor, range: vscode.Range): void => {
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const register = (id: string, fn: (...args: any[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  };

  register(Commands.goToSpeaker, async () => {
    const editor = activeEditor();
    if (!editor) return;
    const client = await server.ready();
    const loc = await client.sendRequest<SpeakerLocationResult | null>(SpeakerLocationRequest, positionParams(editor));
    if (!loc) {
      void vscode.window.showInformationMessage('Talk Notes: the cursor is not inside a talk with a speaker line.');
      return;
    }
    const target = toRange(loc.range);
    if (loc.uri === editor.document.uri.toString()) moveTo(editor, target);
    else await reveal(vscode.Uri.parse(loc.uri), target);
  });

  const stepTalk = async (direction: 1 | -1): Promise<void> => {
    const editor = activeEditor();
    if (!editor) return;
    const file = await talksOf(editor.document.uri);
    const starts = (file?.talks ?? []).map((t) => toRange(t.titleRange)).sort((a, b) => a.start.compareTo(b.start));
    if (starts.length === 0) return;
    const line = editor.selection.active.line;
    const next = direction === 1 ? starts.find((r) => r.start.line > line) ?? starts[0] : [...starts].reverse().find((r) => r.start.line < line) ?? starts[starts.length - 1];
    moveTo(editor, next);
  };
  register(Commands.nextTalk, () => stepTalk(1));
  register(Commands.previousTalk, () => stepTalk(-1));

  register(Commands.nextUnsupportedClaim, async () => {
    const editor = activeEditor();
    if (!editor) return;
    // Unsupported claims the Problems view shows (preamble claims included) plus those of the
    // Talks tree (also when their diagnostics are switched off), deduplicated by position.
    const fromDiagnostics = vscode.languages
      .getDiagnostics(editor.document.uri)
      .filter((d) => d.source === 'talk-notes' && (typeof d.code === 'object' ? d.code.value : d.code) === 'unsupported-claim')
      .map((d) => d.range);
    const file = await talksOf(editor.document.uri);
    const fromTree = (file?.talks ?? []).flatMap((t) => t.claims).filter((c) => !c.supported).map((c) => toRange(c.range));
    const seen = new Set<string>();
    const claims = [...fromDiagnostics, ...fromTree]
      .filter((r) => {
        const key = `${r.start.line}:${r.start.character}`;
        return seen.has(key) ? false : (seen.add(key), true);
      })
      .sort((a, b) => a.start.compareTo(b.start));
    if (claims.length === 0) {
      void vscode.window.showInformationMessage('Talk Notes: no unsupported claims in this file.');
      return;
    }
    const pos = editor.selection.active;
    moveTo(editor, claims.find((r) => r.start.isAfter(pos)) ?? claims[0]);
  });

  register(Commands.showTalksView, async () => {
    await vscode.commands.executeCommand(`${TALKS_VIEW_ID}.focus`);
  });

  register(Commands.copyTalkSummary, async () => {
    const editor = activeEditor();
    if (!editor) return;
    const client = await server.ready();
    const summary = await client.sendRequest<TalkSummaryResult | null>(TalkSummaryRequest, positionParams(editor));
    if (!summary) {
      void vscode.window.showInformationMessage('Talk Notes: the cursor is not inside a talk.');
      return;
    }
    await vscode.env.clipboard.writeText(`${summary.title}\n\n${summary.text}`);
    void vscode.window.setStatusBarMessage(`Talk Notes: copied the summary of "${summary.title}"`, 3000);
  });

  register(Commands.restartServer, async () => {
    await server.restart();
    void vscode.window.setStatusBarMessage('Talk Notes: server restarted', 3000);
  });

  register(Commands.openTalk, async (...args: unknown[]) => {
    const loc = parseLocation(args);
    if (loc) await reveal(loc.uri, loc.range);
  });

  register(Commands.showReferences, async (...args: unknown[]) => {
    const loc = parseLocation(args);
    if (!loc) return;
    const raw = args.length === 1 && args[0] && typeof args[0] === 'object' ? (args[0] as Record<string, unknown>).locations : args[2];
    let locations: vscode.Location[];
    if (Array.isArray(raw)) {
      locations = raw.flatMap((l) => {
        const p = parseLocation([l]);
        return p ? [new vscode.Location(p.uri, p.range)] : [];
      });
    } else {
      locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', loc.uri, loc.range.start)) ?? [];
    }
    await vscode.commands.executeCommand('editor.action.showReferences', loc.uri, loc.range.start, locations);
  });

  register(OPEN_SAMPLE_COMMAND, async () => {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'samples', 'sample.notes'));
    const doc = await vscode.workspace.openTextDocument({ language: 'talknotes', content: Buffer.from(bytes).toString('utf8') });
    await vscode.window.showTextDocument(doc);
  });
}
