/**
 * What a sentence is, beyond its words: the note-taker talking about their day, a question,
 * a fragment, an opinion of the talk. A summary should say what the talk said, so these are
 * ranked down (never removed: a talk that is all asides still has sentences to show).
 */
import { words } from './tokens';

/** Why a sentence is ranked down; several may hold at once. */
export interface SentenceSignals {
  /** The note-taker in the first person singular ("I didn't take much notes"). */
  firstPerson: boolean;
  /** Meals, breaks, travel, sleep, the venue: the day around the talk, not the talk. */
  logistics: boolean;
  /** Ends with a question mark. */
  question: boolean;
  /** An opinion of the talk or the speaker ("This was a fun talk", "Ben is a funny guy"). */
  evaluation: boolean;
  /** Ends with a colon: it introduces a list and says little alone. */
  listIntro: boolean;
  /** Opens with a hedge ("It looks like", "Maybe"): the note-taker's guess more often than the talk's point. */
  hedge: boolean;
}

// Stems are not used here on purpose: these are matched against the words as written.
const LOGISTICS = new Set(
  (
    // Only words that are rarely technical: no "queue", "sleep", "flight", "registration", "badge".
    'lunch lunches coffee coffees breakfast dinner snack snacks pastries sandwiches pizza hallway wifi hotel flew ' +
    'jetlag jetlagged airport overslept slept sleepy tired exhausted nap headspace caffeine restroom bathroom taxi ' +
    'vegetarian vegan hangry hungry beer beers'
  ).split(' '),
);

/** Phrases about taking the notes themselves (lower-case, matched as whole words). */
const NOTE_TAKING = ['take notes', 'took notes', 'taking notes', 'much notes', 'many notes', 'my notes', 'these notes', 'notes from', 'missed the', 'came in late', 'walked in', 'left early', 'hallway track'];

/** Sentence openings that hedge (lower-case words, matched at the start). */
const HEDGES = ['it looks like', 'it seems', 'seems like', 'looks like', 'maybe', 'perhaps', 'probably', 'not sure', 'i guess', 'i think', 'i wonder'];

const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'myself', 'mine']);

const EVALUATIVE = new Set(
  (
    'fun funny great good decent nice interesting boring excellent amazing awesome solid entertaining engaging ' +
    'provoking insightful enjoyable enjoyed loved liked favorite favourite smart honest brilliant dull dry ' +
    'fantastic inspiring underwhelming impressive polished clear'
  ).split(' '),
);
const ABOUT_THE_TALK = new Set(['talk', 'talks', 'presentation', 'keynote', 'session', 'speaker', 'presenter', 'guy', 'slide', 'slides', 'demo', 'delivery']);

/** Reads the signals of one sentence (the text as written, any length: the scan is linear). */
export function sentenceSignals(sentence: string): SentenceSignals {
  const t = sentence.trim();
  const unquoted = dropQuoted(t);
  const ws = words(unquoted);
  let firstPerson = false;
  let logistics = false;
  let evaluative = false;
  let aboutTalk = false;
  for (const w of ws) {
    if (FIRST_PERSON.has(w)) firstPerson = true;
    if (LOGISTICS.has(w)) logistics = true;
    if (EVALUATIVE.has(w)) evaluative = true;
    if (ABOUT_THE_TALK.has(w)) aboutTalk = true;
  }
  const lower = ' ' + ws.join(' ') + ' ';
  if (!logistics) logistics = NOTE_TAKING.some((p) => lower.includes(' ' + p + ' ')) || hasClockTime(unquoted);
  const last = lastSignificant(t);
  return {
    firstPerson,
    logistics,
    question: last === '?',
    // An opinion needs both an evaluative word and the talk or speaker as its object, and few
    // other words: "a fun talk" is an opinion, a long sentence that also says "good" is not.
    evaluation: evaluative && aboutTalk && ws.length <= 16,
    listIntro: last === ':',
    hedge: HEDGES.some((h) => lower.startsWith(' ' + h + ' ')),
  };
}

/** The last character that is not a space, closing bracket or quote (a scan from the end, not a `…+$` regex). */
function lastSignificant(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    if (!' \t\n\r)]"\'”’'.includes(text[i])) return text[i];
  }
  return '';
}

/** Text inside straight or curly double quotes removed: quoted speech is the speaker's, not the note-taker's. */
function dropQuoted(text: string): string {
  let out = '';
  let inside = false;
  for (const ch of text) {
    if (ch === '"' || ch === '“' || ch === '”') {
      inside = ch === '“' ? true : ch === '”' ? false : !inside;
      continue;
    }
    if (!inside) out += ch;
  }
  return out;
}

/** `4am`, `7:30`, `9 pm`: the note-taker's schedule. */
function hasClockTime(text: string): boolean {
  return /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu.test(text) || /\b\d{1,2}:\d{2}\b/.test(text);
}
