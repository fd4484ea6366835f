// Which documents Talk Notes serves: .txt detection, Markdown beside VS Code's own features,
// untitled documents, ordinary Markdown left alone; the Talks view and the status bar.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { suite, suiteSetup, teardown, test } from 'mocha';
import { AFTERNOON, EXTENSION_ID, TXT, activate, codeOf, fileUri, flattenSymbols, open, ourDiagnostics, setSetting, waitFor } from './helpers';

function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

suite('documents and views', () => {
  suiteSetup(activate);
  teardown(async () => {
    await setSetting('talkNotes.detectPlainText', undefined);
    await setSetting('talkNotes.markdown.include', undefined);
  });

  test('a .txt file that looks like talk notes switches to talknotes and is served', async () => {
    const uri = fileUri(TXT);
    await open(TXT);
    await waitFor(`${TXT} switching to talknotes (is ${languageOf(uri)})`, () => languageOf(uri) === 'talknotes');
    const names = await waitFor('symbols of the .txt notes', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      const n = flattenSymbols(s ?? []).map((x) => x.name);
      return n.includes('Tracing without tears') ? n : undefined;
    });
    assert.ok(names.includes('Reproducible builds at scale'), names.join(' | '));
  });

  test('with talkNotes.detectPlainText off, a notes-like .txt stays plain text', async () => {
    await setSetting('talkNotes.detectPlainText', false);
    const copy = fileUri('copy-of-meetup.txt');
    await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(fileUri(TXT)));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy));
    await new Promise((r) => setTimeout(r, 2500));
    assert.strictEqual(languageOf(copy), 'plaintext');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(copy);
  });

  test('ordinary Markdown stays markdown and gets no Talk Notes diagnostics', async () => {
    const editor = await open('not-notes.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepStrictEqual(ourDiagnostics(editor.document.uri).map(codeOf), []);
  });

  test('Markdown with front matter `talknotes: true` is served even when no glob matches it', async () => {
    const editor = await open('frontmatter-notes.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    const names = await waitFor('Talk Notes symbols of the front-matter notes', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      const n = flattenSymbols(s ?? []).map((x) => x.name);
      // VS Code's own Markdown outline names headings with their `#`s stripped too, so look for
      // what only Talk Notes reports: the talk with its speaker as detail.
      const talk = flattenSymbols(s ?? []).find((x) => x.name === 'Streaming joins in practice' && /Ada Okafor/.test(x.detail));
      return talk ? n : undefined;
    }, 30_000);
    assert.ok(names.includes('Streaming joins in practice'));
    const diags = await waitFor('the unsupported claim in the front-matter notes', async () => {
      const d = ourDiagnostics(editor.document.uri);
      return d.length ? d : undefined;
    }, 30_000);
    assert.deepStrictEqual(diags.map(codeOf), ['unsupported-claim']);
    assert.strictEqual(diags[0].range.start.line, 9);
  });

  test('talkNotes.markdown.include decides which Markdown files the server serves', async () => {
    const uri = fileUri('not-notes.md');
    await open('not-notes.md');
    const headings = async () =>
      flattenSymbols((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? []).filter((s) => s.name.endsWith('Meeting agenda')).length;
    // only VS Code's Markdown support answers for an ordinary Markdown file
    assert.strictEqual(await waitFor('the Markdown outline', headings), 1);
    await setSetting('talkNotes.markdown.include', ['**/*.notes.md', '**/not-notes.md']);
    // the client restarts with the new selector: now Talk Notes adds its outline beside VS Code's
    await waitFor('Talk Notes serving not-notes.md', async () => (await headings()) === 2, 30_000);
    await setSetting('talkNotes.markdown.include', undefined);
    await waitFor('not-notes.md left to VS Code again', async () => (await headings()) === 1, 30_000);
  });

  test('untitled notes are served', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'talknotes', content: 'Scratch notes\nCaching at the edge\nMina Park, Engineer @ Contoso\nMina said caching cut latency by 80%.\n' });
    await vscode.window.showTextDocument(doc);
    const names = await waitFor('symbols of an untitled document', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      const n = flattenSymbols(s ?? []).map((x) => x.name);
      return n.includes('Caching at the edge') ? n : undefined;
    });
    assert.ok(names.length >= 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the Talks view lists the notes files; the status bar counts the active file', async () => {
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { talksViewFiles(): Promise<number>; statusBarCounts(): { claims: number; unsupported: number } | undefined };
    const files = await waitFor('files in the Talks view', async () => {
      await vscode.commands.executeCommand('talkNotes.refreshTalks');
      const n = await api.talksViewFiles();
      return n >= 3 ? n : undefined;
    });
    assert.ok(files >= 3, `${files} files`);
    await vscode.commands.executeCommand('talkNotes.showTalksView');
    const editor = await open(AFTERNOON);
    const status = await waitFor('status bar counts', () => api.statusBarCounts());
    const unsupported = ourDiagnostics(editor.document.uri).filter((d) => codeOf(d) === 'unsupported-claim').length;
    assert.ok(status.claims >= status.unsupported && status.unsupported > 0, JSON.stringify(status));
    assert.strictEqual(status.unsupported, unsupported, 'status bar and Problems agree');
  });

  test('expanding a talk in the Talks view lists its claims, fetched when expanded; an edit updates that file', async () => {
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { talksViewClaims(uri: string): Promise<string[]> };
    const editor = await open(AFTERNOON);
    const uri = editor.document.uri.toString();
    const before = await waitFor('claims under the talks', async () => {
      const claims = await api.talksViewClaims(uri);
      return claims.length > 0 ? claims : undefined;
    });
    assert.ok(before.some((c) => c.includes('fastest')), before.join('\n'));
    const sentence = 'The rewritten scheduler is 40x faster than the old one.';
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, `\n\n${sentence}\n`)));
    const after = await waitFor('the new claim in the Talks view', async () => {
      const claims = await api.talksViewClaims(uri);
      return claims.includes(sentence) ? claims : undefined;
    });
    assert.strictEqual(after.length, before.length + 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
