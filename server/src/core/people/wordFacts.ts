import type { DocumentWords } from './documentWords';
import { CALENDAR_WORDS, FUNCTION_WORDS, HONORIFICS } from './nonPeople';
import type { SpeakerNames } from './speakerNames';

const FUNCTION_WORD = 1;
const BREAKS_SEGMENT = 2;
const HONORIFIC = 4;
const NAME_HEAD = 8;
const FIRST_NAME = 16;
const KNOWN = 128;

/**
 * The list look-ups the mention scan makes for a word that is not plain lower case, as bits per
 * distinct word (`DocumentWords` ids): a capitalised word comes back hundreds of times in a long
 * file, and each look-up of its text hashes a string. Methods rather than exported bit
 * constants: under the CommonJS output tests and benchmarks run (tsx), every read of an
 * imported constant is a getter call.
 */
export class WordFacts {
  private readonly facts: Uint8Array;

  constructor(
    private readonly words: DocumentWords,
    private readonly names: SpeakerNames,
    private readonly wordKey: (word: string) => string,
  ) {
    this.facts = new Uint8Array(words.idCount);
  }

  /** `FUNCTION_WORDS` has the word's lower case. */
  functionWord(id: number): boolean {
    return (this.of(id) & FUNCTION_WORD) !== 0;
  }

  /** A function, calendar or honorific word: it never stands inside a capitalised segment. */
  breaksSegment(id: number): boolean {
    return (this.of(id) & BREAKS_SEGMENT) !== 0;
  }

  /** `HONORIFICS` has the word's lower case. */
  honorific(id: number): boolean {
    return (this.of(id) & HONORIFIC) !== 0;
  }

  /** The word's `personKey` starts a speaker's full name of several words (`SpeakerNames.fullNameHeads`). */
  nameHead(id: number): boolean {
    return (this.of(id) & NAME_HEAD) !== 0;
  }

  /** Some speaker of the document has the word, as written, for first name (`SpeakerNames.allFirstNames`). */
  firstName(id: number): boolean {
    return (this.of(id) & FIRST_NAME) !== 0;
  }

  private of(id: number): number {
    let f = this.facts[id];
    if (f === 0) f = this.work(id);
    return f;
  }

  private work(id: number): number {
    const text = this.words.idText(id);
    const l = this.words.idLower(id);
    let f = KNOWN;
    if (FUNCTION_WORDS.has(l)) f |= FUNCTION_WORD | BREAKS_SEGMENT;
    if (CALENDAR_WORDS.has(l)) f |= BREAKS_SEGMENT;
    if (HONORIFICS.has(l)) f |= HONORIFIC | BREAKS_SEGMENT;
    if (this.names.fullNameHeads.has(this.wordKey(text))) f |= NAME_HEAD;
    if (this.names.allFirstNames.has(text)) f |= FIRST_NAME;
    this.facts[id] = f;
    return f;
  }
}
