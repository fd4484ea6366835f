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
 *
 * With `outline`, talks come without their claims and summaries (counts kept): the whole
 * workspace's tree of claims and summaries is tens of megabytes and many seconds on a large
 * workspace, so the view asks for one file's when it needs them.
 *
 * A file's node depends on that file, the settings and the bibliographies only, so it is kept
 * with the file (`perDocument`): the view refreshes while the user types, and only the edited
 * file is summarised again (a packed file is not even unpacked).
 */
export function talksTree(index: WorkspaceIndex, uri?: string, outline = false): TalksResult {
  return safely({ files: [] }, () => {
    const uris = uri === undefined ? index.uris().sort() : index.has(uri) ? [uri] : [];
    const files: TalksFile[] = [];
    for (const u of uris) {
      const file = index.perDocument(u, outline ? 'talksOutline' : 'talksFile', (doc) => talksFile(index, doc, outline));
      if (file) files.push(file);
    }
    return { files };
  });
}

function talksFile(index: WorkspaceIndex, doc: NotesDocument, outline: boolean): TalksFile {
  const claimNodes: ClaimNode[] = doc.claims.map((c, i) => ({ text: c.text, range: c.range, kinds: [...c.kinds], supported: !isUnsupported(index, doc, i) }));
  const talks: TalkNode[] = doc.talks.map((t, ti) => {
    const claims = claimNodes.filter((_, i) => doc.claims[i].talk === ti);
    const summary = outline ? null : safely(null, () => summarizeTalk(doc, ti, index.configuration.summarySentences));
    return {
      title: t.title,
      speakers: t.speakers.map((s) => s.name),
      range: t.range,
      titleRange: t.titleRange,
      sections: t.sections.map((s) => ({ title: s.title, range: s.range })),
      claims: outline ? [] : claims,
      claimCount: claims.length,
      unsupported: claims.filter((c) => !c.supported).length,
      summary: summary && !summary.tooShort ? summary.sentences.map((s) => s.text) : [],
    };
  });
  return { uri: doc.uri, title: doc.title?.text ?? null, talks, claims: claimNodes.length, unsupported: claimNodes.filter((c) => !c.supported).length };
}
