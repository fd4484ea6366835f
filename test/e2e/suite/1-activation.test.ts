// The installed .vsix activates in a real VS Code, contributes its language, grammar,
// settings and commands, and gives every notes form the right language id.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from 'mocha';
import { AFTERNOON, EXTENSION_ID, MORNING, activate, fileUri, open, waitFor } from './helpers';

suite('activation and manifest', () => {
  suiteSetup(activate);

  test('the extension is the installed .vsix, not a development copy', function () {
    // test:vscode (test-electron) loads the checkout as a development extension instead
    if (process.env.TALKNOTES_E2E_MODE === 'development') this.skip();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.strictEqual(ext.isActive, true);
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.Workspace);
    // installed extensions live in the profile's extensions folder as <publisher>.<name>-<version>
    assert.match(path.basename(ext.extensionPath), /^talknotes\.talk-notes-\d+\.\d+\.\d+$/);
    const files = fs.readdirSync(path.join(ext.extensionPath, 'dist')).sort();
    assert.deepStrictEqual(files, ['client.js', 'server.js']);
  });

  test('the talknotes language is registered and .notes files get it', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('talknotes'));
    const editor = await open(AFTERNOON);
    assert.strictEqual(editor.document.languageId, 'talknotes');
  });

  test('Markdown notes keep the markdown language', async () => {
    const editor = await open(MORNING);
    assert.strictEqual(editor.document.languageId, 'markdown');
  });

  test('every contributed command is registered by the client', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed: string[] = ext.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    assert.ok(contributed.length >= 10, `contributed ${contributed.length} commands`);
    const all = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !all.has(c));
    assert.deepStrictEqual(missing, []);
  });

  test('settings have their documented defaults', () => {
    const c = vscode.workspace.getConfiguration('talkNotes');
    assert.strictEqual(c.get('hover.summarySentences'), 3);
    assert.deepStrictEqual(c.get('markdown.include'), ['**/*.notes.md']);
    assert.strictEqual(c.get('detectPlainText'), true);
    assert.strictEqual(c.get('maxFileSize'), 20 * 1024 * 1024);
    assert.strictEqual(c.get('codeLens.enabled'), true);
    assert.strictEqual(c.get('outline.showClaims'), false);
    assert.strictEqual(c.get('trace.server'), 'off');
    assert.strictEqual((c.get('diagnostics.severity') as Record<string, string>)['unsupported-claim'], 'information');
  });

  test('the sample of the walkthrough opens as an untitled notes document', async () => {
    await vscode.commands.executeCommand('talkNotes.openSample');
    const doc = await waitFor('the sample editor', () => vscode.window.activeTextEditor?.document.isUntitled && vscode.window.activeTextEditor.document);
    assert.strictEqual(doc.languageId, 'talknotes');
    assert.match(doc.getText(), /@ Northwind/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('workspace files are visible to the extension host', async () => {
    const files = await vscode.workspace.findFiles('**/*.{notes,md,txt}');
    assert.ok(files.some((f) => f.fsPath === fileUri(AFTERNOON).fsPath));
  });
});
