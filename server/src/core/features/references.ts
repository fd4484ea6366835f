import type { CrossReference, NotesDocument, Position } from '../model/types';
import { personKey } from '../text/names';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { comparePositions, memo, rangeContainsRange } from './common';
import type { NotesLocation } from './definition';
import { atPosition } from './locate';

/**
 * Find references. For a person (mention, speaker name, `[[Person]]`): every mention across the
 * workspace, every `[[Person]]` link, and — with `includeDeclaration` — their speaker lines'
 * names. For a citation or reference definition: every citation of that definition (and the
 * definition's marker with `includeDeclaration`). For a talk title or `[[Talk]]`: the links to it.
 * For `[@key]`: every use of the key across the workspace.
 */
export function references(index: WorkspaceIndex, uri: string, position: Position, includeDeclaration = true): NotesLocation[] {
  return atPosition<NotesLocation[]>(index, uri, position, [], (at, doc) => {
    switch (at.kind) {
      case 'mention':
        return personReferences(index, at.mention.key, includeDeclaration);
      case 'speakerName':
        return personReferences(index, at.speaker.key, includeDeclaration);
      case 'crossReference': {
        const t = at.target;
        if (!t) return [];
        if (t.kind === 'person') return personReferences(index, personKey(at.crossReference.target), includeDeclaration);
        return talkReferences(index, t.uri, t.talk, includeDeclaration);
      }
      case 'talkTitle':
        return talkReferences(index, uri, at.talk, includeDeclaration);
      case 'citation':
        return at.citation.definition >= 0 ? citationReferences(doc, at.citation.definition, includeDeclaration) : sameMarker(doc, at.citation.id);
      case 'definition':
        return citationReferences(doc, at.index, includeDeclaration);
      case 'pandoc': {
        const key = at.citation.key.toLowerCase();
        const out: NotesLocation[] = [];
        for (const d of index.allTables()) for (const c of d.pandocCitations) if (c.key.toLowerCase() === key) out.push({ uri: d.uri, range: c.range });
        return sortLocations(out);
      }
      default:
        return [];
    }
  });
}

/**
 * Every place a person is named: speaker names (declarations), mentions and `[[Person]]` links.
 * Remembered until the index changes (each mention of a person asks for the same list); the
 * list is shared, so callers must not modify it.
 */
export function personReferences(index: WorkspaceIndex, key: string, includeDeclaration: boolean): NotesLocation[] {
  if (!key) return [];
  return memo(index, 'personReferences', `${includeDeclaration ? 1 : 0}${key}`, () => collectPersonReferences(index, key, includeDeclaration));
}

function collectPersonReferences(index: WorkspaceIndex, key: string, includeDeclaration: boolean): NotesLocation[] {
  const out: NotesLocation[] = [];
  if (includeDeclaration) for (const s of index.speakersOf(key)) out.push({ uri: s.uri, range: s.speaker.nameRange });
  for (const m of index.mentionsOf(key)) out.push({ uri: m.uri, range: m.mention.range });
  for (const link of personLinks(index, key)) out.push({ uri: link.uri, range: link.range });
  return sortLocations(out);
}

/** `[[…]]` links across the workspace that resolve to a person with this key. */
export function personLinks(index: WorkspaceIndex, key: string): (NotesLocation & { targetRange: NotesLocation['range'] })[] {
  const out: (NotesLocation & { targetRange: NotesLocation['range'] })[] = [];
  for (const { uri, link } of linksByKey(index).get(key) ?? []) {
    if (index.resolveCrossReference(link.target)?.kind !== 'person') continue;
    out.push({ uri, range: link.range, targetRange: link.targetRange });
  }
  return out;
}

/** `[[…]]` links across the workspace that resolve to one talk. */
export function talkLinks(index: WorkspaceIndex, uri: string, talk: number): (NotesLocation & { targetRange: NotesLocation['range'] })[] {
  const out: (NotesLocation & { targetRange: NotesLocation['range'] })[] = [];
  const title = index.tablesOf(uri)?.talks[talk]?.title;
  if (title === undefined) return out;
  for (const { uri: from, link } of linksByKey(index).get(personKey(title)) ?? []) {
    const t = index.resolveCrossReference(link.target);
    if (t?.kind === 'talk' && t.uri === uri && t.talk === talk) out.push({ uri: from, range: link.range, targetRange: link.targetRange });
  }
  return out;
}

type LinkTable = Map<string, { uri: string; link: CrossReference }[]>;

/**
 * Every `[[…]]` link of the workspace by the key of its target, in document order: built once
 * per index generation instead of scanning every file's links at each request.
 */
function linksByKey(index: WorkspaceIndex): LinkTable {
  return memo(index, 'linksByKey', '', () => {
    const byKey: LinkTable = new Map();
    for (const d of index.allTables()) {
      for (const link of d.crossReferences) {
        const key = personKey(link.target);
        const list = byKey.get(key);
        if (list) list.push({ uri: d.uri, link });
        else byKey.set(key, [{ uri: d.uri, link }]);
      }
    }
    return byKey;
  });
}

function talkReferences(index: WorkspaceIndex, uri: string, talk: number, includeDeclaration: boolean): NotesLocation[] {
  const out: NotesLocation[] = talkLinks(index, uri, talk).map((l) => ({ uri: l.uri, range: l.range }));
  const t = index.tablesOf(uri)?.talks[talk];
  if (includeDeclaration && t) out.push({ uri, range: t.titleRange });
  return sortLocations(out);
}

function citationReferences(doc: NotesDocument, definition: number, includeDeclaration: boolean): NotesLocation[] {
  const out: NotesLocation[] = doc.citations.filter((c) => c.definition === definition).map((c) => ({ uri: doc.uri, range: c.range }));
  const def = doc.definitions[definition];
  if (includeDeclaration && def) out.push({ uri: doc.uri, range: def.markerRange });
  return sortLocations(out);
}

/** Unresolved markers have no definition to group by: the other uses of the same marker. */
function sameMarker(doc: NotesDocument, id: string): NotesLocation[] {
  return doc.citations.filter((c) => c.id === id).map((c) => ({ uri: doc.uri, range: c.range }));
}

/** Sorted by file then position; duplicates and locations inside another one (a mention inside a `[[…]]` link) removed. */
export function sortLocations(locations: NotesLocation[]): NotesLocation[] {
  locations.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : comparePositions(a.range.start, b.range.start) || comparePositions(b.range.end, a.range.end)));
  const out: NotesLocation[] = [];
  for (const l of locations) {
    const last = out[out.length - 1];
    if (last && last.uri === l.uri && rangeContainsRange(last.range, l.range)) continue;
    out.push(l);
  }
  return out;
}
