import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../core/incremental';
import type { SourceDocument } from '../core/analyze';
import { analyzeDocument, analyzeStructure, completeAnalysis } from '../core/analyze';
import type { NotesConfig } from '../core/config';
import type { NotesDocument, NotesFormat } from '../core/model/types';
import type { DocumentPacker } from '../core/workspace/workspaceIndex';
import { WorkspaceIndex } from '../core/workspace/workspaceIndex';
import type { PackedAnalysis } from './packedDocument';
import type { DocumentTables } from '../core/workspace/documentTables';
import { personKey } from '../core/text/names';
import type { FileKind } from './classify';
import { classifyFile } from './classify';
import { parseBibliography } from '../core/references/bibliography';
import { readHead, readText, relativeToFolders } from './scanner';
import { filePath, fileUri } from './uris';

/** Largest file read from disk at all (V8 strings stop at ~512 MB); bigger files are not indexed. */
const MAX_READ_BYTES = 256 * 1024 * 1024;

/** An open document as the server tracks it. */
interface OpenState {
  /** The editor's document (freshest text). */
  document: TextDocument;
  /** Version last analysed into the index; -1 before the first analysis. */
  analysedVersion: number;
  /** How it is read; null when the open document is not notes (then every feature answers empty). */
  kind: FileKind;
  /**
   * The editor's changes since the last analysis, in order, so the next analysis can re-use
   * what they cannot change (`WorkspaceIndex.applyEdits`); null when only a full analysis will do.
   */
  edits: TextEdit[] | null;
}

/** Result of analysing an open document. */
export interface AnalysisResult {
  /** Undefined when the document stopped being notes. */
  doc: NotesDocument | undefined;
  ms: number;
  /** True when talk titles or speakers changed, so other files' diagnostics may change. */
  exportsChanged: boolean;
}

/**
 * The server's view of the workspace: the analysis index fed from open editors and from disk,
 * with the rule that the open text wins over the disk. It reads files but does no LSP I/O;
 * the server decides when to publish.
 */
export class NotesWorkspace {
  readonly index: WorkspaceIndex;
  /** Workspace folders as file-system paths. */
  folders: string[] = [];
  private readonly open = new Map<string, OpenState>();
  /** The structure alone of open documents' latest text not analysed yet (what `outlineOf` answers from). */
  private readonly structures = new Map<string, { version: number; config: NotesConfig; doc: NotesDocument }>();
  /** Bumped on every disk event of a URI, so a slow read that a newer event overtook is dropped. */
  private readonly diskEpoch = new Map<string, number>();
  /** Files whose bibliography entries are in the index. */
  private readonly bibliographies = new Set<string>();
  /** Told about every analysis of an open document, whoever triggered it (a timer or a request). */
  onAnalysed: (uri: string, result: AnalysisResult | undefined) => void = () => undefined;
  /** Told after the index may have changed (analysis, a file read or forgotten, settings). */
  onIndexChanged: () => void = () => undefined;

  /**
   * `analyseInBackground` analyses files read from disk (a worker thread in the server, which
   * returns them packed: `packedDocument.ts`); open documents are analysed on the spot, because
   * requests on them wait for the result, and kept whole. `pack` keeps a packed file packed when
   * a settings change re-analyses it.
   */
  constructor(
    config: NotesConfig,
    private readonly analyseInBackground: (source: SourceDocument, config: NotesConfig) => Promise<PackedAnalysis | NotesDocument> = async (source, c) =>
      analyzeDocument(source, c),
    pack: DocumentPacker | null = null,
  ) {
    this.index = new WorkspaceIndex(config, pack);
  }

  get config(): NotesConfig {
    return this.index.configuration;
  }

  openUris(): string[] {
    return [...this.open.keys()];
  }

  /** Starts tracking an editor document (analysed by the caller through `analyse`). */
  didOpen(uri: string, document: TextDocument): void {
    this.open.set(uri, { document, analysedVersion: -1, kind: null, edits: null });
  }

  /** Records a new version of an open document; analysis waits for `analyse`/`flush`. */
  didChange(uri: string, document: TextDocument): void {
    const s = this.open.get(uri);
    if (s) s.document = document;
    else this.open.set(uri, { document, analysedVersion: -1, kind: null, edits: null });
  }

  /** Records the content changes of an editor change (called before `didChange` with the new text). */
  recordChanges(uri: string, changes: readonly TextDocumentContentChangeEvent[]): void {
    const s = this.open.get(uri);
    if (!s?.edits) return;
    for (const c of changes) {
      if (!('range' in c) || !c.range) {
        s.edits = null;
        return;
      }
      s.edits.push({ range: c.range, text: c.text });
    }
  }

  /** True when the open document's latest text is not analysed yet. */
  isStale(uri: string): boolean {
    const s = this.open.get(uri);
    return !!s && s.analysedVersion !== s.document.version;
  }

  /**
   * Analyses the latest text of an open document into the index (or removes it from the index
   * when it is not notes). Returns undefined for documents that are not open or not notes.
   */
  analyse(uri: string): AnalysisResult | undefined {
    const s = this.open.get(uri);
    if (!s) return undefined;
    const before = exportsOf(this.index.tablesOf(uri));
    const text = s.document.getText();
    s.analysedVersion = s.document.version;
    s.kind = classifyFile(this.relativePath(uri), text, this.config, s.document.languageId);
    if (s.kind?.kind !== 'notes') {
      // Not notes (e.g. Markdown without front matter): features answer empty for it.
      const had = this.index.has(uri);
      if (had) this.index.remove(uri);
      const result = had ? { doc: undefined, ms: 0, exportsChanged: before !== '' } : undefined;
      this.onAnalysed(uri, result);
      if (had) this.onIndexChanged();
      return undefined;
    }
    const started = performance.now();
    const prev = this.index.get(uri);
    const edits = s.edits;
    s.edits = [];
    // Edits since the last analysis of the same text: only what they can change is analysed again.
    const incremental = !!prev && !!edits && edits.length > 0 && prev.format === s.kind.format && text.charCodeAt(0) !== 0xfeff;
    const doc = this.completeStructure(uri, s.document.version, s.kind.format, incremental) ?? (incremental ? this.index.applyEdits(uri, text, edits!, s.kind.format) : this.index.upsert({ uri, text, format: s.kind.format }));
    const result = { doc, ms: performance.now() - started, exportsChanged: before !== exportsOf(doc) };
    this.onAnalysed(uri, result);
    this.onIndexChanged();
    return result;
  }

  /**
   * What the outline and folding of a document read: the index's analysis when it is of the
   * latest text; for an open document changed or opened since its last analysis, the structure
   * of its latest text alone (`analyzeStructure`, once per version), so they never wait for the
   * full analysis (which its debounce or another request runs, re-using that structure).
   * Undefined when the document is not notes.
   */
  outlineOf(uri: string): NotesDocument | undefined {
    const s = this.open.get(uri);
    if (!s || s.analysedVersion === s.document.version) return this.index.get(uri);
    const cached = this.structures.get(uri);
    if (cached && cached.version === s.document.version && cached.config === this.config) return cached.doc;
    const text = s.document.getText();
    const kind = classifyFile(this.relativePath(uri), text, this.config, s.document.languageId);
    if (kind?.kind !== 'notes') return undefined;
    const doc = analyzeStructure({ uri, text, format: kind.format }, this.config);
    this.structures.set(uri, { version: s.document.version, config: this.config, doc });
    return doc;
  }

  /**
   * The full analysis of an open document completed from the structure `outlineOf` made of the
   * same text, when there is one (and the edit path would not re-use more), stored in the index.
   */
  private completeStructure(uri: string, version: number, format: NotesFormat, incremental: boolean): NotesDocument | undefined {
    const cached = this.structures.get(uri);
    this.structures.delete(uri);
    if (!cached || cached.version !== version || cached.config !== this.config || cached.doc.format !== format) return undefined;
    // Plain text re-analyses an edit incrementally, cheaper than completing a whole structure.
    if (incremental && format === 'plaintext') return undefined;
    const doc = completeAnalysis(cached.doc, this.config);
    this.index.put(doc);
    return doc;
  }

  /** Analyses every open document whose text changed since its last analysis, so requests see unsaved edits. */
  flush(): string[] {
    const changed: string[] = [];
    for (const uri of this.open.keys()) {
      if (this.isStale(uri)) {
        this.analyse(uri);
        changed.push(uri);
      }
    }
    return changed;
  }

  /** Stops tracking an editor document: the disk copy (if any) takes its place in the index. */
  async didClose(uri: string): Promise<boolean> {
    const before = exportsOf(this.index.tablesOf(uri));
    this.open.delete(uri);
    this.structures.delete(uri);
    this.index.remove(uri);
    this.onIndexChanged();
    const file = filePath(uri);
    if (file) await this.loadFile(file);
    return before !== exportsOf(this.index.tablesOf(uri));
  }

  /**
   * Reads a file from disk into the index (notes or bibliography), or removes it when it no
   * longer exists or is no longer notes. An open document is left alone: its text wins.
   * Returns true when the index changed.
   */
  async loadFile(file: string): Promise<boolean> {
    const uri = fileUri(file);
    if (this.openAsNotes(uri)) return false;
    const epoch = this.bump(uri);
    const loaded = await this.read(file);
    if (this.diskEpoch.get(uri) !== epoch || this.openAsNotes(uri)) return false;
    if (!loaded) return this.forget(uri);
    if (loaded.kind.kind === 'notes') {
      const source = { uri, text: loaded.text, format: loaded.kind.format };
      let config = this.config;
      let result = await this.analyseInBackground(source, config);
      // Settings changed while it was analysed: the result must follow the new ones.
      while (config !== this.config) {
        config = this.config;
        result = await this.analyseInBackground(source, config);
      }
      if (this.diskEpoch.get(uri) !== epoch || this.openAsNotes(uri)) return false;
      if ('packed' in result) this.index.putPacked(result.tables, result.packed);
      else this.index.put(result);
      this.onIndexChanged();
      return true;
    }
    const entries = parseBibliography(uri, loaded.text);
    if (entries.length === 0) return this.forget(uri);
    this.bibliographies.add(uri);
    this.index.setBibliography(uri, entries);
    this.onIndexChanged();
    return true;
  }

  /** Forgets a file deleted on disk (unless it is open: the editor's text stays). */
  removeFile(uri: string): boolean {
    this.bump(uri);
    if (this.openAsNotes(uri)) return false;
    return this.forget(uri);
  }

  /** Drops a file's notes or bibliography from the index; true when it was there. */
  private forget(uri: string): boolean {
    const wasBibliography = this.bibliographies.delete(uri);
    const had = this.index.has(uri) || wasBibliography;
    if (had) {
      this.index.remove(uri);
      this.onIndexChanged();
    }
    return had;
  }

  /** Forgets every indexed file under a folder that is not open (a folder was deleted or left the workspace). */
  removeFolder(folder: string): boolean {
    const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
    let removed = false;
    for (const uri of [...this.index.uris(), ...this.bibliographies]) {
      const p = filePath(uri);
      if (p && p.startsWith(prefix) && this.removeFile(uri)) removed = true;
    }
    return removed;
  }

  /** Open and read as notes: the editor's text wins over the disk. */
  private openAsNotes(uri: string): boolean {
    const s = this.open.get(uri);
    return !!s && (s.kind === null ? s.analysedVersion === -1 : s.kind.kind === 'notes');
  }

  /** Replaces the configuration and re-analyses everything (claim cues and severities depend on it). */
  setConfig(config: NotesConfig): void {
    this.structures.clear();
    this.index.setConfig(config);
    this.onIndexChanged();
  }

  relativePath(uri: string): string {
    const p = filePath(uri);
    if (p) return relativeToFolders(p, this.folders);
    const slash = uri.lastIndexOf('/');
    return slash >= 0 ? uri.slice(slash + 1) : uri;
  }

  private bump(uri: string): number {
    const n = (this.diskEpoch.get(uri) ?? 0) + 1;
    this.diskEpoch.set(uri, n);
    return n;
  }

  private async read(file: string): Promise<{ kind: NonNullable<FileKind>; text: string } | undefined> {
    let size: number;
    try {
      const st = await fs.stat(file);
      if (!st.isFile()) return undefined;
      size = st.size;
    } catch {
      return undefined;
    }
    if (size > MAX_READ_BYTES) return undefined;
    const rel = relativeToFolders(file, this.folders);
    // Classify from the head first, so a large log file named .txt is never read whole.
    const head = await readHead(file);
    if (head === undefined) return undefined;
    const kind = classifyFile(rel, head, this.config);
    if (!kind) return undefined;
    const text = await readText(file);
    if (text === undefined) return undefined;
    return { kind, text };
  }
}

/** What other files can see of a document: talk titles and speakers (targets of links and mentions). */
function exportsOf(doc: Pick<DocumentTables, 'talks'> | undefined): string {
  if (!doc) return '';
  return doc.talks.map((t) => `${personKey(t.title)}\u0001${t.speakers.map((s) => s.key).join('\u0002')}`).join('\u0003');
}
