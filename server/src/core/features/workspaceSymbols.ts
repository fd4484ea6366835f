import type { Range } from '../model/types';
import { personKey } from '../text/names';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { baseName, memo, safely } from './common';

/** A talk or speaker for "Go to Symbol in Workspace" (an LSP `SymbolInformation`). */
export interface NotesWorkspaceSymbol {
  name: string;
  kind: 'talk' | 'speaker';
  uri: string;
  range: Range;
  /** A talk: the document title (or file name); a speaker: the talk's title. */
  containerName: string;
}

/** At most this many symbols are returned; the editor shows a short list anyway. */
export const WORKSPACE_SYMBOL_LIMIT = 256;

/**
 * Talks and speakers of every notes file whose name matches `query` as a subsequence (case and
 * accents folded), best matches first: a prefix, then a word start, then a substring, then a
 * scattered subsequence. An empty query lists everything up to the limit.
 */
export function workspaceSymbols(index: WorkspaceIndex, query: string): NotesWorkspaceSymbol[] {
  return safely([], () => {
    const q = personKey(typeof query === 'string' ? query : '').replace(/\s+/g, '');
    const scored: { symbol: NotesWorkspaceSymbol; score: number }[] = [];
    for (const entry of entries(index)) {
      const score = matchFolded(entry.folded, q);
      if (score >= 0) scored.push({ score, symbol: entry.symbol });
    }
    scored.sort(
      (a, b) =>
        a.score - b.score ||
        a.symbol.name.localeCompare(b.symbol.name) ||
        (a.symbol.uri < b.symbol.uri ? -1 : a.symbol.uri > b.symbol.uri ? 1 : a.symbol.range.start.line - b.symbol.range.start.line),
    );
    return scored.slice(0, WORKSPACE_SYMBOL_LIMIT).map((s) => s.symbol);
  });
}

interface Entry {
  symbol: NotesWorkspaceSymbol;
  folded: string;
}

/** Symbols with folded names, kept per index until its next change (queries come per keystroke). */
function entries(index: WorkspaceIndex): Entry[] {
  return memo(index, 'workspaceSymbols', '', () => {
    const list: Entry[] = [];
    for (const doc of index.allTables()) {
      const container = doc.title ?? baseName(doc.uri);
      for (const talk of doc.talks) {
        list.push({ folded: personKey(talk.title), symbol: { name: talk.title, kind: 'talk', uri: doc.uri, range: talk.titleRange, containerName: container } });
        for (const sp of talk.speakers) {
          list.push({ folded: personKey(sp.name), symbol: { name: sp.name, kind: 'speaker', uri: doc.uri, range: sp.nameRange, containerName: talk.title } });
        }
      }
    }
    return list;
  });
}

/** 0 prefix, 1 word start, 2 substring, 3 subsequence, -1 no match (spaces in the query ignored). */
export function matchScore(name: string, query: string): number {
  return matchFolded(personKey(name), personKey(query).replace(/\s+/g, ''));
}

function matchFolded(n: string, query: string): number {
  if (!query) return 0;
  const compact = n.replace(/\s+/g, '');
  if (compact.startsWith(query)) return 0;
  if (n.split(' ').some((w) => w.startsWith(query))) return 1;
  if (compact.includes(query)) return 2;
  let i = 0;
  for (let j = 0; j < compact.length && i < query.length; j++) if (compact[j] === query[i]) i++;
  return i === query.length ? 3 : -1;
}
