import type {
  CodeLens,
  CompletionItem,
  Connection,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  SelectionRange,
  SemanticTokens,
  ServerCapabilities,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver';
import {
  CompletionItemKind,
  DocumentHighlightKind,
  ErrorCodes,
  FoldingRangeKind,
  MarkupKind,
  ResponseError,
  SymbolKind,
} from 'vscode-languageserver';
import type { NotesLocation, NotesSelectionRange, NotesSymbol, NotesSymbolKind } from '../core/features';
import {
  codeLenses,
  completion,
  definition,
  documentHighlights,
  documentLinks,
  documentSymbols,
  hover,
  legend,
  prepareRename,
  references,
  rename,
  selectionRanges,
  semanticTokens,
  workspaceSymbols,
} from '../core/features';
import type { ServerContext } from './context';
import { onDocument, onOutline, onWorkspace } from './context';
import { toRange } from './convert';
import { registerCodeActions } from './codeActions';
import { structureSymbols } from '../core/features/documentSymbols';
import { structureFoldingRanges } from '../core/features/folding';

const SYMBOL_KIND: Record<NotesSymbolKind, SymbolKind> = {
  title: SymbolKind.File,
  talk: SymbolKind.Class,
  speaker: SymbolKind.Constructor,
  section: SymbolKind.Namespace,
  claim: SymbolKind.Boolean,
};

/**
 * Registers the handler of every editor feature of `core/features` and returns the capabilities
 * to announce for them. Each handler is a conversion: core result → LSP shape.
 */
export function registerFeatures(connection: Connection, ctx: ServerContext): ServerCapabilities {
  // Without claims the outline needs the structure only: answered without waiting for the full analysis.
  connection.onDocumentSymbol((p, token) =>
    ctx.ws.config.outlineShowClaims
      ? onDocument<DocumentSymbol[]>(ctx, 'document symbols', [], p.textDocument.uri, token, (_d, uri) => documentSymbols(ctx.ws.index, uri).map(toDocumentSymbol))
      : onOutline<DocumentSymbol[]>(ctx, 'document symbols', [], p.textDocument.uri, token, (doc) => structureSymbols(doc).map(toDocumentSymbol)),
  );

  connection.onHover((p, token) =>
    onDocument<Hover | null>(ctx, 'hover', null, p.textDocument.uri, token, (_d, uri) => {
      const h = hover(ctx.ws.index, uri, p.position);
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(h.range) } : null;
    }),
  );

  connection.onDefinition((p, token) => onDocument<Location[]>(ctx, 'definition', [], p.textDocument.uri, token, (_d, uri) => definition(ctx.ws.index, uri, p.position).map(toLocation)));

  connection.onReferences((p, token) =>
    onDocument<Location[]>(ctx, 'references', [], p.textDocument.uri, token, (_d, uri) => toLocations(references(ctx.ws.index, uri, p.position, p.context?.includeDeclaration ?? true))),
  );

  connection.onDocumentHighlight((p, token) =>
    onDocument<DocumentHighlight[]>(ctx, 'document highlights', [], p.textDocument.uri, token, (_d, uri) =>
      documentHighlights(ctx.ws.index, uri, p.position).map((h) => ({
        range: toRange(h.range),
        kind: h.kind === 'write' ? DocumentHighlightKind.Write : h.kind === 'read' ? DocumentHighlightKind.Read : DocumentHighlightKind.Text,
      })),
    ),
  );

  connection.onPrepareRename((p, token) =>
    onDocument<{ range: ReturnType<typeof toRange>; placeholder: string } | ResponseError<void> | null>(ctx, 'rename', null, p.textDocument.uri, token, (_d, uri) => {
      const r = prepareRename(ctx.ws.index, uri, p.position);
      if ('error' in r) return new ResponseError(ErrorCodes.InvalidRequest, r.error);
      return { range: toRange(r.range), placeholder: r.placeholder };
    }),
  );

  connection.onRenameRequest((p, token) =>
    onDocument<WorkspaceEdit | ResponseError<void> | null>(ctx, 'rename', null, p.textDocument.uri, token, (_d, uri) => {
      const r = rename(ctx.ws.index, uri, p.position, p.newName);
      if ('error' in r) return new ResponseError(ErrorCodes.InvalidRequest, r.error);
      const changes: WorkspaceEdit['changes'] = {};
      for (const [u, edits] of Object.entries(r.changes)) changes[u] = edits.map((e) => ({ range: toRange(e.range), newText: e.newText }));
      return { changes };
    }),
  );

  connection.onWorkspaceSymbol((p, token) =>
    onWorkspace<SymbolInformation[]>(ctx, 'workspace symbols', [], token, () =>
      workspaceSymbols(ctx.ws.index, typeof p.query === 'string' ? p.query : '').map((s) => ({
        name: s.name,
        kind: s.kind === 'talk' ? SymbolKind.Class : SymbolKind.Constructor,
        location: { uri: s.uri, range: toRange(s.range) },
        containerName: s.containerName,
      })),
    ),
  );

  connection.onFoldingRanges((p, token) =>
    onOutline<FoldingRange[]>(ctx, 'folding', [], p.textDocument.uri, token, (doc) =>
      structureFoldingRanges(doc).map((f) => {
        const out: FoldingRange = { startLine: f.startLine, endLine: f.endLine };
        if (f.kind) out.kind = f.kind === 'comment' ? FoldingRangeKind.Comment : FoldingRangeKind.Region;
        return out;
      }),
    ),
  );

  connection.onSelectionRanges((p, token) =>
    onDocument<SelectionRange[]>(ctx, 'selection ranges', [], p.textDocument.uri, token, (_d, uri) => selectionRanges(ctx.ws.index, uri, p.positions).map(toSelectionRange)),
  );

  connection.onDocumentLinks((p, token) =>
    onDocument<DocumentLink[]>(ctx, 'document links', [], p.textDocument.uri, token, (_d, uri) =>
      documentLinks(ctx.ws.index, uri).map((l) => {
        const out: DocumentLink = { range: toRange(l.range), target: l.target };
        if (l.tooltip) out.tooltip = l.tooltip;
        return out;
      }),
    ),
  );

  connection.onCompletion((p, token) =>
    onDocument<CompletionItem[]>(ctx, 'completion', [], p.textDocument.uri, token, (_d, uri) =>
      completion(ctx.ws.index, uri, p.position).map((c, i) => ({
        label: c.label,
        kind: c.kind === 'talk' ? CompletionItemKind.Class : c.kind === 'person' ? CompletionItemKind.Constructor : CompletionItemKind.Reference,
        detail: c.detail,
        // Keeps the core's order (talks first, best matches first) whatever the editor's default sort.
        sortText: String(i).padStart(5, '0'),
        textEdit: { range: toRange(c.range), newText: c.insertText },
      })),
    ),
  );

  connection.onCodeLens((p, token) =>
    onDocument<CodeLens[]>(ctx, 'code lens', [], p.textDocument.uri, token, (_d, uri) =>
      codeLenses(ctx.ws.index, uri).map((l) => ({ range: toRange(l.range), command: { title: l.title, command: l.command, arguments: l.arguments } })),
    ),
  );

  const tokenLegend = legend();
  connection.languages.semanticTokens.on((p, token) =>
    onDocument<SemanticTokens>(ctx, 'semantic tokens', { data: [] }, p.textDocument.uri, token, (_d, uri) => ({ data: semanticTokens(ctx.ws.index, uri).data })),
  );

  return {
    documentSymbolProvider: { label: 'Talk Notes' },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
    workspaceSymbolProvider: true,
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    documentLinkProvider: { resolveProvider: false },
    completionProvider: { triggerCharacters: ['[', '@'], resolveProvider: false },
    codeLensProvider: { resolveProvider: false },
    semanticTokensProvider: { legend: tokenLegend, full: true, range: false },
    ...registerCodeActions(connection, ctx),
  };
}

/**
 * A person's reference list is one shared core array until the index changes (`personReferences`
 * remembers it), so its conversion is remembered with it: asking again from another mention of
 * the same person allocates nothing.
 */
const convertedLocations = new WeakMap<readonly NotesLocation[], Location[]>();

function toLocations(locations: readonly NotesLocation[]): Location[] {
  let out = convertedLocations.get(locations);
  if (!out) {
    out = locations.map(toLocation);
    convertedLocations.set(locations, out);
  }
  return out;
}

function toLocation(l: NotesLocation): Location {
  return { uri: l.uri, range: toRange(l.range) };
}

function toDocumentSymbol(s: NotesSymbol): DocumentSymbol {
  return {
    name: s.name.length > 0 ? s.name : '(untitled)',
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind] ?? SymbolKind.String,
    range: toRange(s.range),
    selectionRange: toRange(s.selectionRange),
    children: s.children.map(toDocumentSymbol),
  };
}

function toSelectionRange(s: NotesSelectionRange): SelectionRange {
  return s.parent ? { range: toRange(s.range), parent: toSelectionRange(s.parent) } : { range: toRange(s.range) };
}
