/**
 * A generator of realistic talk notes for benchmarks and fuzzing, deterministic from a seed:
 * plain text and Markdown, N talks per file and K files per workspace, speakers repeated
 * across files, mentions, claims (about a fifth of the sentences), URLs, `[n]` references,
 * footnotes and `[[links]]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Mulberry32: a tiny, fast, seedable PRNG (the same seed gives the same notes everywhere). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Ben', 'Chloé', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Łukasz', 'Mei', 'Noor', 'Olu', 'Priya', 'Rafael', 'Sofia', 'Tomás', 'Zoë'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Ivanov', 'Castillo', 'Haddad', 'Hopper', 'Tanaka', 'Ferreira', 'Weber', 'Iyer', 'Nowak', 'Chen', 'Rahman', 'Adeyemi', 'Raman', 'Souza', 'Rossi', 'Ortega', 'Ångström'];
const ROLES = ['Staff Engineer', 'Principal Engineer', 'Founder & CEO', 'Researcher', 'Tech Lead, Storage', 'Distributed Systems Engineer', 'Member of Technical Staff'];
const ORGS = ['Northwind Systems', 'Contoso', 'Fabrikam', 'Globex', 'Initech', 'Umbrella Labs', 'Hooli', 'Example University'];
const TOPICS = ['deterministic simulation', 'consensus protocols', 'storage engines', 'fuzzing', 'formal methods', 'observability', 'chaos engineering', 'query planning', 'replication', 'incident response'];
const NOUNS = ['cluster', 'planner', 'scheduler', 'log', 'index', 'cache', 'compactor', 'replica', 'simulator', 'harness'];

const PLAIN_SENTENCES = [
  'The speaker walked through how the {n} evolved over the years.',
  'They started with a small prototype and grew it slowly.',
  '{F} explained why the team cared about {t} in the first place.',
  'Most of the talk was about the trade-offs they made along the way.',
  'I liked the diagrams, they made the ideas easy to follow.',
  'The second half covered what went wrong in production.',
  'There was a long discussion of how to test the {n} under load.',
  'We had a short coffee break after this one.',
  'Someone asked whether the approach works for smaller teams?',
  'The slides will be posted later.',
];
const CLAIM_SENTENCES = [
  'The new {n} is {k}x faster than the old one.',
  '{F} said their {n} handles {k}00K requests/sec.',
  'It is the most reliable {n} they have ever built.',
  'Nobody at {o} runs the {n} without a simulator anymore.',
  'According to {F}, {k}0% of outages come from configuration changes.',
  'The {n} was built {k} years ago and still runs today.',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

interface Person {
  first: string;
  name: string;
  role: string;
  org: string;
}

export interface GenerateOptions {
  seed: number;
  talks: number;
  format: 'plaintext' | 'markdown';
  /** Speakers shared across files of a workspace (so cross-file mentions resolve). */
  people?: Person[];
  /** Titles of talks elsewhere in the workspace, for `[[links]]`. */
  otherTitles?: string[];
  /** Paragraphs per talk (default 4). */
  paragraphs?: number;
}

export function people(seed: number, count = 40): Person[] {
  const r = rng(seed);
  return Array.from({ length: count }, () => {
    const first = pick(r, FIRST);
    return { first, name: `${first} ${pick(r, LAST)}`, role: pick(r, ROLES), org: pick(r, ORGS) };
  });
}

/** One notes file. */
export function generateNotes(o: GenerateOptions): { text: string; titles: string[] } {
  const r = rng(o.seed);
  const cast = o.people ?? people(o.seed);
  const md = o.format === 'markdown';
  const out: string[] = [];
  const titles: string[] = [];
  const refs: string[] = [];
  out.push(md ? `---\ntalknotes: true\nconference: BenchConf ${o.seed % 100}\n---\n# BenchConf notes ${o.seed}` : `BenchConf notes ${o.seed}`);
  out.push(md ? '' : 'These are my notes from the conference. The venue was nice.');
  for (let t = 0; t < o.talks; t++) {
    const sp = pick(r, cast);
    const title = `${capitalize(pick(r, TOPICS))} at scale, part ${t + 1}`;
    titles.push(title);
    out.push(md ? `\n## ${title}` : title);
    out.push(`${sp.name}, ${sp.role} @ ${sp.org}`);
    if (md) out.push('');
    const paragraphs = o.paragraphs ?? 4;
    for (let p = 0; p < paragraphs; p++) {
      if (p === 2 && !md) out.push(`Part ${p}: ${capitalize(pick(r, NOUNS))} details`);
      if (p === 2 && md) out.push(`### ${capitalize(pick(r, NOUNS))} details\n`);
      if (r() < 0.3) {
        for (let b = 0; b < 3; b++) out.push(`- ${fill(pick(r, r() < 0.2 ? CLAIM_SENTENCES : PLAIN_SENTENCES), r, sp, cast).replace(/\.$/, '')}`);
        if (md) out.push('');
        continue;
      }
      const sentences: string[] = [];
      for (let s = 0; s < 5; s++) {
        let sentence = fill(pick(r, r() < 0.2 ? CLAIM_SENTENCES : PLAIN_SENTENCES), r, sp, cast);
        const roll = r();
        if (roll < 0.05) sentence = sentence.replace(/\.$/, ` (source: https://example.org/${o.seed}/${t}/${s}).`);
        else if (roll < 0.1) {
          refs.push(`https://example.org/ref/${o.seed}/${refs.length + 1}`);
          sentence = sentence.replace(/\.$/, ` [${refs.length}].`);
        } else if (roll < 0.12 && o.otherTitles?.length) sentence += ` See [[${pick(r, o.otherTitles)}]].`;
        else if (roll < 0.14 && md) sentence = sentence.replace(/\.$/, `[^n${t}x${s}].`) + `\n\n[^n${t}x${s}]: A footnote about ${pick(r, TOPICS)}.\n`;
        sentences.push(sentence);
      }
      out.push(md ? sentences.join('\n') : sentences.join(' '));
      if (md) out.push('');
    }
  }
  if (refs.length) {
    out.push('');
    refs.forEach((u, i) => out.push(`[${i + 1}]: ${u}`));
  }
  return { text: out.join('\n') + '\n', titles };
}

/** Notes of about `bytes` UTF-16 units (talks are added until the size is reached). */
export function generateOfSize(seed: number, bytes: number, format: 'plaintext' | 'markdown', cast?: Person[]): string {
  const probe = generateNotes({ seed, talks: 20, format, people: cast }).text.length / 20;
  const talks = Math.max(1, Math.round(bytes / probe));
  return generateNotes({ seed, talks, format, people: cast }).text;
}

/** A workspace of `files` files of about `bytesPerFile` each, plain text and Markdown mixed, sharing speakers. */
export function generateWorkspace(seed: number, files: number, bytesPerFile: number): { name: string; text: string; format: 'plaintext' | 'markdown' }[] {
  const cast = people(seed);
  const out: { name: string; text: string; format: 'plaintext' | 'markdown' }[] = [];
  for (let i = 0; i < files; i++) {
    const format = i % 3 === 2 ? 'markdown' : 'plaintext';
    out.push({ name: `day-${String(i).padStart(4, '0')}${format === 'markdown' ? '.notes.md' : '.notes'}`, format, text: generateOfSize(seed + i + 1, bytesPerFile, format, cast) });
  }
  return out;
}

function fill(template: string, r: () => number, speaker: Person, cast: Person[]): string {
  const someone = r() < 0.5 ? speaker : pick(r, cast);
  return template
    .replace('{n}', pick(r, NOUNS))
    .replace('{t}', pick(r, TOPICS))
    .replace('{o}', speaker.org)
    .replace('{k}', String(2 + Math.floor(r() * 8)))
    .replace('{F}', r() < 0.5 ? someone.first : someone.name);
}

function capitalize(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** Writes `generateWorkspace(seed, files, bytesPerFile)` into `dir` (the bench's workspaces on disk). */
export function writeWorkspace(dir: string, files: number, bytesPerFile: number, seed: number): { files: string[]; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  let bytes = 0;
  for (const f of generateWorkspace(seed, files, bytesPerFile)) {
    const p = join(dir, f.name);
    writeFileSync(p, f.text);
    out.push(p);
    bytes += Buffer.byteLength(f.text);
  }
  return { files: out, bytes };
}
