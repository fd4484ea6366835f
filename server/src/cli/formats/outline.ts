import type { NotesDocument } from '../../core/model/types';

/** The outline as an indented tree: title, talks with speakers, sections. Lines are 1-based. */
export function formatOutline(doc: NotesDocument): string {
  const out: string[] = [];
  out.push(doc.title ? `${doc.title.text}  (line ${doc.title.range.start.line + 1})` : '(untitled)');
  if (doc.conference) out.push(`  conference: ${doc.conference}`);
  for (const t of doc.talks) {
    out.push(`  ${t.title}  (line ${t.line + 1})`);
    for (const s of t.speakers) {
      const detail = [s.role, s.org].filter(Boolean).join(' @ ');
      out.push(`    speaker: ${s.name}${detail ? `, ${detail}` : ''}`);
    }
    for (const s of t.sections) out.push(`    ${s.title}  (line ${s.line + 1})`);
    const claims = doc.claims.filter((c) => c.talk === doc.talks.indexOf(t)).length;
    if (claims) out.push(`    ${claims} claim${claims === 1 ? '' : 's'}`);
  }
  if (doc.outlineOnly) out.push('  (file above talkNotes.maxFileSize: outline only)');
  return out.join('\n');
}
