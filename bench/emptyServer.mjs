// The "empty server" reference of `npm run bench`: a vscode-languageserver over stdio that does
// no analysis. With a responses file (JSON: { "<method> <uri> <line>:<character>": result }) it
// answers each hover/definition/references request with the result the real server gave for
// the same request (so both send the same bytes); without one it answers null.
import { readFileSync } from 'node:fs';
import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';

const file = process.argv.find((a) => a.startsWith('--responses='))?.slice('--responses='.length);
const responses = file ? JSON.parse(readFileSync(file, 'utf8')) : {};
const connection = createConnection(ProposedFeatures.all);
const key = (method, p) => `${method} ${p.textDocument.uri} ${p.position.line}:${p.position.character}`;

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true, definitionProvider: true, referencesProvider: true },
}));
connection.onHover((p) => responses[key('textDocument/hover', p)] ?? null);
connection.onDefinition((p) => responses[key('textDocument/definition', p)] ?? null);
connection.onReferences((p) => responses[key('textDocument/references', p)] ?? null);
connection.listen();
