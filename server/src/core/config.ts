import type { ClaimKind, DiagnosticCode, Severity } from './model/types';
import { CLAIM_KINDS } from './model/types';

/**
 * Options of the analysis, shared by the server (from `talkNotes.*` settings) and the CLI
 * (from `.talknotes.json`). Every field has a default so a partial object is always usable.
 */
export interface NotesConfig {
  /** Severity per diagnostic code; `off` hides it. */
  severity: Partial<Record<DiagnosticCode, Severity | 'off'>>;
  /** Which claim kinds are reported as `unsupported-claim`. */
  claimKinds: ClaimKind[];
  /** Sentences in a talk card's summary. */
  summarySentences: number;
  /** Claims as children of talks in the outline. */
  outlineShowClaims: boolean;
  /** Globs of Markdown files that are notes. */
  markdownInclude: string[];
  /** Switch `.txt` files that look like notes to the notes language. */
  detectPlainText: boolean;
  /** Files above this many bytes (UTF-16 units) get the outline only. */
  maxFileSize: number;
  /** Extra cue patterns (regular expressions) that make a sentence a claim; ignored in untrusted workspaces. */
  customCues: string[];
  /** Code lens above talks. */
  codeLens: boolean;
}

export const DEFAULT_SEVERITY: Record<DiagnosticCode, Severity> = {
  'unsupported-claim': 'information',
  'unresolved-citation': 'warning',
  'unused-reference': 'hint',
  'broken-cross-reference': 'warning',
  'talk-without-speaker': 'hint',
  'file-too-large': 'information',
};

export const DEFAULT_CONFIG: NotesConfig = Object.freeze({
  severity: {},
  claimKinds: [...CLAIM_KINDS],
  summarySentences: 3,
  outlineShowClaims: false,
  markdownInclude: ['**/*.notes.md'],
  detectPlainText: true,
  maxFileSize: 20 * 1024 * 1024,
  customCues: [],
  codeLens: true,
}) as NotesConfig;

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Merges user-supplied values over the defaults, dropping values of the wrong type instead of
 * failing: a malformed setting must not take the server down (SPEC §6).
 */
export function resolveConfig(input: unknown): NotesConfig {
  const c: NotesConfig = { ...DEFAULT_CONFIG, severity: {} };
  if (!input || typeof input !== 'object') return c;
  const i = input as Record<string, unknown>;
  if (i.severity && typeof i.severity === 'object') {
    for (const [code, sev] of Object.entries(i.severity as Record<string, unknown>)) {
      if (typeof sev === 'string' && SEVERITIES.has(sev) && code in DEFAULT_SEVERITY) {
        c.severity[code as DiagnosticCode] = sev as Severity | 'off';
      }
    }
  }
  if (Array.isArray(i.claimKinds)) c.claimKinds = i.claimKinds.filter((k): k is ClaimKind => CLAIM_KINDS.includes(k as ClaimKind));
  if (typeof i.summarySentences === 'number' && Number.isFinite(i.summarySentences)) c.summarySentences = Math.max(1, Math.min(10, Math.round(i.summarySentences)));
  if (typeof i.outlineShowClaims === 'boolean') c.outlineShowClaims = i.outlineShowClaims;
  if (Array.isArray(i.markdownInclude)) c.markdownInclude = i.markdownInclude.filter((g): g is string => typeof g === 'string');
  if (typeof i.detectPlainText === 'boolean') c.detectPlainText = i.detectPlainText;
  if (typeof i.maxFileSize === 'number' && i.maxFileSize > 0) c.maxFileSize = i.maxFileSize;
  if (Array.isArray(i.customCues)) c.customCues = i.customCues.filter((p): p is string => typeof p === 'string');
  if (typeof i.codeLens === 'boolean') c.codeLens = i.codeLens;
  return c;
}

/** The severity a code is reported with, or `off`. */
export function severityOf(config: NotesConfig, code: DiagnosticCode): Severity | 'off' {
  return config.severity[code] ?? DEFAULT_SEVERITY[code];
}

/**
 * Reads the `talkNotes.*` settings shape, used by the VS Code settings (section `talkNotes`)
 * and by `.talknotes.json`, nested (`{ "claims": { "kinds": [...] } }`) or dotted
 * (`{ "claims.kinds": [...] }`). In an untrusted workspace the settings that could be abused
 * (custom cue patterns, which run as regular expressions) are ignored.
 */
export function configFromSettings(settings: unknown, trusted = true): NotesConfig {
  const s = settings && typeof settings === 'object' ? (settings as Record<string, unknown>) : {};
  const get = (path: string): unknown => {
    if (path in s) return s[path];
    let cur: unknown = s;
    for (const part of path.split('.')) {
      if (!cur || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[part];
    }
    return cur;
  };
  return resolveConfig({
    severity: get('diagnostics.severity'),
    claimKinds: get('claims.kinds'),
    customCues: trusted ? get('claims.customCues') : undefined,
    summarySentences: get('hover.summarySentences'),
    outlineShowClaims: get('outline.showClaims'),
    markdownInclude: get('markdown.include'),
    detectPlainText: get('detectPlainText'),
    maxFileSize: get('maxFileSize'),
    codeLens: get('codeLens.enabled'),
  });
}
