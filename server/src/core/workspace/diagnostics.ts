import type { NotesDiagnostic } from '../model/types';
import type { WorkspaceIndex } from './workspaceIndex';

/** STUB (lead) — every diagnostic of one document, with severities from the configuration. */
export function documentDiagnostics(_index: WorkspaceIndex, _uri: string): NotesDiagnostic[] {
  return [];
}

/** STUB (lead) — whether a claim is supported (its sources resolve, Pandoc keys included). */
export function isClaimSupported(_index: WorkspaceIndex, _uri: string, _claim: number): boolean {
  return false;
}
