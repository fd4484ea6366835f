import assert from 'node:assert/strict';

/**
 * Polls a request until `ok` (file events are applied asynchronously, as in an editor); fails with
 * `what` and the last answer. The deadline is generous: a file event may have to start the
 * analysis worker again, which takes seconds on a loaded CI machine; a passing test stops early.
 */
export async function eventually<T>(get: () => Promise<T>, ok: (v: T) => boolean, what: string, deadlineMs = 10_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  let v = await get();
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 20));
    v = await get();
  }
  assert.ok(ok(v), `${what}: ${JSON.stringify(v)}`);
  return v;
}
