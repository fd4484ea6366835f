import type { Position, Range } from '../model/types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { lineStart } from './common';
import { atPosition } from './locate';

/** A place in a workspace file (an LSP `Location`). */
export interface NotesLocation {
  uri: string;
  range: Range;
}

/**
 * Go to definition: a mention (full or first name) → the speaker line it resolves to (same talk,
 * same document, then another file); a `[[…]]` link → its talk title or speaker name; a talk title
 * → its first speaker line; a citation marker → its reference definition; `[@key]` → the
 * bibliography entry; a speaker name on a speaker line → itself.
 */
export function definition(index: WorkspaceIndex, uri: string, position: Position): NotesLocation[] {
  return atPosition<NotesLocation[]>(index, uri, position, [], (at, doc) => {
    switch (at.kind) {
      case 'mention': {
        const def = index.definitionOf(at.mention.key, uri, at.mention.talk);
        return def ? [{ uri: def.uri, range: def.speaker.nameRange }] : [];
      }
      case 'speakerName':
        return [{ uri, range: at.speaker.nameRange }];
      case 'talkTitle': {
        const first = doc.talks[at.talk]?.speakers[0];
        return first ? [{ uri, range: first.nameRange }] : [];
      }
      case 'crossReference':
        return at.target ? [{ uri: at.target.uri, range: at.target.range }] : [];
      case 'citation': {
        const def = doc.definitions[at.citation.definition];
        return def ? [{ uri, range: def.range }] : [];
      }
      case 'pandoc': {
        const e = index.bibliographyEntry(at.citation.key);
        return e ? [{ uri: e.uri, range: lineStart(e.line) }] : [];
      }
      default:
        return [];
    }
  });
}
