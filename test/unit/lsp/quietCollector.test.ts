// The server collects garbage once per burst of background work, when nothing else runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QuietCollector } from '../../../server/src/lsp/quietCollector';

test('one collection per burst, only when the worker and the preparation are both done', () => {
  let busy = true;
  let collections = 0;
  const collector = new QuietCollector(() => busy, () => collections++);
  collector.settled();
  assert.equal(collections, 0, 'no burst, nothing to collect');
  collector.burst();
  collector.burst();
  collector.settled();
  assert.equal(collections, 0, 'still busy');
  busy = false;
  collector.settled();
  collector.settled();
  assert.equal(collections, 1, 'once for the burst');
  collector.burst();
  collector.settled();
  assert.equal(collections, 2, 'again after the next burst');
});

test('without --expose-gc nothing is collected and nothing fails', () => {
  const collector = new QuietCollector(() => false, undefined);
  collector.burst();
  assert.doesNotThrow(() => collector.settled());
});

test('requests that unpacked many packed files make a collection due a moment later', async () => {
  let busy = false;
  let collections = 0;
  const collector = new QuietCollector(() => busy, () => collections++, 20);
  collector.unpackedText(8 * 1024 * 1024);
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(collections, 0, 'below the threshold');
  collector.unpackedText(9 * 1024 * 1024);
  assert.equal(collections, 0, 'not at once');
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(collections, 1, 'once the requests were quiet');
  busy = true;
  collector.unpackedText(20 * 1024 * 1024);
  await new Promise((r) => setTimeout(r, 60));
  assert.equal(collections, 1, 'not while the preparation runs');
  busy = false;
  collector.settled();
  assert.equal(collections, 2, 'when it is done');
  collector.dispose();
});

test('a collection held back by a run of requests happens once they pause', async () => {
  let busy = false;
  let collections = 0;
  const collector = new QuietCollector(() => busy, () => collections++, 20);
  collector.burst();
  busy = true; // requests keep coming
  collector.settled();
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(collections, 0, 'not during the requests');
  busy = false;
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(collections, 1, 'after them, without anything else settling');
  collector.dispose();
});
