import type { Diagnostic, Range as LspRange } from 'vscode-languageserver';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { NotesDiagnostic, Range, Severity } from '../core/model/types';

/** The `source` of every diagnostic the server publishes (SPEC §2 "Diagnostics"). */
export const DIAGNOSTIC_SOURCE = 'talk-notes';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Core ranges already are LSP ranges (0-based, UTF-16); copied so no core object leaks into a message. */
export function toRange(r: Range): LspRange {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/** Data attached to a published diagnostic, read back by code actions. */
export interface DiagnosticData {
  claim?: number;
}

export function toDiagnostic(d: NotesDiagnostic): Diagnostic {
  const out: Diagnostic = {
    range: toRange(d.range),
    severity: SEVERITY[d.severity] ?? DiagnosticSeverity.Information,
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
  };
  if (d.tags?.includes('unnecessary')) out.tags = [DiagnosticTag.Unnecessary];
  if (d.claim !== undefined) out.data = { claim: d.claim } satisfies DiagnosticData;
  return out;
}
