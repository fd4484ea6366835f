// The related-claims index (term numbers, postings with removed ids skipped and compacted)
// against a direct computation over every pair, through documents added, replaced and removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../../server/src/core/config';
import { claimTerms, RELATED_THRESHOLD, similarity } from '../../../server/src/core/claims/related';
import type { NotesDocument } from '../../../server/src/core/model/types';
import { RelatedClaimsIndex } from '../../../server/src/core/workspace/relatedClaims';
import { documentTables } from '../../../server/src/core/workspace/documentTables';
import { generateWorkspace } from '../../../bench/generate';

/** What `relatedTo` must answer, computed from scratch: IDF over live claims, common terms skipped, top five. */
function direct(docs: Map<string, NotesDocument>, uri: string, claim: number): string[] {
  const all: { uri: string; claim: number; terms: string[] }[] = [];
  for (const [u, d] of docs) d.claims.forEach((c, i) => all.push({ uri: u, claim: i, terms: [...new Set(claimTerms(c.text))] }));
  const df = new Map<string, number>();
  for (const c of all) for (const t of c.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const own = all.find((c) => c.uri === uri && c.claim === claim);
  if (!own) return [];
  const weight = (t: string) => Math.log(1 + Math.max(all.length, 1) / (df.get(t) || 1));
  const scored = all
    .filter((c) => c.uri !== uri && c.terms.some((t) => own.terms.includes(t) && df.get(t)! <= 200))
    .map((c) => ({ c, score: similarity(own.terms, c.terms, weight) }))
    .filter((s) => s.score >= RELATED_THRESHOLD);
  scored.sort((a, b) => b.score - a.score || a.c.uri.localeCompare(b.c.uri) || a.c.claim - b.c.claim);
  return scored.slice(0, 5).map((s) => `${s.c.uri}#${s.c.claim}`);
}

const FILES = generateWorkspace(5, 8, 3_000).map((f, i) => analyzeDocument({ uri: `file:///ws/${i}-${f.name}`, text: f.text, format: f.format }, DEFAULT_CONFIG));

test('related claims equal a direct computation through adds, replacements and removals', () => {
  let answers = 0;
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(FILES.length - 1), fc.constantFrom('whole', 'terms', 'remove')), { minLength: 1, maxLength: 25 }), (ops) => {
      const live = new Map<string, NotesDocument>();
      const index = new RelatedClaimsIndex([], (uri, claim) => live.get(uri)?.claims[claim]);
      for (const [i, op] of ops) {
        const doc = FILES[i];
        if (op === 'remove') {
          index.removeDocument(doc.uri);
          live.delete(doc.uri);
        } else {
          if (op === 'whole') index.setDocument(doc);
          else index.setTerms(doc.uri, documentTables(doc, true).claimTerms!);
          live.set(doc.uri, doc);
        }
        // Sometimes half-built when the next change comes, as in idle-time preparation.
        index.prepare(7);
      }
      for (const [uri, doc] of live) {
        for (let c = 0; c < doc.claims.length; c += 3) {
          const got = index.relatedTo(uri, c).map((r) => `${r.uri}#${r.claim}`);
          assert.deepStrictEqual(got, direct(live, uri, c), `${uri}#${c}`);
          answers += got.length;
        }
      }
    }),
    { numRuns: 40, seed: 8 },
  );
  assert.ok(answers > 0, 'some claims have related claims');
});

test('a file replaced many times leaves no stale answers (its dead ids are compacted away)', () => {
  const live = new Map<string, NotesDocument>();
  const index = new RelatedClaimsIndex([], (uri, claim) => live.get(uri)?.claims[claim]);
  for (const doc of FILES) {
    index.setDocument(doc);
    live.set(doc.uri, doc);
  }
  // Two files swapped back and forth under one URI: most of their postings fill with dead ids.
  const [a, b] = [FILES[0], FILES[1]];
  for (let i = 0; i < 30; i++) {
    const doc = { ...(i % 2 ? a : b), uri: a.uri };
    index.setDocument(doc);
    live.set(a.uri, doc);
    index.prepare();
  }
  let answers = 0;
  for (const [uri, doc] of live) {
    for (let c = 0; c < doc.claims.length; c++) {
      const got = index.relatedTo(uri, c).map((r) => `${r.uri}#${r.claim}`);
      assert.deepStrictEqual(got, direct(live, uri, c), `${uri}#${c}`);
      answers += got.length;
    }
  }
  assert.ok(answers > 0);
});
