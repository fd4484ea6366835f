import type { Range } from '../model/types';
import { documentLines } from '../text/documentLines';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { comparePositions, rangesOverlap, safely, withoutFragment } from './common';

/** A clickable range (an LSP `DocumentLink`). */
export interface NotesDocumentLink {
  range: Range;
  /** A web URL, or a workspace file URI with a `#L<line>` fragment (1-based, as VS Code's opener reads it). */
  target: string;
  tooltip?: string;
}

/**
 * Links: bare URLs; URLs of reference definitions; citation markers (to the definition's URL, or
 * to the definition's line when it has none); resolved `[[…]]` links (to the talk or speaker line).
 * Sorted, never overlapping.
 */
export function documentLinks(index: WorkspaceIndex, uri: string): NotesDocumentLink[] {
  return safely([], () => {
    const doc = index.get(uri);
    if (!doc) return [];
    const lines = documentLines(doc);
    const out: NotesDocumentLink[] = [];
    for (const u of doc.urls) if (isLinkable(u.url)) out.push({ range: u.range, target: u.url });
    for (const d of doc.definitions) {
      if (!d.url || !isLinkable(d.url)) continue;
      const start = lines.offsetAt(d.range.start);
      const at = doc.text.slice(start, lines.offsetAt(d.range.end)).indexOf(d.url);
      if (at >= 0) out.push({ range: lines.range(start + at, start + at + d.url.length), target: d.url });
    }
    for (const c of doc.citations) {
      const d = doc.definitions[c.definition];
      if (!d) continue;
      out.push(d.url && isLinkable(d.url) ? { range: c.range, target: d.url, tooltip: d.text } : { range: c.range, target: lineTarget(uri, d.line), tooltip: d.text });
    }
    for (const x of doc.crossReferences) {
      const t = index.resolveCrossReference(x.target);
      if (t) out.push({ range: x.range, target: lineTarget(t.uri, t.line), tooltip: t.kind === 'talk' ? 'Open the talk' : 'Open the speaker line' });
    }
    out.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(b.range.end, a.range.end));
    const kept: NotesDocumentLink[] = [];
    for (const l of out) {
      if (kept.length > 0 && rangesOverlap(kept[kept.length - 1].range, l.range)) continue;
      kept.push(l);
    }
    return kept;
  });
}

function lineTarget(uri: string, line: number): string {
  return `${withoutFragment(uri)}#L${line + 1}`;
}

/** Only web and mail links from user text are clickable (never `command:` or `file:` URIs written in a note). */
function isLinkable(url: string): boolean {
  return /^(https?|ftp|mailto):/i.test(url);
}
