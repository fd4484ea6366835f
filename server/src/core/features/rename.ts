import type { NotesDocument, Position, Range } from '../model/types';
import { documentLines } from '../text/documentLines';
import { NAME_PARTICLES, personKey } from '../text/names';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { comparePositions, rangesOverlap, safely } from './common';
import type { Located } from './locate';
import { locate } from './locate';
import { personLinks, talkLinks } from './references';

/** A text replacement (an LSP `TextEdit`). */
export interface NotesTextEdit {
  range: Range;
  newText: string;
}

/** A rename's edits per document URI (an LSP `WorkspaceEdit.changes`). */
export interface NotesWorkspaceEdit {
  changes: Record<string, NotesTextEdit[]>;
}

/** Why a rename is refused, in words for the user. */
export interface RenameError {
  error: string;
}

export const NOT_RENAMEABLE = "Only a person's name (on a speaker line, in the text or in a [[link]]) or a talk title can be renamed.";

type RenameTarget = { kind: 'person'; key: string; range: Range; placeholder: string } | { kind: 'talk'; uri: string; talk: number; range: Range; placeholder: string };

/**
 * Checks that the position is on something renameable and returns the range to edit and the
 * current name. From a first-name mention the placeholder is the full name: the new name typed
 * is always a full name, first-name mentions then get its first word.
 */
export function prepareRename(index: WorkspaceIndex, uri: string, position: Position): { range: Range; placeholder: string } | RenameError {
  return safely<{ range: Range; placeholder: string } | RenameError>({ error: NOT_RENAMEABLE }, () => {
    const target = renameTarget(index, uri, position);
    if ('error' in target) return target;
    return { range: target.range, placeholder: target.placeholder };
  });
}

/**
 * Renames a person (speaker-line names, full-name mentions, first-name mentions with the new first
 * name, `[[Person Name]]` links, across the workspace) or a talk (its title and the `[[Talk title]]`
 * links to it).
 */
export function rename(index: WorkspaceIndex, uri: string, position: Position, newName: string): NotesWorkspaceEdit | RenameError {
  return safely<NotesWorkspaceEdit | RenameError>({ error: NOT_RENAMEABLE }, () => {
    const target = renameTarget(index, uri, position);
    if ('error' in target) return target;
    const name = typeof newName === 'string' ? newName.trim() : '';
    const edits: { uri: string; range: Range; newText: string }[] = [];
    if (target.kind === 'person') {
      const invalid = personNameError(name);
      if (invalid) return { error: invalid };
      const first = name.split(/\s+/)[0];
      for (const s of index.speakersOf(target.key)) edits.push({ uri: s.uri, range: s.speaker.nameRange, newText: name });
      for (const l of personLinks(index, target.key)) edits.push({ uri: l.uri, range: l.targetRange, newText: name });
      for (const m of index.mentionsOf(target.key)) edits.push({ uri: m.uri, range: m.mention.range, newText: m.mention.firstName ? first : name });
    } else {
      const invalid = talkTitleError(name);
      if (invalid) return { error: invalid };
      const talk = index.tablesOf(target.uri)?.talks[target.talk];
      if (!talk) return { error: NOT_RENAMEABLE };
      edits.push({ uri: target.uri, range: talk.titleRange, newText: name });
      for (const l of talkLinks(index, target.uri, target.talk)) edits.push({ uri: l.uri, range: l.targetRange, newText: name });
    }
    return { changes: groupEdits(index, edits) };
  });
}

/** Null when `name` reads as a person's name, else why not. */
export function personNameError(name: string): string | null {
  if (!name) return 'The new name is empty.';
  if (name.length > 100 || /[\r\n]/.test(name)) return 'A person\'s name is one line of at most 100 characters.';
  if (/[[\]@,;:()<>{}|#*_`"\d]/.test(name)) return `"${name}" is not a person's name: it may hold only letters, spaces, apostrophes, dots and hyphens.`;
  const words = name.split(/\s+/);
  const nameWords = words.filter((w) => !NAME_PARTICLES.has(w));
  if (nameWords.length > 4) return `"${name}" is not a person's name: a name has one to four name words.`;
  for (const w of words) {
    if (NAME_PARTICLES.has(w) && w !== words[0]) continue;
    if (!/^[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.-]*$/u.test(w)) return `"${name}" is not a person's name: each name word must start with a capital letter ("${w}" does not; particles such as "van" may stand between).`;
  }
  return null;
}

/** Null when `title` can be a talk title, else why not. */
export function talkTitleError(title: string): string | null {
  if (!title) return 'The new title is empty.';
  if (/[\r\n]/.test(title)) return 'A talk title is one line.';
  if (title.length > 200) return 'A talk title has at most 200 characters.';
  if (title.includes('[[') || title.includes(']]')) return 'A talk title may not contain "[[" or "]]".';
  return null;
}

function renameTarget(index: WorkspaceIndex, uri: string, position: Position): RenameTarget | RenameError {
  const doc = index.get(uri);
  if (!doc) return { error: NOT_RENAMEABLE };
  const at: Located | null = locate(index, doc, position);
  if (!at) return { error: NOT_RENAMEABLE };
  switch (at.kind) {
    case 'mention': {
      const m = at.mention;
      const placeholder = m.firstName ? index.displayName(m.key) ?? m.person : textAt(doc, m.range);
      return { kind: 'person', key: m.key, range: m.range, placeholder };
    }
    case 'speakerName':
      return { kind: 'person', key: at.speaker.key, range: at.speaker.nameRange, placeholder: textAt(doc, at.speaker.nameRange) };
    case 'talkTitle':
      return { kind: 'talk', uri, talk: at.talk, range: doc.talks[at.talk].titleRange, placeholder: textAt(doc, doc.talks[at.talk].titleRange) };
    case 'crossReference': {
      const t = at.target;
      const x = at.crossReference;
      if (!t) return { error: `[[${x.target}]] matches no talk or speaker, so there is nothing to rename; correct the link text instead.` };
      if (t.kind === 'person') return { kind: 'person', key: personKey(x.target), range: x.targetRange, placeholder: textAt(doc, x.targetRange) };
      return { kind: 'talk', uri: t.uri, talk: t.talk, range: x.targetRange, placeholder: textAt(doc, x.targetRange) };
    }
    default:
      return { error: NOT_RENAMEABLE };
  }
}

function textAt(doc: NotesDocument, range: Range): string {
  const lines = documentLines(doc);
  return doc.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/**
 * Groups edits by document, drops the ones that change nothing, and drops an edit overlapping an
 * earlier, larger one (a mention inside a `[[…]]` link): LSP forbids overlapping edits.
 */
function groupEdits(index: WorkspaceIndex, edits: { uri: string; range: Range; newText: string }[]): Record<string, NotesTextEdit[]> {
  const byUri = new Map<string, { range: Range; newText: string }[]>();
  for (const e of edits) {
    const list = byUri.get(e.uri);
    if (list) list.push({ range: e.range, newText: e.newText });
    else byUri.set(e.uri, [{ range: e.range, newText: e.newText }]);
  }
  const out: Record<string, NotesTextEdit[]> = {};
  for (const uri of [...byUri.keys()].sort()) {
    const doc = index.get(uri);
    if (!doc) continue;
    const lines = documentLines(doc);
    const list = byUri.get(uri)!.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(b.range.end, a.range.end));
    const kept: NotesTextEdit[] = [];
    for (const e of list) {
      const last = kept[kept.length - 1];
      if (last && (rangesOverlap(last.range, e.range) || comparePositions(last.range.start, e.range.start) === 0)) continue;
      kept.push(e);
    }
    const changed = kept.filter((e) => doc.text.slice(lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)) !== e.newText);
    if (changed.length > 0) out[uri] = changed;
  }
  return out;
}
