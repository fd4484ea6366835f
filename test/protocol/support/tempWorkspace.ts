// A temporary workspace folder for protocol tests: fixture copies plus files a test writes,
// addressed by relative path; URIs in vscode-uri's canonical form (what VS Code sends).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { URI } from 'vscode-uri';

export const repoRoot = resolve(__dirname, '..', '..', '..');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');

export class TempWorkspace {
  readonly root: string;

  /** `fixtures`: names under test/fixtures copied to the root; `files`: relative path → content. */
  constructor(fixtures: string[] = [], files: Record<string, string | Uint8Array> = {}) {
    this.root = mkdtempSync(join(tmpdir(), 'talknotes-lsp-'));
    for (const f of fixtures) copyFileSync(join(fixturesDir, f), join(this.root, f));
    for (const [rel, content] of Object.entries(files)) this.write(rel, content);
  }

  get uri(): string {
    return URI.file(this.root).toString();
  }

  path(rel: string): string {
    return join(this.root, rel);
  }

  uriOf(rel: string): string {
    return URI.file(this.path(rel)).toString();
  }

  read(rel: string): string {
    return readFileSync(this.path(rel), 'utf8');
  }

  write(rel: string, content: string | Uint8Array): void {
    mkdirSync(dirname(this.path(rel)), { recursive: true });
    writeFileSync(this.path(rel), content);
  }

  remove(rel: string): void {
    rmSync(this.path(rel), { recursive: true, force: true });
  }

  /** SHA-256 of every file, by relative path: to prove a session wrote nothing. */
  hashes(): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else out[relative(this.root, p).split('\\').join('/')] = createHash('sha256').update(readFileSync(p)).digest('hex');
      }
    };
    walk(this.root);
    return out;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Text of a fixture file. */
export function fixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}
