import type { NotesDocument, Position, Range } from '../model/types';
import { Commands } from '../../protocol/protocol';
import { summarizeTalk } from '../summarize/summary';
import { personKey } from '../text/names';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { claimCounts, isSilenced, isUnsupported } from './claimStatus';
import { baseName, memo, rangeContainsRange, rangesEqual, safely, truncate } from './common';
import { atPosition } from './locate';
import { commandLink, escapeMarkdown, lineLink, urlLink } from './markdownText';

/** A hover: Markdown (with `command:` links, so the host must mark it trusted) over a range. */
export interface NotesHover {
  markdown: string;
  range: Range;
}

/** A person card lists at most this many talks (each costs a summary). */
export const PERSON_CARD_TALKS = 8;

/** Shown instead of a summary when a talk holds too little text (`TalkSummary.tooShort`). */
export const TOO_SHORT = 'Too little text to summarise.';

/**
 * The hover at a position: a talk card on a talk title or speaker line, a person card on a
 * mention, the target's card on a `[[…]]` link, the definition on a citation
 * marker, the bibliography entry on `[@key]`, and a claim card anywhere else in a claim.
 */
export function hover(index: WorkspaceIndex, uri: string, position: Position): NotesHover | null {
  return atPosition<NotesHover | null>(index, uri, position, null, (at, doc) => {
    let markdown: string | null = null;
    switch (at.kind) {
      // SPEC §3: the whole speaker line, name included, shows the talk card (mentions show the person).
      case 'talkTitle':
      case 'speakerLine':
      case 'speakerName':
        markdown = talkCard(index, doc, at.talk);
        break;
      case 'mention':
        markdown = personCard(index, at.mention.key, uri, at.mention.talk, at.mention.name);
        break;
      case 'crossReference': {
        const t = at.target;
        const target = t ? index.get(t.uri) : undefined;
        if (!t || !target) markdown = `No talk or speaker named **${escapeMarkdown(at.crossReference.target)}** in the workspace.`;
        else if (t.kind === 'talk') markdown = talkCard(index, target, t.talk);
        else markdown = personCard(index, personKey(at.crossReference.target), t.uri, t.talk, at.crossReference.target);
        break;
      }
      case 'citation': {
        const def = doc.definitions[at.citation.definition];
        markdown = def
          ? `**${escapeMarkdown(def.marker)}** ${definitionText(def.text, def.url)}`
          : `No definition for **${escapeMarkdown(at.citation.marker)}** in this file.`;
        break;
      }
      case 'definition': {
        const uses = doc.citations.filter((c) => c.definition === at.index).length;
        markdown = `Reference **${escapeMarkdown(at.definition.marker)}** · ${plural(uses, 'citation')} in this file`;
        break;
      }
      case 'pandoc': {
        const e = index.bibliographyEntry(at.citation.key);
        if (!e) markdown = `No bibliography entry **@${escapeMarkdown(at.citation.key)}** in the workspace.`;
        else {
          const head = [e.author, e.year ? `(${e.year})` : null].filter(Boolean).join(' ');
          const parts = [`**@${escapeMarkdown(e.key)}**`, head ? escapeMarkdown(head) : null, e.title ? `*${escapeMarkdown(e.title)}*` : null];
          markdown = parts.filter(Boolean).join(' · ') + (e.url ? `\n\n${urlLink(e.url)}` : '') + `\n\n${lineLink(`${baseName(e.uri)}:${e.line + 1}`, e.uri, e.line)}`;
        }
        break;
      }
      case 'claim':
        markdown = claimCard(index, doc, at.claim);
        break;
    }
    return markdown ? { markdown, range: at.range } : null;
  });
}

/** The talk card: title, speakers, event, counts, summary, commands. */
export function talkCard(index: WorkspaceIndex, doc: NotesDocument, talk: number): string {
  if (index.get(doc.uri) !== doc) return buildTalkCard(index, doc, talk);
  return memo(index, 'talkCard', `${talk}|${doc.uri}`, () => buildTalkCard(index, doc, talk));
}

function buildTalkCard(index: WorkspaceIndex, doc: NotesDocument, talk: number): string {
  const t = doc.talks[talk];
  if (!t) return '';
  const out: string[] = [`### ${escapeMarkdown(t.title)}`];
  if (t.speakers.length > 0) out.push(t.speakers.map((s) => `**${escapeMarkdown(s.name)}**${roleOrg(s.role, s.org)}`).join('  \n'));
  else out.push('*No speaker line*');
  const { claims, unsupported } = claimCounts(index, doc, talk);
  const event = doc.conference ?? doc.title?.text ?? baseName(doc.uri);
  out.push(`${escapeMarkdown(event)} · ${plural(claims, 'claim')} · ${unsupported} unsupported`);
  const summary = safely(null, () => summarizeTalk(doc, talk, index.configuration.summarySentences));
  if (!summary || summary.tooShort || summary.sentences.length === 0) out.push(`*${TOO_SHORT}*`);
  else out.push(`> ${summary.sentences.map((s) => escapeMarkdown(s.text)).join(' ')}`);
  const links = [commandLink('Open talk', Commands.openTalk, [{ uri: doc.uri, line: t.line }])];
  const first = t.speakers[0];
  if (first) links.push(commandLink('Show references', Commands.showReferences, [{ uri: doc.uri, position: first.nameRange.start }]));
  out.push(links.join(' · '));
  return out.join('\n\n');
}

/**
 * The person card: full name, role and organisation, their talks across the workspace each with
 * a one-line summary, and how often they are mentioned.
 */
export function personCard(index: WorkspaceIndex, key: string, fromUri: string, fromTalk = -1, fallbackName = ''): string {
  return memo(index, 'personCard', `${fromTalk}|${key}|${fallbackName}|${fromUri}`, () => buildPersonCard(index, key, fromUri, fromTalk, fallbackName));
}

function buildPersonCard(index: WorkspaceIndex, key: string, fromUri: string, fromTalk: number, fallbackName: string): string {
  const name = index.displayName(key) ?? fallbackName;
  if (!name) return '';
  const home = index.definitionOf(key, fromUri, fromTalk);
  const out: string[] = [`**${escapeMarkdown(name)}**${home ? roleOrg(home.speaker.role, home.speaker.org) : ''}`];
  const { shown, total } = personCardTalks(index, key);
  if (total === 0) out.push('*Not a speaker in these notes.*');
  else {
    const items: string[] = [];
    for (const { uri, talk } of shown) {
      const t = index.tablesOf(uri)?.talks[talk];
      if (!t) continue;
      const first = personCardSummary(index, uri, talk);
      const line = first !== null ? escapeMarkdown(truncate(first, 160)) : `*${TOO_SHORT}*`;
      items.push(`- ${commandLink(t.title, Commands.openTalk, [{ uri, line: t.line }])} (${escapeMarkdown(baseName(uri))}): ${line}`);
    }
    if (total > shown.length) items.push(`- … and ${total - shown.length} more`);
    out.push(`Talks:\n${items.join('\n')}`);
  }
  const mentions = index.mentionsOf(key);
  const files = new Set(mentions.map((m) => m.uri)).size;
  let count = `Mentioned ${plural(mentions.length, 'time')}${files > 1 ? ` in ${files} files` : ''}`;
  const anchor = home ? { uri: home.uri, position: home.speaker.nameRange.start } : mentions[0] ? { uri: mentions[0].uri, position: mentions[0].mention.range.start } : null;
  if (anchor) count += ` · ${commandLink('Show references', Commands.showReferences, [anchor])}`;
  out.push(count);
  return out.join('\n\n');
}

/**
 * The one-line summary a person card shows for a talk, or null when the talk is too short. Kept
 * with the document's version (`perDocument`): for a file that is not open, computing it means
 * unpacking the file, which should happen once, not at every change of the workspace.
 */
export function personCardSummary(index: WorkspaceIndex, uri: string, talk: number): string | null {
  return (
    index.perDocument(uri, `personCardSummary:${talk}`, (doc) => {
      const summary = safely(null, () => summarizeTalk(doc, talk, 1));
      return summary && !summary.tooShort && summary.sentences[0] ? summary.sentences[0].text : null;
    }) ?? null
  );
}

/** The talks a person card lists (their first PERSON_CARD_TALKS talks, in workspace order) and how many they have. */
export function personCardTalks(index: WorkspaceIndex, key: string): { shown: { uri: string; talk: number }[]; total: number } {
  const talks = new Map<string, { uri: string; talk: number }>();
  for (const s of index.speakersOf(key)) talks.set(`${s.uri}#${s.talk}`, { uri: s.uri, talk: s.talk });
  return { shown: [...talks.values()].slice(0, PERSON_CARD_TALKS), total: talks.size };
}

/** The claim card: kinds, cue words, attribution, sources, related claims elsewhere. */
export function claimCard(index: WorkspaceIndex, doc: NotesDocument, claim: number): string {
  if (index.get(doc.uri) !== doc) return buildClaimCard(index, doc, claim);
  return memo(index, 'claimCard', `${claim}|${doc.uri}`, () => buildClaimCard(index, doc, claim));
}

function buildClaimCard(index: WorkspaceIndex, doc: NotesDocument, claim: number): string {
  const c = doc.claims[claim];
  if (!c) return '';
  const status = isSilenced(doc, claim) ? 'silenced' : isUnsupported(index, doc, claim) ? (c.acknowledged ? 'unsupported (citation needed)' : 'unsupported') : 'supported';
  const out: string[] = [`**Claim** · ${c.kinds.join(', ')} · ${status}`];
  // A cue inside a longer one (`40x` in `40x faster`) says nothing more.
  const cues = c.cues.filter((q, i) => !c.cues.some((o, j) => j !== i && rangeContainsRange(o.range, q.range) && !rangesEqual(o.range, q.range)));
  if (cues.length > 0) out.push(`Cues: ${[...new Set(cues.map((q) => q.text))].map((q) => `*${escapeMarkdown(q)}*`).join(', ')}`);
  if (c.attribution) out.push(`Attributed to: **${escapeMarkdown(c.attribution.name)}**${c.attribution.how === 'speaker' ? ' (the speaker)' : ''}`);
  else out.push('Attributed to: the note-taker');
  if (c.sources.length === 0) out.push('Sources: none');
  else {
    const items = c.sources.map((s) => {
      if (s.kind === 'url') return `- ${urlLink(s.text)}`;
      if (s.kind === 'citation') {
        const def = doc.definitions.find((d) => d.id === s.target);
        return `- ${escapeMarkdown(s.text)}${def ? ` ${definitionText(def.text, def.url)}` : ' (no definition)'}`;
      }
      if (s.kind === 'pandoc') {
        const e = s.target ? index.bibliographyEntry(s.target) : undefined;
        return `- ${escapeMarkdown(s.text)}${e ? ` ${escapeMarkdown([e.author, e.title].filter(Boolean).join(', '))}` : ' (not in a bibliography)'}`;
      }
      return `- ${escapeMarkdown(s.text)}`;
    });
    out.push(`Sources:\n${items.join('\n')}`);
  }
  const related = safely([], () => index.relatedClaims(doc.uri, claim));
  if (related.length > 0) {
    const items = related.map((r) => `- ${lineLink(`${baseName(r.uri)}:${r.value.range.start.line + 1}`, r.uri, r.value.range.start.line)} ${escapeMarkdown(truncate(r.value.text, 120))}`);
    out.push(`Related claims:\n${items.join('\n')}`);
  }
  return out.join('\n\n');
}

function definitionText(text: string, url: string | null): string {
  if (!url) return escapeMarkdown(text);
  const rest = text.startsWith(url) ? text.slice(url.length).trim() : text.trim();
  return urlLink(url) + (rest ? ` ${escapeMarkdown(rest)}` : '');
}

function roleOrg(role: string | null, org: string | null): string {
  if (role && org) return ` · ${escapeMarkdown(role)} @ ${escapeMarkdown(org)}`;
  if (role || org) return ` · ${escapeMarkdown((role ?? org)!)}`;
  return '';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
