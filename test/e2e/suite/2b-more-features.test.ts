// The rest of SPEC §3 through VS Code's provider commands: folding, highlights, workspace
// symbols, semantic tokens, document links, selection ranges, citations.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from 'mocha';
import { AFTERNOON, MORNING, UNICODE, activate, expected, fileUri, flattenSymbols, hoverText, open, pos, waitFor } from './helpers';

interface MorningExpected {
  citations: { marker: string; line: number; column: number; endColumn: number; definitionLine: number | null }[];
}

suite('more language features', () => {
  let uri: vscode.Uri;
  suiteSetup(async () => {
    await activate();
    uri = (await open(AFTERNOON)).document.uri;
  });

  test('folding: one range per talk, from its title', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    const starts = new Set(ranges.map((r) => r.start));
    for (const t of expected(AFTERNOON).talks) assert.ok(starts.has(t.line - 1), `a folding range starts at "${t.title}" (line ${t.line}); starts: ${[...starts].map((s) => s + 1).join(',')}`);
  });

  test('document highlights: the other mentions of the person under the cursor', async () => {
    const e = expected(AFTERNOON);
    const m = e.mentions.find((x) => x.speaker && x.name !== x.person)!;
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', uri, pos(m.line, m.column));
    const at = highlights.map((h) => `${h.range.start.line + 1}:${h.range.start.character + 1}`);
    for (const other of e.mentions.filter((x) => x.person === m.person)) assert.ok(at.includes(`${other.line}:${other.column}`), `highlight at ${other.line}:${other.column}; got ${at.join(', ')}`);
  });

  test('workspace symbols: talks and speakers of every notes file', async () => {
    const talk = expected(MORNING).talks[0];
    // the Markdown notes are not open: this also checks that the workspace was indexed at start
    let names = '';
    const hit = await waitFor(() => `workspace symbol "${talk.title}" (got ${names})`, async () => {
      const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', talk.title.split(' ')[0]);
      names = symbols.map((s) => s.name).join(' | ');
      return symbols.find((s) => s.name === talk.title);
    });
    assert.strictEqual(hit.location.uri.toString(), fileUri(MORNING).toString());
    const speaker = expected(AFTERNOON).talks[0].speakers[0].name;
    const people = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', speaker.split(' ')[1]);
    assert.ok(people.some((s) => s.name.includes(speaker)), `workspace symbol for ${speaker}: ${people.map((s) => s.name).join(' | ')}`);
  });

  test('semantic tokens mark resolved mentions', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
    assert.ok(legend && tokens, 'a legend and tokens');
    const decoded: { line: number; char: number; length: number; type: string }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
      decoded.push({ line, char, length: tokens.data[i + 2], type: legend.tokenTypes[tokens.data[i + 3]] });
    }
    for (const m of expected(AFTERNOON).mentions.slice(0, 5)) {
      const t = decoded.find((d) => d.line === m.line - 1 && d.char === m.column - 1);
      assert.ok(t, `a semantic token on "${m.name}" at ${m.line}:${m.column}`);
      assert.strictEqual(t.length, m.endColumn - m.column);
    }
  });

  test('citations: hover shows the reference, definition goes to it, links are clickable', async () => {
    const m = expected(MORNING) as unknown as MorningExpected;
    const cite = m.citations.find((c) => c.definitionLine !== null)!;
    const muri = fileUri(MORNING);
    await open(MORNING);
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', muri, pos(cite.line, cite.column + 1)));
    const defLine = (await vscode.workspace.openTextDocument(muri)).lineAt(cite.definitionLine! - 1).text;
    const url = /https?:\/\/\S+/.exec(defLine)?.[0];
    assert.ok(url && hover.includes(url), `hover on ${cite.marker} shows ${url}: ${hover.slice(0, 200)}`);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', muri, pos(cite.line, cite.column + 1));
    const d = defs[0];
    assert.ok(d, `a definition for ${cite.marker}`);
    assert.strictEqual('targetRange' in d ? d.targetRange.start.line : d.range.start.line, cite.definitionLine! - 1);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', muri);
    assert.ok(links.some((l) => l.range.start.line === cite.definitionLine! - 1 && l.target?.toString().startsWith(url!.replace(/[.,)]+$/, '').slice(0, 20))), `a document link on line ${cite.definitionLine}`);
  });

  test('a BOM, CRLF and emoji file: positions in UTF-16 as VS Code counts them', async () => {
    const e = expected(UNICODE);
    const u = (await open(UNICODE)).document;
    assert.strictEqual(u.eol, vscode.EndOfLine.CRLF);
    const symbols = flattenSymbols((await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', u.uri)) ?? []);
    for (const t of e.talks) {
      const sym = symbols.find((x) => x.name === t.title);
      assert.ok(sym, `outline has "${t.title}": ${symbols.map((x) => x.name).join(' | ')}`);
      assert.strictEqual(sym.selectionRange.start.line, t.line - 1);
    }
    for (const m of e.mentions) {
      const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', u.uri, pos(m.line, m.column));
      const d = defs[0];
      assert.ok(d, `definition of "${m.name}" at ${m.line}:${m.column}`);
      const origin = 'originSelectionRange' in d ? d.originSelectionRange : undefined;
      if (origin) assert.deepStrictEqual([origin.start.character, origin.end.character], [m.column - 1, m.endColumn - 1]);
      const speakerLine = e.talks.flatMap((t) => t.speakers).find((sp) => sp.name === m.person)!.line;
      assert.strictEqual('targetRange' in d ? d.targetRange.start.line : d.range.start.line, speakerLine - 1, `"${m.name}" → speaker line ${speakerLine}`);
      assert.strictEqual(u.getText(new vscode.Range(pos(m.line, m.column), pos(m.line, m.endColumn))), m.name, 'the expected columns hold the name in VS Code\'s own text');
    }
  });

  test('selection ranges grow from a word to its sentence and beyond', async () => {
    const m = expected(AFTERNOON).mentions[1];
    const [sel] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', uri, [pos(m.line, m.column + 1)]);
    assert.ok(sel, 'a selection range');
    let depth = 0;
    for (let r: vscode.SelectionRange | undefined = sel; r; r = r.parent) depth++;
    assert.ok(depth >= 3, `at least word, sentence, block (got ${depth} levels)`);
  });
});
