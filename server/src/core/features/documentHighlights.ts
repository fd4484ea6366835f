import type { NotesDocument, Position, Range } from '../model/types';
import { personKey } from '../text/names';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { comparePositions, safely } from './common';
import { locate, personAt } from './locate';

/** A highlighted range (an LSP `DocumentHighlight`): `write` marks a declaration. */
export interface NotesHighlight {
  range: Range;
  kind: 'text' | 'read' | 'write';
}

/**
 * Highlights in the current document: for a person, their speaker-line names (`write`), mentions
 * and `[[Person]]` links (`read`); for a citation marker or reference definition, the definition
 * (`write`) and every citation of it (`read`).
 */
export function documentHighlights(index: WorkspaceIndex, uri: string, position: Position): NotesHighlight[] {
  return safely([], () => {
    const doc = index.get(uri);
    if (!doc) return [];
    const at = locate(index, doc, position);
    const key = personAt(at);
    if (key) return sorted(personHighlights(index, doc, key));
    if (at?.kind === 'citation' || at?.kind === 'definition') {
      const def = at.kind === 'citation' ? at.citation.definition : at.index;
      const out: NotesHighlight[] = [];
      if (def >= 0) {
        out.push({ range: doc.definitions[def].markerRange, kind: 'write' });
        for (const c of doc.citations) if (c.definition === def) out.push({ range: c.range, kind: 'read' });
      } else if (at.kind === 'citation') {
        for (const c of doc.citations) if (c.id === at.citation.id) out.push({ range: c.range, kind: 'read' });
      }
      return sorted(out);
    }
    return [];
  });
}

function personHighlights(index: WorkspaceIndex, doc: NotesDocument, key: string): NotesHighlight[] {
  const out: NotesHighlight[] = [];
  for (const talk of doc.talks) for (const s of talk.speakers) if (s.key === key) out.push({ range: s.nameRange, kind: 'write' });
  const links: Range[] = [];
  for (const x of doc.crossReferences) {
    if (personKey(x.target) === key && index.resolveCrossReference(x.target)?.kind === 'person') {
      out.push({ range: x.range, kind: 'read' });
      links.push(x.range);
    }
  }
  for (const m of doc.mentions) {
    if (m.key !== key) continue;
    const inLink = links.some((l) => comparePositions(l.start, m.range.start) <= 0 && comparePositions(m.range.end, l.end) <= 0);
    if (!inLink) out.push({ range: m.range, kind: 'read' });
  }
  return out;
}

function sorted(list: NotesHighlight[]): NotesHighlight[] {
  return list.sort((a, b) => comparePositions(a.range.start, b.range.start));
}
