import type { NotesDocument } from '../model/types';
import type { ClaimNode, TalkNode, TalksFile, TalksResult } from '../../protocol/protocol';
import { summarizeTalk } from '../summarize/summary';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { isUnsupported } from './claimStatus';
import { safely } from './common';

/**
 * The tree of the Talks view (`talkNotes/talks`): every notes file (or only `uri`), its talks with
 * sections, claims (unsupported marked) and summary. Files are sorted by URI; claims of the
 * preamble count in the file's totals but belong to no talk.
 */
export function talksTree(index: WorkspaceIndex, uri?: string): TalksResult {
  return safely({ files: [] }, () => {
    const docs = uri === undefined ? index.documents().sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)) : [index.get(uri)].filter((d): d is NotesDocument => !!d);
    return { files: docs.map((doc) => talksFile(index, doc)) };
  });
}

function talksFile(index: WorkspaceIndex, doc: NotesDocument): TalksFile {
  const claimNodes: ClaimNode[] = doc.claims.map((c, i) => ({ text: c.text, range: c.range, kinds: [...c.kinds], supported: !isUnsupported(index, doc, i) }));
  const talks: TalkNode[] = doc.talks.map((t, ti) => {
    const claims = claimNodes.filter((_, i) => doc.claims[i].talk === ti);
    const summary = safely(null, () => summarizeTalk(doc, ti, index.configuration.summarySentences));
    return {
      title: t.title,
      speakers: t.speakers.map((s) => s.name),
      range: t.range,
      titleRange: t.titleRange,
      sections: t.sections.map((s) => ({ title: s.title, range: s.range })),
      claims,
      unsupported: claims.filter((c) => !c.supported).length,
      summary: summary && !summary.tooShort ? summary.sentences.map((s) => s.text) : [],
    };
  });
  return { uri: doc.uri, title: doc.title?.text ?? null, talks, claims: claimNodes.length, unsupported: claimNodes.filter((c) => !c.supported).length };
}
