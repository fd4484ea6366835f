import type { Speaker, Talk } from '../model/types';

/**
 * A table computed from a document's speakers alone (the name tables of mentions and
 * attribution), remembered for the last document while every talk keeps the same speakers
 * array. The incremental re-analysis of an edit keeps those arrays, so a keystroke does not
 * rebuild tables over every speaker of a long file; any other document simply computes anew.
 * One entry only: nothing outlives the next document analysed.
 */
export class SpeakerMemo<T> {
  private last: { arrays: (readonly Speaker[])[]; value: T } | undefined;

  constructor(private readonly compute: (talks: readonly Talk[]) => T) {}

  get(talks: readonly Talk[]): T {
    const last = this.last;
    if (last && last.arrays.length === talks.length && talks.every((t, i) => t.speakers === last.arrays[i])) return last.value;
    const value = this.compute(talks);
    this.last = { arrays: talks.map((t) => t.speakers), value };
    return value;
  }
}
