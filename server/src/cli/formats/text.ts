import type { NotesDiagnostic } from '../../core/model/types';

/** `file:line:col severity code message`, 1-based: the format editors and problem matchers read. */
export function formatTextDiagnostic(path: string, d: NotesDiagnostic): string {
  return `${path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${oneLine(d.message)}`;
}

/** `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` for GitHub Actions annotations. */
export function formatGithubDiagnostic(path: string, d: NotesDiagnostic): string {
  const level = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const props = [
    `file=${escapeProperty(path)}`,
    `line=${d.range.start.line + 1}`,
    `col=${d.range.start.character + 1}`,
    `endLine=${d.range.end.line + 1}`,
    `endColumn=${d.range.end.character + 1}`,
    `title=${escapeProperty(`talk-notes ${d.code}`)}`,
  ].join(',');
  return `::${level} ${props}::${escapeData(d.message)}`;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ');
}

// The workflow-command escapes of @actions/core.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
