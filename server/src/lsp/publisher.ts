import type { Connection } from 'vscode-languageserver';
import type { NotesDiagnostic } from '../core/model/types';
import { documentDiagnostics } from '../core/workspace/diagnostics';
import { documentClaimCounts } from '../core/features';
import type { StatusParams } from '../protocol/protocol';
import { StatusNotification } from '../protocol/protocol';
import { toDiagnostic } from './convert';
import type { Guard } from './guard';
import type { AnalysisResult, NotesWorkspace } from './notesWorkspace';

/** Quiet time after the last keystroke before a document is re-analysed and its diagnostics published. */
export const TYPING_DEBOUNCE_MS = 250;

/**
 * Decides when analysis results reach the editor: diagnostics of open notes (debounced while
 * typing, re-published for the other open files when a change can affect them) and the
 * `talkNotes/status` counts. Diagnostics are published for open documents only, so a large
 * workspace costs nothing here until its files are opened.
 */
export class Publisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private othersTimer: NodeJS.Timeout | undefined;
  private readonly lastAnalysisMs = new Map<string, number>();
  private readonly published = new Set<string>();
  /**
   * While the start-up scan runs, links to files not read yet would show as broken and then
   * vanish: `broken-cross-reference` waits for the scan to finish.
   */
  scanning = false;
  /** Called after other files were re-published (code lens counts and tokens may have changed too). */
  onOthersRepublished: () => void = () => undefined;

  constructor(
    private readonly connection: Connection,
    private readonly ws: NotesWorkspace,
    private readonly guard: Guard,
    private readonly debounceMs = TYPING_DEBOUNCE_MS,
  ) {
    ws.onAnalysed = (uri, result) => this.analysed(uri, result);
  }

  /** After any analysis of an open document (by a timer or by a request that needed fresh text). */
  private analysed(uri: string, result: AnalysisResult | undefined): void {
    if (result) this.lastAnalysisMs.set(uri, result.ms);
    if (result?.exportsChanged) this.scheduleOthers(uri);
  }

  /** A document changed while typing: analyse and publish after the debounce. */
  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.refresh(uri);
      }, this.debounceMs),
    );
  }

  /** Analyses (if stale) and publishes one open document now. */
  refresh(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    if (this.ws.isStale(uri)) this.guardedAnalyse(uri);
    this.publish(uri);
  }

  /** Re-publishes every open document except `except`, soon (coalescing bursts of file events). */
  scheduleOthers(except?: string): void {
    clearTimeout(this.othersTimer);
    this.othersTimer = setTimeout(() => {
      this.othersTimer = undefined;
      this.ws.flush();
      for (const uri of this.ws.openUris()) if (uri !== except) this.publish(uri);
      this.onOthersRepublished();
    }, this.debounceMs);
  }

  /** Re-publishes every open document now. */
  publishAll(): void {
    clearTimeout(this.othersTimer);
    this.othersTimer = undefined;
    for (const uri of this.ws.openUris()) this.refresh(uri);
  }

  /** Removes a closed document's diagnostics. */
  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastAnalysisMs.delete(uri);
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    clearTimeout(this.othersTimer);
  }

  private guardedAnalyse(uri: string): void {
    try {
      this.ws.analyse(uri);
    } catch (err) {
      this.guard.report('analysis', err);
    }
  }

  private publish(uri: string): void {
    try {
      this.publishUnguarded(uri);
    } catch (err) {
      this.guard.report('diagnostics', err);
    }
  }

  private publishUnguarded(uri: string): void {
    const notes = this.ws.index.has(uri);
    let diagnostics: NotesDiagnostic[] = [];
    if (notes) {
      try {
        diagnostics = documentDiagnostics(this.ws.index, uri);
      } catch (err) {
        this.guard.report('diagnostics', err);
      }
    }
    if (this.scanning) diagnostics = diagnostics.filter((d) => d.code !== 'broken-cross-reference');
    if (notes || this.published.has(uri)) {
      this.published.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: diagnostics.map(toDiagnostic) }).catch(() => undefined);
    }
    if (notes) this.sendStatus(uri);
  }

  private sendStatus(uri: string): void {
    const doc = this.ws.index.get(uri);
    if (!doc) return;
    const counts = documentClaimCounts(this.ws.index, doc);
    const params: StatusParams = {
      uri,
      claims: counts.claims,
      unsupported: counts.unsupported,
      analysisMs: Math.round((this.lastAnalysisMs.get(uri) ?? 0) * 100) / 100,
    };
    void this.connection.sendNotification(StatusNotification, params).catch(() => undefined);
  }
}
