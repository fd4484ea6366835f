// The "empty server" reference of `npm run bench`: a vscode-languageserver over stdio that does
// no analysis. It answers each hover/definition/references request with the result it was told
// for that request (so it sends the same bytes as the real server), or null. Results come from
// `bench/setResponse` requests (bench/requests.ts sends the real server's answer just before
// asking) or from a file (`--responses=FILE`, JSON: { "<method> <uri> <line>:<character>": result }).
import { readFileSync } from 'node:fs';
import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';

const file = process.argv.find((a) => a.startsWith('--responses='))?.slice('--responses='.length);
const responses = new Map(Object.entries(file ? JSON.parse(readFileSync(file, 'utf8')) : {}));
const connection = createConnection(ProposedFeatures.all);
const key = (method, p) => `${method} ${p.textDocument.uri} ${p.position.line}:${p.position.character}`;

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true, definitionProvider: true, referencesProvider: true },
}));
connection.onRequest('bench/setResponse', (p) => {
  responses.set(key(p.method, p.params), p.result ?? null);
  return null;
});
connection.onHover((p) => responses.get(key('textDocument/hover', p)) ?? null);
connection.onDefinition((p) => responses.get(key('textDocument/definition', p)) ?? null);
connection.onReferences((p) => responses.get(key('textDocument/references', p)) ?? null);
connection.listen();
