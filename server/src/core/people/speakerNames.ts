import type { NotesDocument, Speaker, Talk } from '../model/types';
import { SpeakerMemo } from './speakerMemo';
import { personKey } from '../text/names';
import { splitWords } from './nameWords';

/**
 * The names a document defines on its speaker lines, prepared once per document so that the
 * scan of each block only does map look-ups.
 */
export interface SpeakerNames {
  /** Folded full name → the speakers with that name (one person may speak in several talks), in talk order. */
  fullNames: Map<string, { speaker: Speaker; talk: number }[]>;
  /** Most words a speaker name has, so the scan knows how far to look. */
  maxWords: number;
  /**
   * The first word of every full name of several words, folded (with and without a final dot):
   * a name can start only at a word whose folded form is here, which spares the scan building
   * and folding a candidate name at every capitalised word.
   */
  fullNameHeads: Set<string>;
  /** Per talk: first name as written → that talk's speaker. */
  talkFirstNames: Map<string, Speaker>[];
  /** First name as written → the one person in the document with it (ambiguous names left out). */
  documentFirstNames: Map<string, Speaker>;
  /** Every speaker first name as written, ambiguous ones included. */
  allFirstNames: Set<string>;
  /** Organisations on speaker lines: single words lower-cased, and folded several-word names (each once). */
  orgWords: Set<string>;
  orgNames: string[];
}

/** The first name of a speaker: the first word that is not an initial (`J. Robert Smith` → `Robert`). */
export function firstNameOf(name: string): string | null {
  const words = splitWords(name);
  for (const w of words) {
    if (w.shape === 'initial' || w.shape === 'particle') continue;
    return w.text;
  }
  return null;
}

/** Collects the document's speaker names and organisations. */
export function collectSpeakerNames(doc: NotesDocument): SpeakerNames {
  return speakerNameTables.get(doc.talks);
}

const speakerNameTables = new SpeakerMemo(buildSpeakerNames);

function buildSpeakerNames(talks: readonly Talk[]): SpeakerNames {
  const out: SpeakerNames = {
    fullNames: new Map(),
    maxWords: 1,
    fullNameHeads: new Set(),
    talkFirstNames: [],
    documentFirstNames: new Map(),
    allFirstNames: new Set(),
    orgWords: new Set(),
    orgNames: [],
  };
  const firstNameKeys = new Map<string, Set<string>>();
  const firstNameSpeaker = new Map<string, Speaker>();
  // The same people speak in many talks of a long file: split each name and organisation once.
  const nameFacts = new Map<string, { words: number; first: string | null }>();
  const orgsSeen = new Set<string>();
  const orgKeys = new Set<string>();
  talks.forEach((talk, t) => {
    const firsts = new Map<string, Speaker>();
    for (const speaker of talk.speakers) {
      const key = speaker.key || personKey(speaker.name);
      const list = out.fullNames.get(key) ?? [];
      list.push({ speaker, talk: t });
      out.fullNames.set(key, list);
      let facts = nameFacts.get(speaker.name);
      if (facts === undefined) {
        facts = { words: splitWords(speaker.name).length, first: firstNameOf(speaker.name) };
        nameFacts.set(speaker.name, facts);
      }
      out.maxWords = Math.min(8, Math.max(out.maxWords, facts.words));
      const first = facts.first;
      if (first) {
        if (!firsts.has(first)) firsts.set(first, speaker);
        out.allFirstNames.add(first);
        const keys = firstNameKeys.get(first) ?? new Set<string>();
        keys.add(key);
        firstNameKeys.set(first, keys);
        if (!firstNameSpeaker.has(first)) firstNameSpeaker.set(first, speaker);
      }
      if (speaker.org && !orgsSeen.has(speaker.org)) {
        orgsSeen.add(speaker.org);
        addOrg(out, speaker.org, orgKeys);
      }
    }
    out.talkFirstNames.push(firsts);
  });
  for (const key of out.fullNames.keys()) {
    const space = key.indexOf(' ');
    if (space < 0) continue;
    const head = key.slice(0, space);
    out.fullNameHeads.add(head);
    if (head.endsWith('.')) out.fullNameHeads.add(head.slice(0, -1));
  }
  for (const [first, keys] of firstNameKeys) {
    const speaker = firstNameSpeaker.get(first);
    if (keys.size === 1 && speaker) out.documentFirstNames.set(first, speaker);
  }
  return out;
}

function addOrg(out: SpeakerNames, org: string, keys: Set<string>): void {
  const words = splitWords(org);
  if (words.length === 1) out.orgWords.add(words[0].text.toLowerCase());
  else if (words.length > 1) {
    // A list without repeats: the mention scan tries every one on every capitalised segment.
    const key = personKey(org);
    if (!keys.has(key)) {
      keys.add(key);
      out.orgNames.push(key);
    }
  }
}
