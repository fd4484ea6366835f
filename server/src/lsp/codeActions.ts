import type { CodeAction, Connection, Diagnostic, ServerCapabilities } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { claimFixes } from '../core/features/claimFixes';
import type { NotesDocument } from '../core/model/types';
import type { ServerContext } from './context';
import { onDocument } from './context';
import type { DiagnosticData } from './convert';
import { DIAGNOSTIC_SOURCE, toRange } from './convert';

/**
 * Quick fixes for `unsupported-claim` diagnostics (SPEC §3): add a citation marker with a
 * reference to fill in, mark `[citation needed]`, silence the claim or the file. The server only
 * returns edits; the editor applies them when the user picks one (SPEC §6: no other writes).
 */
export function registerCodeActions(connection: Connection, ctx: ServerContext): ServerCapabilities {
  connection.onCodeAction((p, token) =>
    onDocument<CodeAction[]>(ctx, 'code actions', [], p.textDocument.uri, token, (doc) => {
      const only = p.context?.only;
      if (only && !only.some((k) => k === '' || CodeActionKind.QuickFix === k || CodeActionKind.QuickFix.startsWith(`${k}.`))) return [];
      const out: CodeAction[] = [];
      const seen = new Set<string>();
      for (const d of p.context?.diagnostics ?? []) {
        if (d.source !== DIAGNOSTIC_SOURCE || d.code !== 'unsupported-claim') continue;
        const claim = claimOf(doc, d);
        if (claim < 0) continue;
        for (const fix of claimFixes(doc, claim)) {
          const edits = fix.edits.map((e) => ({ range: toRange(e.range), newText: e.newText }));
          // With several diagnostics in the request, file-wide fixes would repeat: offer each once.
          const key = fix.title + JSON.stringify(edits);
          if (seen.has(key)) continue;
          seen.add(key);
          const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [p.textDocument.uri]: edits } } };
          if (fix.isPreferred) action.isPreferred = true;
          out.push(action);
        }
      }
      return out;
    }),
  );
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false } };
}

/**
 * The claim a published diagnostic is about: the index it carries when that claim still has the
 * diagnostic's range, else the claim with that range (the text may have been re-analysed since).
 */
function claimOf(doc: NotesDocument, d: Diagnostic): number {
  const same = (i: number) => {
    const r = doc.claims[i]?.range;
    return !!r && r.start.line === d.range.start.line && r.start.character === d.range.start.character && r.end.line === d.range.end.line && r.end.character === d.range.end.character;
  };
  const data = d.data as DiagnosticData | undefined;
  if (typeof data?.claim === 'number' && same(data.claim)) return data.claim;
  for (let i = 0; i < doc.claims.length; i++) if (same(i)) return i;
  return -1;
}
