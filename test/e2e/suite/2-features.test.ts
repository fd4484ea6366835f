// The language features of the bundled server, through VS Code's own provider commands, on the
// example workspace. Expectations come from test/expected (what the analysis must find), so
// the assertions are exact positions and names rather than "something came back".
import * as assert from 'assert';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from 'mocha';
import { AFTERNOON, MORNING, activate, codeOf, expected, fileUri, flattenSymbols, hoverText, open, ourDiagnostics, pos, waitFor } from './helpers';

suite('language features on the examples', () => {
  let uri: vscode.Uri;
  const exp = () => expected(AFTERNOON);

  suiteSetup(async () => {
    await activate();
    uri = (await open(AFTERNOON)).document.uri;
    // the morning file takes part in cross-file features; open it so its analysis is fresh
    await open(MORNING);
    await open(AFTERNOON);
  });

  test('document symbols: title, talks with speaker details, sections', async () => {
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return s && s.length > 0 ? s : undefined;
    });
    const all = flattenSymbols(symbols);
    for (const talk of exp().talks) {
      const sym = all.find((s) => s.name === talk.title);
      assert.ok(sym, `outline has talk "${talk.title}"; got ${all.map((s) => s.name).join(' | ')}`);
      assert.strictEqual(sym.selectionRange.start.line, talk.line - 1, `"${talk.title}" line`);
      for (const sp of talk.speakers) assert.ok(sym.detail.includes(sp.name), `detail of "${talk.title}" names ${sp.name}: "${sym.detail}"`);
      for (const sec of talk.sections ?? []) {
        const child: vscode.DocumentSymbol | undefined = flattenSymbols(sym.children).find((c) => c.name === sec.title);
        assert.ok(child, `"${sec.title}" is inside "${talk.title}"`);
        assert.strictEqual(child.selectionRange.start.line, sec.line - 1);
      }
    }
  });

  test('hover on a talk title shows the talk card with speaker and summary', async () => {
    const talk = exp().talks[0];
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos(talk.line, 2));
    const text = hoverText(hovers);
    assert.ok(text.includes(talk.title), `hover names the talk: ${text.slice(0, 300)}`);
    assert.ok(text.includes(talk.speakers[0].name), 'hover names the speaker');
    if (talk.speakers[0].org) assert.ok(text.includes(talk.speakers[0].org), 'hover names the organisation');
    assert.ok(text.length > talk.title.length + 120, `the card holds a summary (${text.length} chars)`);
  });

  test('hover on a first-name mention shows the person card', async () => {
    const m = exp().mentions.find((x) => x.speaker && x.name !== x.person)!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos(m.line, m.column + 1));
    const text = hoverText(hovers);
    assert.ok(text.includes(m.person), `hover on "${m.name}" (${m.line}:${m.column}) names ${m.person}: ${text.slice(0, 300)}`);
    assert.ok(hovers[0].range, 'hover has a range');
    assert.deepStrictEqual([hovers[0].range!.start.character, hovers[0].range!.end.character], [m.column - 1, m.endColumn - 1]);
  });

  test('definition: every speaker mention goes to its speaker line', async () => {
    const e = exp();
    const speakerLine = new Map(e.talks.flatMap((t) => t.speakers.map((s) => [s.name, s.line] as const)));
    const mentions = e.mentions.filter((m) => m.speaker && speakerLine.has(m.person));
    assert.ok(mentions.length >= 3);
    for (const m of mentions) {
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, pos(m.line, m.column));
      assert.ok(defs.length > 0, `definition for ${m.name} at ${m.line}:${m.column}`);
      const d = defs[0];
      const target = 'targetUri' in d ? { uri: d.targetUri, line: d.targetRange.start.line } : { uri: d.uri, line: d.range.start.line };
      assert.strictEqual(target.uri.toString(), uri.toString());
      assert.strictEqual(target.line, speakerLine.get(m.person)! - 1, `${m.name} at ${m.line}:${m.column} → speaker line of ${m.person}`);
    }
  });

  test('definition across files: [[Informal methods]] in the Markdown notes', async () => {
    const morning = expected(MORNING) as unknown as { crossReferences: { line: number; column: number; target: { line: number } }[] };
    const x = morning.crossReferences[0];
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', fileUri(MORNING), pos(x.line, x.column + 3));
    assert.ok(defs.length > 0, 'a definition for the cross-reference');
    const d = defs[0];
    const targetUri = 'targetUri' in d ? d.targetUri : d.uri;
    const line = 'targetUri' in d ? d.targetRange.start.line : d.range.start.line;
    assert.strictEqual(targetUri.toString(), uri.toString());
    assert.ok(line === x.target.line - 1 || line === x.target.line, `goes to the talk (title or speaker line), got ${line + 1}`);
  });

  test('references: every mention of a speaker, across files, speaker line included', async () => {
    const e = exp();
    const person = e.talks[0].speakers[0];
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, pos(person.line, 2));
    const here = refs.filter((r) => r.uri.toString() === uri.toString()).map((r) => `${r.range.start.line + 1}:${r.range.start.character + 1}`);
    for (const m of e.mentions.filter((x) => x.person === person.name)) assert.ok(here.includes(`${m.line}:${m.column}`), `reference at ${m.line}:${m.column}; got ${here.join(', ')}`);
    assert.ok(refs.some((r) => r.range.start.line === person.line - 1), 'the speaker line is a reference');
    const morning = expected(MORNING).mentions.filter((m) => m.person === person.name);
    for (const m of morning) {
      assert.ok(refs.some((r) => r.uri.toString() === fileUri(MORNING).toString() && r.range.start.line === m.line - 1 && r.range.start.character === m.column - 1), `reference in ${MORNING} at ${m.line}:${m.column}`);
    }
  });

  test('code lens above each talk with claim counts and a command', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
    const e = exp();
    for (const talk of e.talks) {
      const onTitle = lenses.filter((l) => l.range.start.line === talk.line - 1);
      assert.ok(onTitle.length > 0, `a code lens on "${talk.title}" (line ${talk.line}); lenses at ${lenses.map((l) => l.range.start.line + 1).join(',')}`);
      assert.ok(onTitle.some((l) => /claim/.test(l.command?.title ?? '')), `lens title counts claims: ${onTitle.map((l) => l.command?.title).join(' / ')}`);
      assert.ok(onTitle.every((l) => !!l.command?.command), 'lenses carry commands');
    }
  });

  test('the commands behind code lenses and hover links run (openTalk, showReferences)', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
    const commands = lenses.map((l) => l.command!).filter((c) => c.command.startsWith('talkNotes.'));
    assert.ok(commands.length > 0, 'code lenses run Talk Notes commands');
    for (const c of commands) await vscode.commands.executeCommand(c.command, ...(c.arguments ?? []));
    // openTalk with the argument shape the server writes into hover links moves the cursor
    const talk = exp().talks[1];
    const editor = await open(AFTERNOON);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('talkNotes.openTalk', { uri: uri.toString(), line: talk.line - 1 });
    await waitFor(`cursor on "${talk.title}"`, () => vscode.window.activeTextEditor?.selection.active.line === talk.line - 1);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  test('completion inside [[ offers talk titles and speakers of the workspace', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'talknotes', content: 'My day\nA talk\nSam Doe @ Example\nAs said in [[' });
    const items = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(3, 13), '[');
    const labels = items.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    const e = exp();
    assert.ok(labels.includes(e.talks[0].title), `completion has "${e.talks[0].title}": ${labels.slice(0, 20).join(' | ')}`);
    assert.ok(labels.includes(e.talks[0].speakers[0].name), `completion has ${e.talks[0].speakers[0].name}`);
    assert.ok(labels.includes(expected(MORNING).talks[0].title), 'completion has talks of the Markdown notes too');
  });

  test('diagnostics: unsupported claims with exact ranges, codes, source', async () => {
    const e = exp();
    const describe = () => vscode.languages.getDiagnostics(uri).map((d) => `${d.source}/${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ');
    const diags = await waitFor(() => `unsupported-claim diagnostics (have: ${describe()})`, () => {
      const d = ourDiagnostics(uri).filter((x) => codeOf(x) === 'unsupported-claim');
      return d.length >= e.claims.length ? d : undefined;
    });
    // SPEC §4 names this one: 37:83–37:185
    const named = diags.find((d) => d.range.start.line === 36 && d.range.start.character === 82);
    assert.ok(named, `a diagnostic at 37:83; got ${diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ')}`);
    assert.deepStrictEqual([named.range.end.line, named.range.end.character], [36, 184]);
    assert.strictEqual(named.severity, vscode.DiagnosticSeverity.Information);
    for (const c of e.claims) assert.ok(diags.some((d) => d.range.start.line <= c.line - 1 && d.range.end.line >= c.line - 1), `claim on line ${c.line} ("${c.textIncludes}") is reported`);
  });

  test('the Markdown notes: outline and no false citation diagnostics', async () => {
    const m = expected(MORNING) as unknown as { talks: { title: string }[]; diagnostics: { none: string[] } };
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', fileUri(MORNING));
    const names = flattenSymbols(symbols ?? []).map((s) => s.name);
    for (const t of m.talks) assert.ok(names.includes(t.title), `Markdown outline has "${t.title}": ${names.join(' | ')}`);
    const codes = ourDiagnostics(fileUri(MORNING)).map(codeOf);
    for (const none of m.diagnostics.none) assert.ok(!codes.includes(none), `no ${none} in ${MORNING}`);
  });
});
