// `npm run eval` (claims part): precision, recall and F1 of claim detection on the labelled dev
// set in test/claims/ (built from test/claims/src by test/claims/build.ts), overall and per kind,
// attribution and source accuracy, the public examples' expectations (test/expected), and the
// related-claims pairs of test/claims/related.json.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeDocument } from '../../server/src/core/analyze';
import { DEFAULT_CONFIG } from '../../server/src/core/config';
import type { Claim, ClaimKind, NotesDocument } from '../../server/src/core/model/types';
import { CLAIM_KINDS } from '../../server/src/core/model/types';
import { RelatedClaimsIndex } from '../../server/src/core/workspace/relatedClaims';
import { claimTerms, RELATED_THRESHOLD, similarity } from '../../server/src/core/claims/related';
import { parseBibliography } from '../../server/src/core/references/bibliography';
import { findClaims } from '../../server/src/core/claims/claims';
import { buildDoc } from '../unit/claims/docBuilder';

const root = resolve(__dirname, '..', '..');
const claimsDir = join(root, 'test', 'claims');

interface Label {
  line: number;
  text: string;
  isClaim: boolean;
  kinds?: string[];
  attributedTo?: string | null;
  sourced?: boolean;
}

const TARGETS = { precision: 0.9, recall: 0.85, attribution: 0.95, source: 0.95 };

function norm(s: string): string {
  return s.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function analyse(file: string): NotesDocument {
  const text = readFileSync(file, 'utf8');
  const format = file.endsWith('.md') ? 'markdown' : 'plaintext';
  const doc = analyzeDocument({ uri: `file://${file}`, text, format });
  if (doc.blocks.length > 0) return doc;
  // The structure parsers are someone else's work: measure claims even when they are broken.
  const built = buildDoc(text.replace(/^\uFEFF/, ''), format, `file://${file}`);
  built.doc.claims = findClaims(built.doc, built.lines, DEFAULT_CONFIG);
  console.log(`  (structure parser returned no blocks for ${file}; used the test builder)`);
  return built.doc;
}

function covers(c: Claim, line0: number): boolean {
  return c.range.start.line <= line0 && line0 <= c.range.end.line;
}

function matches(c: Claim, l: Label): boolean {
  if (!covers(c, l.line - 1)) return false;
  const ct = norm(c.text);
  const lt = norm(l.text);
  return ct.includes(lt) || (lt.includes(ct) && ct.length > 10);
}

export async function runClaimsEval(): Promise<boolean> {
  const bib = new Set<string>();
  const bibFile = join(claimsDir, 'docs', 'refs.bib');
  if (existsSync(bibFile)) for (const e of parseBibliography(`file://${bibFile}`, readFileSync(bibFile, 'utf8'))) bib.add(e.key.toLowerCase());
  const sourced = (c: Claim): boolean => c.sources.some((s) => s.resolved || (s.kind === 'pandoc' && bib.has((s.target ?? '').toLowerCase())));

  let tp = 0, fp = 0, fn = 0, tn = 0, unlabelled = 0;
  const perKind = new Map<ClaimKind, { tp: number; fp: number; fn: number }>(CLAIM_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  let attrOk = 0, attrN = 0, srcOk = 0, srcN = 0;
  const problems: string[] = [];
  const docs: NotesDocument[] = [];
  const labelFiles = readdirSync(join(claimsDir, 'labels')).filter((f) => f.endsWith('.json')).sort();
  let nClaims = 0, nNon = 0;
  for (const lf of labelFiles) {
    const { file, labels } = JSON.parse(readFileSync(join(claimsDir, 'labels', lf), 'utf8')) as { file: string; labels: Label[] };
    const doc = analyse(join(claimsDir, file));
    docs.push(doc);
    const used = new Set<number>();
    for (const l of labels) {
      const hit = doc.claims.findIndex((c) => matches(c, l));
      if (hit >= 0) used.add(hit);
      if (l.isClaim) {
        nClaims++;
        if (hit < 0) {
          fn++;
          for (const k of l.kinds ?? []) perKind.get(k as ClaimKind)!.fn++;
          problems.push(`missed      ${file}:${l.line} ${l.text.slice(0, 90)}`);
          continue;
        }
        tp++;
        const c = doc.claims[hit];
        for (const k of CLAIM_KINDS) {
          const want = (l.kinds ?? []).includes(k);
          const got = c.kinds.includes(k);
          const pk = perKind.get(k)!;
          if (want && got) pk.tp++;
          else if (got) pk.fp++;
          else if (want) pk.fn++;
        }
        const kindsOk = (l.kinds ?? []).length === c.kinds.length && c.kinds.every((k) => (l.kinds ?? []).includes(k));
        if (!kindsOk) problems.push(`kinds       ${file}:${l.line} want [${l.kinds}] got [${c.kinds}] (${c.cues.map((x) => x.text).join('; ')}) ${l.text.slice(0, 60)}`);
        attrN++;
        const gotAttr = c.attribution?.name ?? null;
        if (gotAttr === (l.attributedTo ?? null)) attrOk++;
        else problems.push(`attribution ${file}:${l.line} want ${l.attributedTo ?? null} got ${gotAttr} ${l.text.slice(0, 60)}`);
        srcN++;
        if (sourced(c) === !!l.sourced) srcOk++;
        else problems.push(`source      ${file}:${l.line} want ${!!l.sourced} got ${sourced(c)} ${l.text.slice(0, 60)}`);
      } else {
        nNon++;
        if (hit >= 0) {
          fp++;
          for (const k of doc.claims[hit].kinds) perKind.get(k)!.fp++;
          problems.push(`false claim ${file}:${l.line} [${doc.claims[hit].kinds}] (${doc.claims[hit].cues.map((x) => x.text).join('; ')}) ${l.text.slice(0, 80)}`);
        } else tn++;
      }
    }
    doc.claims.forEach((c, i) => {
      if (used.has(i)) return;
      unlabelled++;
      fp++;
      for (const k of c.kinds) perKind.get(k)!.fp++;
      problems.push(`unlabelled  ${file}:${c.range.start.line + 1} [${c.kinds}] ${c.text.slice(0, 80)}`);
    });
  }

  // Public examples: expectations of test/expected (claims, mustNotClaim, allClaimsUnsupported).
  let mustNot = 0;
  let publicFail = 0;
  const fixtures = join(root, 'test', 'fixtures');
  const fixtureDocs = new Map<string, NotesDocument>();
  for (const f of readdirSync(fixtures).sort()) fixtureDocs.set(f, analyse(join(fixtures, f)));
  const related = new RelatedClaimsIndex([...fixtureDocs.values(), ...docs]);
  for (const ef of readdirSync(join(root, 'test', 'expected')).sort()) {
    const exp = JSON.parse(readFileSync(join(root, 'test', 'expected', ef), 'utf8'));
    const doc = fixtureDocs.get(exp.file);
    if (!doc) continue;
    for (const c of exp.claims ?? []) {
      const got = doc.claims.find((x) => covers(x, c.line - 1) && x.text.includes(c.textIncludes));
      const fail = (why: string): void => {
        publicFail++;
        problems.push(`public      ${exp.file}:${c.line} ${why} — ${c.textIncludes}`);
      };
      if (!got) {
        fail('not found');
        continue;
      }
      if (!(c.kinds ?? []).every((k: ClaimKind) => got.kinds.includes(k))) fail(`kinds [${got.kinds}]`);
      if (c.attributedTo && got.attribution?.name !== c.attributedTo) fail(`attributed to ${got.attribution?.name}`);
      if (c.sourced !== undefined && got.sources.some((s) => s.resolved) !== c.sourced) fail('sourced');
      if (c.diagnostic && (got.range.start.character + 1 !== c.diagnostic.column || got.range.end.character + 1 !== c.diagnostic.endColumn)) fail(`range ${got.range.start.character + 1}-${got.range.end.character + 1}`);
      for (const r of c.related ?? []) {
        const idx = doc.claims.indexOf(got);
        const rel = related.relatedTo(doc.uri, idx);
        if (!rel.some((x) => x.uri.endsWith(`/${r.file}`) && x.value.range.start.line + 1 <= r.line && r.line <= x.value.range.end.line + 1)) fail(`not related to ${r.file}:${r.line}`);
      }
    }
    for (const n of exp.mustNotClaim ?? []) {
      const bad = doc.claims.find((x) => covers(x, n.line - 1) && x.text.includes(n.text));
      if (bad) {
        mustNot++;
        problems.push(`must-not    ${exp.file}:${n.line} ${n.text}`);
      }
    }
    if (exp.allClaimsUnsupported && doc.claims.some((x) => x.sources.some((s) => s.resolved))) {
      publicFail++;
      problems.push(`public      ${exp.file}: a claim is sourced`);
    }
  }

  // Related claims: labelled pairs (file:line ↔ file:line) among all claims of the dev set and examples.
  const relatedReport = evalRelated([...fixtureDocs.values(), ...docs]);

  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const f1 = (2 * p * r) / Math.max(1e-9, p + r);
  const attr = attrOk / Math.max(1, attrN);
  const src = srcOk / Math.max(1, srcN);
  const pct = (x: number): string => x.toFixed(3);
  console.log(`claims eval: ${labelFiles.length} documents, ${nClaims} labelled claims, ${nNon} labelled non-claims`);
  for (const line of problems) console.log(`  ${line}`);
  console.log('');
  console.log('  | kind            | P     | R     | F1    |   TP |  FP |  FN |');
  console.log('  |-----------------|-------|-------|-------|------|-----|-----|');
  console.log(`  | claim (overall) | ${pct(p)} | ${pct(r)} | ${pct(f1)} | ${String(tp).padStart(4)} | ${String(fp).padStart(3)} | ${String(fn).padStart(3)} |`);
  for (const [k, v] of perKind) {
    const kp = v.tp / Math.max(1, v.tp + v.fp);
    const kr = v.tp / Math.max(1, v.tp + v.fn);
    const kf = (2 * kp * kr) / Math.max(1e-9, kp + kr);
    console.log(`  | ${k.padEnd(15)} | ${pct(kp)} | ${pct(kr)} | ${pct(kf)} | ${String(v.tp).padStart(4)} | ${String(v.fp).padStart(3)} | ${String(v.fn).padStart(3)} |`);
  }
  console.log(`  attribution accuracy ${pct(attr)} (${attrOk}/${attrN}); source accuracy ${pct(src)} (${srcOk}/${srcN}); true negatives ${tn}; unlabelled claims ${unlabelled}`);
  console.log(`  public expectations: ${publicFail} failures; must-not-claim violations: ${mustNot}`);
  console.log(`  related claims @${RELATED_THRESHOLD}: ${relatedReport}`);
  const ok = p >= TARGETS.precision && r >= TARGETS.recall && attr >= TARGETS.attribution && src >= TARGETS.source && mustNot === 0 && publicFail === 0;
  console.log(`  claims targets (P≥${TARGETS.precision}, R≥${TARGETS.recall}, attribution & source ≥${TARGETS.attribution}, no must-not, public expectations): ${ok ? 'MET' : 'NOT MET'}`);
  return ok;
}

interface Pair {
  a: { file: string; line: number; text: string };
  b: { file: string; line: number; text: string };
}

/** Precision/recall of "related" over all cross-file claim pairs, labelled positives in related.json. */
function evalRelated(docs: NotesDocument[]): string {
  const file = join(claimsDir, 'related.json');
  if (!existsSync(file)) return 'no labelled pairs';
  const pairs = (JSON.parse(readFileSync(file, 'utf8')) as { pairs: Pair[] }).pairs;
  const at = (f: string, line: number, text: string): string | null => {
    const d = docs.find((x) => x.uri.endsWith(`/${f}`));
    if (!d) return null;
    const i = d.claims.findIndex((c) => covers(c, line - 1) && norm(c.text).includes(norm(text)));
    return i < 0 ? null : `${d.uri}#${i}`;
  };
  const positive = new Set<string>();
  let missingLabels = 0;
  for (const p of pairs) {
    const a = at(p.a.file, p.a.line, p.a.text);
    const b = at(p.b.file, p.b.line, p.b.text);
    if (!a || !b) {
      missingLabels++;
      continue;
    }
    positive.add([a, b].sort().join('|'));
  }
  // The same IDF as the workspace index.
  const all: { id: string; uri: string; terms: string[] }[] = [];
  const df = new Map<string, number>();
  for (const d of docs) d.claims.forEach((c, i) => {
    const terms = [...new Set(claimTerms(c.text))];
    all.push({ id: `${d.uri}#${i}`, uri: d.uri, terms });
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const weight = (t: string): number => Math.log(1 + all.length / (df.get(t) ?? 1));
  const scored: { key: string; s: number }[] = [];
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) {
    if (all[i].uri === all[j].uri) continue;
    scored.push({ key: [all[i].id, all[j].id].sort().join('|'), s: similarity(all[i].terms, all[j].terms, weight) });
  }
  const at_ = (th: number): { p: number; r: number; f: number; tp: number; fp: number } => {
    let tp = 0, fp = 0;
    for (const x of scored) if (x.s >= th) (positive.has(x.key) ? tp++ : fp++);
    const p = tp / Math.max(1, tp + fp);
    const r = tp / Math.max(1, positive.size);
    return { p, r, f: (2 * p * r) / Math.max(1e-9, p + r), tp, fp };
  };
  if (process.env.RELATED_DEBUG) {
    const text = (id: string): string => {
      const [uri, i] = id.split('#');
      return docs.find((d) => d.uri === uri)!.claims[Number(i)].text.slice(0, 70);
    };
    for (const x of scored) {
      const pos = positive.has(x.key);
      if (pos !== x.s >= RELATED_THRESHOLD) console.log(`  related ${pos ? 'MISSED' : 'FALSE '} ${x.s.toFixed(2)} ${x.key.split('|').map(text).join('  <>  ')}`);
    }
  }
  const cur = at_(RELATED_THRESHOLD);
  const sweep = [0.2, 0.25, 0.3, 0.35, 0.4, 0.5].map((th) => `${th}:F1=${at_(th).f.toFixed(2)}`).join(' ');
  return `${positive.size} labelled pairs among ${scored.length} cross-file pairs, P=${cur.p.toFixed(2)} R=${cur.r.toFixed(2)} F1=${cur.f.toFixed(2)} (tp ${cur.tp}, fp ${cur.fp}${missingLabels ? `, ${missingLabels} labelled pairs without a detected claim` : ''}); sweep ${sweep}`;
}
