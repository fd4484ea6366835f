// Shared helpers of the e2e suite. Only the `vscode` API and Node's own modules are used.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'talknotes.talk-notes';
export const AFTERNOON = 'bugbash26-afternoon-day1.notes';
export const MORNING = 'bugbash26-morning-day1.notes.md';
export const UNICODE = 'unicode-crlf.notes';
export const TXT = 'devtools-meetup.txt';

/** The scratch copy of the example workspace the runner opened. */
export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens a workspace folder');
  return folder.uri.fsPath;
}

export function fileUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceDir(), name));
}

/** Expectations shipped with the repository (test/expected), 1-based lines and columns. */
export interface Expected {
  title: string;
  talks: { title: string; line: number; speakers: { name: string; role: string | null; org: string | null; line: number }[]; sections?: { title: string; line: number }[] }[];
  mentions: { name: string; line: number; column: number; endColumn: number; person: string; speaker: boolean }[];
  claims: { line: number; textIncludes: string; kinds: string[]; attributedTo?: string | null }[];
}

export function expected(name: string): Expected {
  const base = name.replace(/\.notes(\.md)?$/, '');
  // The runner passes the repository's test/expected folder (kept out of the workspace, which
  // the server scans for notes and bibliographies).
  const dir = process.env.TALKNOTES_E2E_EXPECTED;
  assert.ok(dir, 'TALKNOTES_E2E_EXPECTED is set by the runner');
  const file = path.join(dir, `${base}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Expected;
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Polls until `probe` returns a truthy value (the server works asynchronously). */
export async function waitFor<T>(what: string | (() => string), probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() - start > timeoutMs) assert.fail(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  const api = (await ext.activate()) as { ready(): Promise<void> } | undefined;
  await api?.ready();
}

/** Talk Notes diagnostics of a document, once the server published them. */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'talk-notes');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** 1-based line/column (as in test/expected) to a VS Code position. */
export function pos(line: number, column: number): vscode.Position {
  return new vscode.Position(line - 1, column - 1);
}

/** Plain text of hover contents. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export function flattenSymbols(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flattenSymbols(s.children)]);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  const [section, ...rest] = key.split('.');
  await vscode.workspace.getConfiguration(section).update(rest.join('.'), value, vscode.ConfigurationTarget.Workspace);
}
