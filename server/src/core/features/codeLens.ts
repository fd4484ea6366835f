import type { Range } from '../model/types';
import { Commands } from '../../protocol/protocol';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { claimCounts } from './claimStatus';
import { safely } from './common';

/** A code lens with its command resolved (an LSP `CodeLens` with `command`). */
export interface NotesCodeLens {
  range: Range;
  title: string;
  command: string;
  arguments: unknown[];
}

/**
 * Above each talk: "N claims · M unsupported · K mentions elsewhere", where K counts mentions of
 * the talk's speakers in other files. Clicking shows the references of the first speaker (or
 * opens the talk when it has none). Empty when `codeLens` is off.
 */
export function codeLenses(index: WorkspaceIndex, uri: string): NotesCodeLens[] {
  return safely([], () => {
    const doc = index.get(uri);
    if (!doc || !index.configuration.codeLens) return [];
    const elsewhereByKey = new Map<string, number>();
    const mentionsElsewhere = (key: string): number => {
      let n = elsewhereByKey.get(key);
      if (n === undefined) {
        n = 0;
        for (const m of index.mentionsOf(key)) if (m.uri !== uri) n++;
        elsewhereByKey.set(key, n);
      }
      return n;
    };
    return doc.talks.map((talk, ti) => {
      const { claims, unsupported } = claimCounts(index, doc, ti);
      let elsewhere = 0;
      for (const key of new Set(talk.speakers.map((s) => s.key))) elsewhere += mentionsElsewhere(key);
      const title = `${claims} claim${claims === 1 ? '' : 's'} · ${unsupported} unsupported · ${elsewhere} mention${elsewhere === 1 ? '' : 's'} elsewhere`;
      const first = talk.speakers[0];
      return first
        ? { range: talk.titleRange, title, command: Commands.showReferences, arguments: [{ uri, position: first.nameRange.start }] }
        : { range: talk.titleRange, title, command: Commands.openTalk, arguments: [{ uri, line: talk.line }] };
    });
  });
}
