import assert from 'node:assert/strict';

/** Polls a request until `ok` (file events are applied asynchronously, as in an editor); fails with `what` and the last answer. */
export async function eventually<T>(get: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  let v = await get();
  for (let i = 0; i < 100 && !ok(v); i++) {
    await new Promise((r) => setTimeout(r, 20));
    v = await get();
  }
  assert.ok(ok(v), `${what}: ${JSON.stringify(v)}`);
  return v;
}
