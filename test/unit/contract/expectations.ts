// The public expectations of ../shared/examples/expected (copied to test/expected), checked the
// way ../shared/tools/check-examples.mjs checks them, so the suite runs from a fresh clone
// without ../shared. Returns one line per failed expectation.
import { basename } from 'node:path';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

export function checkExpectations(index: Json, expectations: Json[]): { passed: number; failures: string[] } {
  const files: Json[] = index.files;
  const base = (p: unknown) => basename(String(p ?? '').replace(/\\/g, '/'));
  const byName = new Map(files.map((f) => [base(f.file), f]));
  let passed = 0;
  const failures: string[] = [];
  const check = (ok: unknown, what: string) => (ok ? passed++ : failures.push(what));
  const norm = (s: unknown) => ((s ?? null) === null ? null : String(s));
  const claimsOf = (f: Json): Json[] => (f.talks ?? []).flatMap((t: Json) => t.claims ?? []).concat(f.claims ?? []);
  const onLine = (c: Json, line: number) => c.line <= line && line <= (c.endLine ?? c.line);

  for (const exp of expectations) {
    const got = byName.get(exp.file);
    check(got, `${exp.file}: present in the index`);
    if (!got) continue;
    const where = exp.file;
    check(got.title === exp.title, `${where}: title ${JSON.stringify(exp.title)} (got ${JSON.stringify(got.title)})`);
    if ('conference' in exp) check(got.conference === exp.conference, `${where}: conference ${exp.conference} (got ${got.conference})`);
    const talks: Json[] = got.talks ?? [];
    for (const t of exp.talks) {
      const g = talks.find((x) => x.title === t.title && x.line === t.line);
      check(g, `${where}:${t.line}: talk ${JSON.stringify(t.title)}`);
      if (!g) continue;
      for (const s of t.speakers) {
        const gs = (g.speakers ?? []).find((x: Json) => x.name === s.name);
        check(gs && gs.line === s.line && norm(gs.role) === norm(s.role) && norm(gs.org) === norm(s.org),
          `${where}:${s.line}: speaker ${s.name} / ${s.role} / ${s.org} (got ${JSON.stringify(gs ?? null)})`);
      }
      for (const s of t.sections ?? []) {
        check((g.sections ?? []).some((x: Json) => x.title === s.title && x.line === s.line), `${where}:${s.line}: section ${JSON.stringify(s.title)}`);
      }
    }
    check(talks.length === exp.talks.length, `${where}: ${exp.talks.length} talks (got ${talks.length})`);
    const mentions: Json[] = got.mentions ?? [];
    for (const m of exp.mentions) {
      const g = mentions.find((x) => x.line === m.line && x.column === m.column);
      check(g && g.person === m.person && g.endColumn === m.endColumn && g.speaker === m.speaker,
        `${where}:${m.line}:${m.column}: mention ${m.name} -> ${m.person}, endColumn ${m.endColumn}, speaker ${m.speaker} (got ${JSON.stringify(g ?? null)})`);
      if (g && m.definition) {
        check(base(g.definition?.file) === m.definition.file && g.definition?.line === m.definition.line,
          `${where}:${m.line}:${m.column}: ${m.name} is defined at ${m.definition.file}:${m.definition.line} (got ${JSON.stringify(g.definition ?? null)})`);
      }
    }
    for (const p of exp.notPeople ?? []) check(!mentions.some((x) => x.person === p), `${where}: ${p} is not a person`);
    const claims = claimsOf(got);
    for (const c of exp.claims) {
      const g = claims.find((x) => onLine(x, c.line) && (x.text ?? '').includes(c.textIncludes));
      check(g, `${where}:${c.line}: claim containing ${JSON.stringify(c.textIncludes)}`);
      if (!g) continue;
      const kinds = new Set(g.kinds ?? []);
      check(c.kinds.every((k: string) => kinds.has(k)), `${where}:${c.line}: kinds ${c.kinds} (got ${[...kinds]})`);
      if (c.attributedTo) check(g.attributedTo === c.attributedTo, `${where}:${c.line}: attributed to ${c.attributedTo} (got ${g.attributedTo})`);
      if (c.sourced !== undefined) check(g.sourced === c.sourced, `${where}:${c.line}: sourced=${c.sourced} (got ${g.sourced})`);
      for (const r of c.related ?? []) {
        check((g.related ?? []).some((x: Json) => base(x.file) === r.file && x.line === r.line), `${where}:${c.line}: related to ${r.file}:${r.line} (got ${JSON.stringify(g.related ?? null)})`);
      }
      if (c.diagnostic) {
        const d = (got.diagnostics ?? []).find((x: Json) => x.code === c.diagnostic.code && x.line === c.line && x.column === c.diagnostic.column);
        check(d && d.endColumn === c.diagnostic.endColumn, `${where}:${c.line}:${c.diagnostic.column}: ${c.diagnostic.code} ending at ${c.diagnostic.endColumn} (got ${JSON.stringify(d ?? null)})`);
      }
    }
    if (exp.allClaimsUnsupported) check(claims.length > 0 && claims.every((x) => x.sourced === false), `${where}: every claim unsupported`);
    for (const n of exp.mustNotClaim ?? []) {
      check(!claims.some((x) => onLine(x, n.line) && (x.text ?? '').includes(n.text)), `${where}:${n.line}: not a claim: ${JSON.stringify(n.text)}`);
    }
    for (const x of exp.crossReferences ?? []) {
      const g = (got.crossReferences ?? []).find((y: Json) => y.line === x.line && y.column === x.column);
      check(g && g.endColumn === x.endColumn && base(g.target?.file) === x.target.file && g.target?.line === x.target.line && g.target?.kind === x.target.kind,
        `${where}:${x.line}:${x.column}: ${x.text} -> ${x.target.file}:${x.target.line} (got ${JSON.stringify(g ?? null)})`);
    }
    for (const x of exp.citations ?? []) {
      const g = (got.citations ?? []).find((y: Json) => y.line === x.line && y.column === x.column);
      check(g && g.marker === x.marker && g.endColumn === x.endColumn && g.definitionLine === x.definitionLine,
        `${where}:${x.line}:${x.column}: citation ${x.marker} defined on ${x.definitionLine} (got ${JSON.stringify(g ?? null)})`);
    }
    for (const code of exp.diagnostics?.none ?? []) {
      check(!(got.diagnostics ?? []).some((x: Json) => x.code === code), `${where}: no ${code} diagnostic`);
    }
  }
  return { passed, failures };
}
