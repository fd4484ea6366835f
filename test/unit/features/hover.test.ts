import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hover, TOO_SHORT } from '../../../server/src/core/features/hover';
import { escapeMarkdown } from '../../../server/src/core/features/markdownText';
import { summarizeTalk } from '../../../server/src/core/summarize/summary';
import type { NotesDocument } from '../../../server/src/core/model/types';
import { DAY1_URI, DAY2_URI, buildDoc, day1, day2, posOf, r, workspace } from './helpers';

const args = (v: unknown) => encodeURIComponent(JSON.stringify([v]));

/** The card's summary paragraph, from whatever the summariser returns. */
function summaryLine(doc: NotesDocument, talk: number, n: number): string {
  const s = summarizeTalk(doc, talk, n);
  return s.tooShort || s.sentences.length === 0 ? `*${TOO_SHORT}*` : `> ${s.sentences.map((x) => escapeMarkdown(x.text)).join(' ')}`;
}

test('hover on a talk title: the talk card', () => {
  const a = day1();
  const index = workspace([a, day2()]);
  const h = hover(index, DAY1_URI, { line: 12, character: 5 });
  assert.ok(h);
  assert.deepEqual(h.range, r(12, 0, 12, 19));
  assert.equal(
    h.markdown,
    [
      '### Testing the testers',
      '**Dana Whitfield** · Researchers @ Example University  \n**Tomás Ortega** · Researchers @ Example University',
      'Conference Day One · 2 claims · 2 unsupported',
      summaryLine(a, 1, 3),
      `[Open talk](command:talkNotes.openTalk?${args({ uri: DAY1_URI, line: 12 })}) · [Show references](command:talkNotes.showReferences?${args({ uri: DAY1_URI, position: { line: 13, character: 0 } })})`,
    ].join('\n\n'),
  );
});

test('hover on a speaker line away from the name: the talk card; the conference names the event', () => {
  const a = { ...day1(), conference: 'BugBash' };
  const index = workspace([a]);
  const h = hover(index, DAY1_URI, { line: 4, character: 20 });
  assert.ok(h);
  assert.deepEqual(h.range, r(4, 0, 4, 35));
  assert.match(h.markdown, /^### Fast storage at scale\n\n\*\*Ben Eggers\*\* · Staff Engineer @ OpenAI\n\nBugBash · 2 claims · 0 unsupported\n\n/);
  const onName = hover(index, DAY1_URI, { line: 4, character: 2 });
  assert.deepEqual(onName?.range, r(4, 0, 4, 10));
  assert.equal(onName?.markdown, h.markdown);
});

test('hover: summarySentences is passed to the summariser', () => {
  const a = day1();
  const index = workspace([a], { summarySentences: 1 });
  const h = hover(index, DAY1_URI, { line: 3, character: 0 });
  assert.ok(h?.markdown.includes(summaryLine(a, 0, 1)));
});

test('hover on a first-name mention: the person card with talks, summaries and mention count', () => {
  const a = day1();
  const index = workspace([a, day2()]);
  const h = hover(index, DAY1_URI, posOf(a, 'Ben said', 0, 2));
  assert.ok(h);
  assert.deepEqual(h.range, r(5, 0, 5, 3));
  const one = summarizeTalk(a, 0, 1);
  const line = one.tooShort || !one.sentences[0] ? `*${TOO_SHORT}*` : escapeMarkdown(one.sentences[0].text);
  assert.equal(
    h.markdown,
    [
      '**Ben Eggers** · Staff Engineer @ OpenAI',
      `Talks:\n- [Fast storage at scale](command:talkNotes.openTalk?${args({ uri: DAY1_URI, line: 3 })}) (day1\\.notes): ${line}`,
      `Mentioned 3 times in 2 files · [Show references](command:talkNotes.showReferences?${args({ uri: DAY1_URI, position: { line: 4, character: 0 } })})`,
    ].join('\n\n'),
  );
});

test('hover on a mention of someone who never speaks', () => {
  const a = day1();
  const h = hover(workspace([a]), DAY1_URI, { line: 5, character: 55 });
  assert.ok(h);
  assert.deepEqual(h.range, r(5, 50, 5, 61));
  assert.equal(
    h.markdown,
    `**Will Wilson**\n\n*Not a speaker in these notes.*\n\nMentioned 1 time · [Show references](command:talkNotes.showReferences?${args({ uri: DAY1_URI, position: { line: 5, character: 50 } })})`,
  );
});

test('hover in a claim away from names: kinds, cues, attribution, sources, related claims', () => {
  const index = workspace([day1(), day2()]);
  const h = hover(index, DAY1_URI, { line: 5, character: 20 });
  assert.ok(h);
  assert.deepEqual(h.range, r(5, 0, 5, 49));
  assert.equal(
    h.markdown,
    [
      '**Claim** · quantitative, attributed · supported',
      'Cues: *100K writes/sec*, *said*',
      'Attributed to: **Ben Eggers**',
      'Sources:\n- \\[1\\] [https://example\\.org/bench](https://example.org/bench)',
      'Related claims:\n- [day2\\.notes:4](file:///ws/day2.notes#L4) The cluster handles 100K writes per second\\.',
    ].join('\n\n'),
  );
});

test('hover on an unsupported claim by the note-taker, Markdown in the note escaped', () => {
  const h = hover(workspace([day1()]), DAY1_URI, { line: 15, character: 20 });
  assert.equal(h?.markdown, '**Claim** · generalization · unsupported\n\nCues: *Nobody*\n\nAttributed to: the note-taker\n\nSources: none');
  const acknowledged = day1();
  acknowledged.claims[3].acknowledged = true;
  assert.match(hover(workspace([acknowledged]), DAY1_URI, { line: 15, character: 20 })!.markdown, /^\*\*Claim\*\* · generalization · unsupported \(citation needed\)/);
  const silenced = day1();
  silenced.suppressions.file = true;
  assert.match(hover(workspace([silenced]), DAY1_URI, { line: 15, character: 20 })!.markdown, /^\*\*Claim\*\* · generalization · silenced/);
});

test('hover on the speaker attribution "the speaker"', () => {
  const h = hover(workspace([day1()]), DAY1_URI, { line: 14, character: 20 });
  assert.match(h!.markdown, /\n\nAttributed to: \*\*Dana Whitfield\*\* \(the speaker\)\n\n/);
});

test('hover on citation markers, definitions, links and Pandoc keys', () => {
  const a = day1();
  const index = workspace([a, day2()]);
  assert.deepEqual(hover(index, DAY1_URI, { line: 5, character: 46 }), { range: r(5, 45, 5, 48), markdown: '**\\[1\\]** [https://example\\.org/bench](https://example.org/bench)' });
  assert.deepEqual(hover(index, DAY1_URI, { line: 17, character: 1 }), { range: r(17, 0, 17, 3), markdown: 'Reference **\\[1\\]** · 1 citation in this file' });
  assert.deepEqual(hover(index, DAY1_URI, { line: 18, character: 1 }), { range: r(18, 0, 18, 3), markdown: 'Reference **\\[2\\]** · 0 citations in this file' });
  const talkLink = hover(index, DAY1_URI, { line: 10, character: 40 });
  assert.deepEqual(talkLink?.range, r(10, 34, 10, 57));
  assert.ok(talkLink?.markdown.startsWith('### Testing the testers\n\n'));
  const personLink = hover(index, DAY1_URI, { line: 10, character: 70 });
  assert.deepEqual(personLink?.range, r(10, 62, 10, 80));
  assert.ok(personLink?.markdown.startsWith('**Dana Whitfield** · Researchers @ Example University\n\nTalks:\n- [Testing the testers]'));
  assert.deepEqual(hover(index, DAY2_URI, { line: 4, character: 70 }), { range: r(4, 63, 4, 79), markdown: 'No talk or speaker named **Missing talk** in the workspace.' });
  assert.deepEqual(hover(index, DAY2_URI, { line: 4, character: 50 }), { range: r(4, 45, 4, 57), markdown: 'No bibliography entry **@smith2020** in the workspace.' });
  index.setBibliography('file:///ws/refs.bib', [{ key: 'smith2020', title: 'Testing *all* things', author: 'Smith, J.', year: '2020', url: 'https://doi.org/10/xyz', uri: 'file:///ws/refs.bib', line: 6 }]);
  assert.equal(
    hover(index, DAY2_URI, { line: 4, character: 50 })?.markdown,
    '**@smith2020** · Smith, J\\. \\(2020\\) · *Testing \\*all\\* things*\n\n[https://doi\\.org/10/xyz](https://doi.org/10/xyz)\n\n[refs\\.bib:7](file:///ws/refs.bib#L7)',
  );
});

test('hover never turns note text into links or commands', () => {
  const text = ['Day', 'Evil [talk](command:rm) title', 'Ann Evil @ Org', 'Ann said it is the fastest [1].', '[1]: command:workbench.action.quit'].join('\n');
  const doc = buildDoc('file:///e.notes', text, {
    title: 'Day',
    talks: [{ title: 'Evil [talk](command:rm) title', speakers: [{ name: 'Ann Evil', org: 'Org' }] }],
    claims: [{ text: 'Ann said it is the fastest [1].', kinds: ['superlative'], cues: ['fastest'] }],
  });
  const index = workspace([doc]);
  const card = hover(index, 'file:///e.notes', { line: 1, character: 2 })!.markdown;
  assert.ok(card.startsWith('### Evil \\[talk\\]\\(command:rm\\) title\n\n'));
  const cite = hover(index, 'file:///e.notes', { line: 3, character: 28 })!.markdown;
  assert.equal(cite, '**\\[1\\]** command:workbench\\.action\\.quit');
});

test('hover: nothing on blank lines, outside the document or in unknown files', () => {
  const index = workspace([day1()]);
  assert.equal(hover(index, DAY1_URI, { line: 2, character: 0 }), null);
  assert.equal(hover(index, DAY1_URI, { line: 999, character: 3 }), null);
  assert.equal(hover(index, DAY1_URI, { line: -1, character: 3 }), null);
  assert.equal(hover(index, 'file:///other.notes', { line: 0, character: 0 }), null);
  assert.equal(hover(index, DAY1_URI, null as never), null);
});

test('claim card: a cue inside a longer cue is not repeated', () => {
  const a = day1();
  const c = a.claims[0];
  c.cues.push({ text: '100K', kind: 'quantitative', range: { start: c.cues[0].range.start, end: { line: 5, character: c.cues[0].range.start.character + 4 } } });
  const h = hover(workspace([a]), DAY1_URI, { line: 5, character: 20 });
  assert.match(h!.markdown, /\n\nCues: \*100K writes\/sec\*, \*said\*\n\n/);
});

test('person card: at most PERSON_CARD_TALKS talks, then a count of the rest', () => {
  const lines = ['Marathon'];
  const talks = [];
  for (let i = 1; i <= 10; i++) {
    lines.push(`Talk number ${i}`, 'Ann Lee @ Org', `Ann spoke again.`);
    talks.push({ title: `Talk number ${i}`, speakers: [{ name: 'Ann Lee', org: 'Org' }] });
  }
  const doc = buildDoc('file:///m.notes', lines.join('\n'), { title: 'Marathon', talks });
  const h = hover(workspace([doc]), 'file:///m.notes', { line: 3, character: 1 });
  const items = h!.markdown.split('\n').filter((l) => l.startsWith('- '));
  assert.equal(items.length, 9);
  assert.equal(items[8], '- … and 2 more');
  assert.ok(items[7].startsWith('- [Talk number 8]('));
});
