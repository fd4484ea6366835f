import { pathToFileURL } from 'node:url';
import { version } from '../../../package.json';
import type { NotesDiagnostic, Severity } from '../core/model/types';
import { exportIndex } from '../core/export/json';
import { documentDiagnostics } from '../core/workspace/diagnostics';
import { WorkspaceIndex } from '../core/workspace/workspaceIndex';
import { parseBibliography } from '../core/references/bibliography';
import { USAGE, parseArgs } from './args';
import type { CliArgs, FailOn } from './args';
import { collect } from './files';
import { formatOutline } from './formats/outline';
import { toSarif } from './formats/sarif';
import { formatGithubDiagnostic, formatTextDiagnostic } from './formats/text';

const RANK: Record<Severity | FailOn, number> = { error: 0, warning: 1, information: 2, hint: 3, none: -1 };

/** Runs the CLI; returns the exit code (0 clean, 1 findings at or above --fail-on, 2 usage or read errors). */
export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      out(USAGE);
      return 0;
    }
    if (parsed.version) {
      out(version);
      return 0;
    }
    err(`talknotes: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  return execute(parsed.args, out, err);
}

function execute(args: CliArgs, out: (s: string) => void, err: (s: string) => void): number {
  const input = collect(args.paths);
  for (const e of input.errors) err(`talknotes: ${e}`);
  const index = new WorkspaceIndex(input.config);
  const pathByUri = new Map<string, string>();
  for (const b of input.bibliographies) index.setBibliography(b.path, parseBibliography(b.path, b.text));
  for (const f of input.files) {
    const uri = pathToFileURL(f.absolute).href;
    pathByUri.set(uri, f.path);
    index.upsert({ uri, text: f.text, format: f.format });
  }
  const uris = [...pathByUri.keys()];
  const pathOf = (uri: string) => pathByUri.get(uri) ?? uri;
  const readFailed = input.errors.length > 0;

  if (args.command === 'outline') {
    if (uris[0]) out(formatOutline(index.get(uris[0])!));
    return readFailed ? 2 : 0;
  }
  if (args.format === 'json') {
    out(JSON.stringify(exportIndex(index, pathOf, uris), null, 2));
  } else if (args.command === 'index') {
    for (const uri of uris) {
      const doc = index.get(uri)!;
      out(`${pathOf(uri)}: ${doc.talks.length} talks, ${doc.talks.reduce((n, t) => n + t.speakers.length, 0)} speakers, ${doc.mentions.length} mentions, ${doc.claims.length} claims`);
    }
  }
  const results = uris.map((uri) => ({ path: pathOf(uri), diagnostics: documentDiagnostics(index, uri) }));
  if (args.command === 'check') {
    if (args.format === 'text') {
      for (const r of results) for (const d of r.diagnostics) out(formatTextDiagnostic(r.path, d));
      const all = results.flatMap((r) => r.diagnostics);
      err(`${uris.length} file${uris.length === 1 ? '' : 's'} checked: ${countBy(all)}`);
    } else if (args.format === 'github') {
      for (const r of results) for (const d of r.diagnostics) out(formatGithubDiagnostic(r.path, d));
    } else if (args.format === 'sarif') {
      out(JSON.stringify(toSarif(results, version), null, 2));
    }
  }
  if (readFailed) return 2;
  if (args.command !== 'check' || args.failOn === 'none') return 0;
  const limit = RANK[args.failOn];
  return results.some((r) => r.diagnostics.some((d) => RANK[d.severity] <= limit)) ? 1 : 0;
}

function countBy(ds: NotesDiagnostic[]): string {
  if (ds.length === 0) return 'no problems';
  const counts = new Map<string, number>();
  for (const d of ds) counts.set(d.severity, (counts.get(d.severity) ?? 0) + 1);
  return ['error', 'warning', 'information', 'hint'].filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`).join(', ');
}

if (require.main === module) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(process.argv.slice(2), (s) => out.push(s), (s) => err.push(s));
  // One write each, results first and the summary or errors after them; then let Node flush
  // the pipes before exiting (process.exit would cut long JSON).
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  if (err.length) process.stderr.write(`${err.join('\n')}\n`);
  process.exitCode = code;
}
