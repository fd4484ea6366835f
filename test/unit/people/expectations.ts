import assert from 'node:assert/strict';
import type { Mention } from '../../../server/src/core/model/types';

/** The parts of test/expected/*.json the mention tests read (1-based lines and columns, endColumn exclusive). */
export interface Expected {
  talks: { line: number; speakers: { name: string; line: number; org?: string }[]; sections?: { line: number }[] }[];
  mentions: { name: string; line: number; column: number; endColumn: number; person: string }[];
  notPeople?: string[];
}

/** Every expected mention is found at its exact range with its person; no `notPeople` entry is a person. */
export function checkExpectations(mentions: Mention[], expected: Expected): void {
  for (const m of expected.mentions) {
    const got = mentions.find((x) => x.range.start.line === m.line - 1 && x.range.start.character === m.column - 1);
    assert.ok(got, `mention ${m.name} at ${m.line}:${m.column} (got on that line: ${JSON.stringify(mentions.filter((x) => x.range.start.line === m.line - 1).map((x) => x.name))})`);
    assert.equal(got.name, m.name);
    assert.equal(got.range.end.character, m.endColumn - 1, `${m.name} end`);
    assert.equal(got.range.end.line, m.line - 1);
    assert.equal(got.person, m.person);
  }
  for (const p of expected.notPeople ?? []) {
    assert.ok(!mentions.some((x) => x.person === p), `${p} is not a person`);
  }
}

