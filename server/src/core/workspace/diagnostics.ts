import { severityOf } from '../config';
import { unsupportedClaimMessage } from '../claims/messages';
import type { Claim, DiagnosticCode, NotesDiagnostic, NotesDocument, Range, Severity } from '../model/types';
import type { WorkspaceIndex } from './workspaceIndex';

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * Every diagnostic of one document (SPEC §2 "Diagnostics"), with severities from the
 * configuration; codes set to `off` are left out. Workspace-dependent checks (cross-references,
 * Pandoc citations) are made here, so a change in another file changes this result.
 */
export function documentDiagnostics(index: WorkspaceIndex, uri: string): NotesDiagnostic[] {
  const doc = index.get(uri);
  if (!doc) return [];
  const config = index.configuration;
  const out: NotesDiagnostic[] = [];
  const add = (code: DiagnosticCode, range: Range, message: string, extra: Partial<NotesDiagnostic> = {}, cap?: Severity) => {
    let severity = severityOf(config, code);
    if (severity === 'off') return;
    if (cap && RANK[severity] < RANK[cap]) severity = cap;
    out.push({ code, severity, message, range, ...extra });
  };

  if (doc.outlineOnly) {
    add('file-too-large', doc.title?.range ?? zeroRange(), `This file is larger than talkNotes.maxFileSize (${config.maxFileSize} bytes): only the outline is computed.`);
    return out;
  }
  for (const p of doc.problems) add(p.code, p.range, p.message, { tags: p.tags });

  const cited = new Set<number>();
  for (const c of doc.citations) {
    if (c.definition >= 0) cited.add(c.definition);
    else add('unresolved-citation', c.range, `Citation ${c.marker} has no reference definition in this file (add a line \`${c.marker}: https://…\`).`);
  }
  doc.definitions.forEach((d, i) => {
    if (!cited.has(i)) add('unused-reference', d.markerRange, `Reference ${d.marker} is not cited anywhere in this file.`, { tags: ['unnecessary'] });
  });
  for (const x of doc.crossReferences) {
    if (!index.resolveCrossReference(x.target)) {
      add('broken-cross-reference', x.range, `No talk or speaker named "${x.target}" in the workspace.`);
    }
  }

  const kinds = new Set(config.claimKinds);
  doc.claims.forEach((claim, i) => {
    if (isClaimSilenced(doc, claim)) return;
    if (!claim.kinds.some((k) => kinds.has(k))) return;
    if (isClaimSupported(index, uri, i)) return;
    add('unsupported-claim', claim.range, unsupportedClaimMessage(claim), { claim: i }, claim.acknowledged ? 'hint' : undefined);
  });
  return out;
}

/**
 * A claim is supported when one of its sources resolves: a URL, an explicit or named source,
 * a citation marker with a definition, a Pandoc key found in a workspace bibliography.
 */
export function isClaimSupported(index: WorkspaceIndex, uri: string, claim: number): boolean {
  const c = index.get(uri)?.claims[claim];
  if (!c) return false;
  return c.sources.some((s) => (s.kind === 'pandoc' ? s.target !== undefined && index.bibliographyEntry(s.target) !== undefined : s.resolved));
}

/**
 * The claim is silenced by a directive (on the claim, one of its lines, or the whole file).
 * Checked here as well as by the claim finder so that no path forgets it; the counts in cards,
 * code lens and the Talks view use the same test.
 */
export function isClaimSilenced(doc: NotesDocument, claim: Claim): boolean {
  if (claim.suppressed || doc.suppressions.file) return true;
  const lines = doc.suppressions.lines;
  if (lines.length === 0) return false;
  for (let l = claim.range.start.line; l <= claim.range.end.line; l++) if (lines.includes(l)) return true;
  return false;
}

function zeroRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
