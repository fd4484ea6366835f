/** Command-line arguments of `talknotes`, parsed without a dependency (the surface is small). */

export type Command = 'check' | 'index' | 'outline';
export type Format = 'text' | 'json' | 'sarif' | 'github';
export type FailOn = 'error' | 'warning' | 'information' | 'hint' | 'none';

export interface CliArgs {
  command: Command;
  paths: string[];
  format: Format;
  failOn: FailOn;
}

export type ParseResult = { ok: true; args: CliArgs } | { ok: false; help?: boolean; version?: boolean; error?: string };

const FORMATS: Format[] = ['text', 'json', 'sarif', 'github'];
const FAIL_ON: FailOn[] = ['error', 'warning', 'information', 'hint', 'none'];

export const USAGE = `Usage: talknotes <command> [options] PATH...

Commands:
  check PATH...     analyse notes files and folders, print diagnostics
  index PATH...     print the workspace index (use --json for the JSON contract)
  outline FILE      print the outline of a notes file as an indented tree

Options:
  --format FORMAT   text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations)
  --json            the same as --format json
  --fail-on LEVEL   exit 1 when a diagnostic at or above LEVEL is found:
                    error, warning (default), information, hint or none
  -h, --help        show this help
  -v, --version     show the version

Folders are searched recursively for .notes, .talknotes and Markdown notes (*.notes.md or
front matter "talknotes: true"); a file named explicitly is analysed whatever its extension.
Options are read from .talknotes.json at the root of an analysed folder.
Exit codes: 0 nothing at or above --fail-on, 1 something was, 2 bad usage or unreadable file.`;

export function parseArgs(argv: string[]): ParseResult {
  if (argv.length === 0) return { ok: false, error: 'no command given' };
  if (argv.includes('-h') || argv.includes('--help')) return { ok: false, help: true };
  if (argv.includes('-v') || argv.includes('--version')) return { ok: false, version: true };
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'index' && command !== 'outline') return { ok: false, error: `unknown command '${command}'` };
  const args: CliArgs = { command, paths: [], format: 'text', failOn: 'warning' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (name: string): string | undefined => {
      if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
      return rest[++i];
    };
    if (a === '--json') args.format = 'json';
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = value('--format');
      if (!v || !FORMATS.includes(v as Format)) return { ok: false, error: `--format takes one of ${FORMATS.join(', ')}` };
      args.format = v as Format;
    } else if (a === '--fail-on' || a.startsWith('--fail-on=')) {
      const v = value('--fail-on');
      if (!v || !FAIL_ON.includes(v as FailOn)) return { ok: false, error: `--fail-on takes one of ${FAIL_ON.join(', ')}` };
      args.failOn = v as FailOn;
    } else if (a.startsWith('-') && a !== '-') return { ok: false, error: `unknown option '${a}'` };
    else args.paths.push(a);
  }
  if (args.paths.length === 0) return { ok: false, error: `'${command}' needs at least one path` };
  if (command === 'outline' && args.paths.length !== 1) return { ok: false, error: `'outline' takes exactly one file` };
  return { ok: true, args };
}
