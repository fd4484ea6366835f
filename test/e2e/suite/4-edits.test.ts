// Edits the user invokes: quick fixes, rename across files, go to speaker, and settings that
// take effect without a restart. Runs last; every edited file is reverted afterwards.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import { AFTERNOON, MORNING, activate, codeOf, expected, fileUri, flattenSymbols, open, ourDiagnostics, setSetting, waitFor } from './helpers';

async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isUntitled)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

function unsupported(uri: vscode.Uri): vscode.Diagnostic[] {
  return ourDiagnostics(uri).filter((d) => codeOf(d) === 'unsupported-claim');
}

async function applyAction(action: vscode.CodeAction | vscode.Command): Promise<void> {
  if ('edit' in action && action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applied "${action.title}"`);
  const command = 'command' in action && typeof action.command === 'object' ? action.command : 'arguments' in action ? (action as vscode.Command) : undefined;
  if (command?.command) await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
}

suite('edits, navigation and settings', () => {
  let uri: vscode.Uri;
  suiteSetup(async () => {
    await activate();
    uri = (await open(AFTERNOON)).document.uri;
    await waitFor('diagnostics of the afternoon notes', () => unsupported(uri).length > 0);
  });
  suiteTeardown(async () => {
    await setSetting('talkNotes.diagnostics.severity', undefined);
    await setSetting('talkNotes.outline.showClaims', undefined);
    await revertAll();
  });

  test('talkNotes.goToSpeaker moves the cursor to the speaker line of the talk around it', async () => {
    const e = expected(AFTERNOON);
    const editor = await open(AFTERNOON);
    for (const claim of e.claims.slice(0, 4)) {
      const talk = [...e.talks].reverse().find((t) => t.line <= claim.line);
      if (!talk) continue;
      editor.selection = new vscode.Selection(claim.line - 1, 5, claim.line - 1, 5);
      await vscode.commands.executeCommand('talkNotes.goToSpeaker');
      await waitFor(`cursor on line ${talk.speakers[0].line} from line ${claim.line}`, () => vscode.window.activeTextEditor?.selection.active.line === talk.speakers[0].line - 1);
    }
  });

  test('Copy Talk Summary puts the title and the summary on the clipboard', async () => {
    const talk = expected(AFTERNOON).talks[0];
    const editor = await open(AFTERNOON);
    editor.selection = new vscode.Selection(talk.line + 2, 3, talk.line + 2, 3);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('talkNotes.copyTalkSummary');
    const text = await waitFor('the summary on the clipboard', async () => (await vscode.env.clipboard.readText()) || undefined);
    assert.ok(text.startsWith(`${talk.title}\n\n`), JSON.stringify(text.slice(0, 120)));
    assert.ok(text.length > talk.title.length + 80, 'with a summary after the title');
  });

  test('next talk / previous talk step through talk titles', async () => {
    const e = expected(AFTERNOON);
    const editor = await open(AFTERNOON);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('talkNotes.nextTalk');
    await waitFor('cursor on the first talk', () => vscode.window.activeTextEditor?.selection.active.line === e.talks[0].line - 1);
    await vscode.commands.executeCommand('talkNotes.nextTalk');
    await waitFor('cursor on the second talk', () => vscode.window.activeTextEditor?.selection.active.line === e.talks[1].line - 1);
    await vscode.commands.executeCommand('talkNotes.previousTalk');
    await waitFor('back on the first talk', () => vscode.window.activeTextEditor?.selection.active.line === e.talks[0].line - 1);
  });

  test('next unsupported claim moves to the next unsupported-claim diagnostic', async () => {
    const editor = await open(AFTERNOON);
    const starts = unsupported(uri).map((d) => d.range.start).sort((a, b) => a.compareTo(b));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('talkNotes.nextUnsupportedClaim');
    await waitFor(`cursor on ${starts[0].line + 1}:${starts[0].character + 1}`, () => vscode.window.activeTextEditor?.selection.active.isEqual(starts[0]));
    await vscode.commands.executeCommand('talkNotes.nextUnsupportedClaim');
    await waitFor(`cursor on ${starts[1].line + 1}:${starts[1].character + 1}`, () => vscode.window.activeTextEditor?.selection.active.isEqual(starts[1]));
  });

  test('Restart Server brings the features back', async () => {
    await vscode.commands.executeCommand('talkNotes.restartServer');
    const talk = expected(AFTERNOON).talks[0];
    const text = await waitFor('a hover after the restart', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(talk.line - 1, 1));
      return h.length > 0 ? h : undefined;
    });
    assert.ok(text.length > 0);
    await waitFor('diagnostics after the restart', () => unsupported(uri).length > 0);
  });

  test('a settings change takes effect: unsupported-claim off, then back', async () => {
    const before = unsupported(uri).length;
    await setSetting('talkNotes.diagnostics.severity', { 'unsupported-claim': 'off' });
    await waitFor('unsupported-claim diagnostics to disappear', () => unsupported(uri).length === 0);
    await setSetting('talkNotes.diagnostics.severity', { 'unsupported-claim': 'warning' });
    const back = await waitFor('unsupported-claim back as warnings', () => {
      const d = unsupported(uri);
      return d.length === before && d.every((x) => x.severity === vscode.DiagnosticSeverity.Warning) ? d : undefined;
    });
    assert.strictEqual(back.length, before);
    await setSetting('talkNotes.diagnostics.severity', undefined);
  });

  test('talkNotes.outline.showClaims adds claims to the outline', async () => {
    const count = async () => flattenSymbols((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? []).length;
    const without = await count();
    await setSetting('talkNotes.outline.showClaims', true);
    let last = without;
    const withClaims = await waitFor(() => `claims in the outline (${without} symbols before, ${last} now)`, async () => {
      const n = (last = await count());
      return n >= without + expected(AFTERNOON).claims.length ? n : undefined;
    });
    assert.ok(withClaims > without);
    await setSetting('talkNotes.outline.showClaims', undefined);
  });

  test('quick fixes for an unsupported claim: mark [citation needed], silence; re-checked', async () => {
    const target = unsupported(uri)[0];
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.ok(actions.length >= 3, `three quick fixes (citation, citation needed, silence): ${titles.join(' | ')}`);
    const needed = actions.find((a) => /citation needed/i.test(a.title));
    assert.ok(needed, `a "[citation needed]" fix: ${titles.join(' | ')}`);
    await applyAction(needed);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    assert.ok(doc.getText().includes('[citation needed]'), 'the marker was written');
    await waitFor('the acknowledged claim reported as a hint at most', () => {
      const same = unsupported(uri).filter((d) => d.range.start.line === target.range.start.line && d.range.start.character === target.range.start.character);
      return same.every((d) => d.severity === vscode.DiagnosticSeverity.Hint);
    });

    const next = unsupported(uri).find((d) => d.severity !== vscode.DiagnosticSeverity.Hint)!;
    const more = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, next.range, vscode.CodeActionKind.QuickFix.value);
    const silence = more.find((a) => /silence|ignore|suppress/i.test(a.title) && !/file/i.test(a.title));
    assert.ok(silence, `a fix that silences one claim: ${more.map((a) => a.title).join(' | ')}`);
    // the silencing directive may add a line, so claims are recognised by their text afterwards
    const textsBefore = unsupported(uri).map((d) => doc.getText(d.range));
    const claimText = doc.getText(next.range);
    const otherLines = new Set(unsupported(uri).filter((d) => d.range.start.line !== next.range.start.line).map((d) => doc.getText(d.range)));
    await applyAction(silence);
    let now: string[] = [];
    await waitFor(() => `the silenced claim to disappear (${textsBefore.length} before, ${now.length} now; target still there: ${now.includes(claimText)})`, () => {
      now = unsupported(uri).map((d) => doc.getText(d.range));
      return now.length < textsBefore.length && !now.includes(claimText);
    });
    // claims on other lines keep their diagnostics
    for (const t of otherLines) assert.ok(now.includes(t), `still reported: ${t.slice(0, 60)}`);
    await revertAll();
  });

  test('rename a speaker across the plain-text and the Markdown notes', async () => {
    const e = expected(AFTERNOON);
    const speaker = e.talks[0].speakers[0];
    const newName = `${speaker.name.split(' ')[0]}jamin ${speaker.name.split(' ').slice(1).join(' ')}`;
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, new vscode.Position(speaker.line - 1, 1), newName);
    assert.ok(edit, 'a rename edit');
    const files = edit.entries().map(([u]) => u.toString());
    assert.ok(files.includes(uri.toString()), 'edits the plain-text notes');
    assert.ok(files.includes(fileUri(MORNING).toString()), `edits the Markdown notes too: ${files.join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const afternoon = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    assert.ok(afternoon.lineAt(speaker.line - 1).text.startsWith(newName), afternoon.lineAt(speaker.line - 1).text);
    const morning = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fileUri(MORNING).toString())!;
    assert.ok(morning.getText().includes(newName), 'the Markdown mention was renamed');
    assert.ok(!morning.getText().includes(speaker.name), 'no old full name left in the Markdown notes');
    await revertAll();
  });
});
