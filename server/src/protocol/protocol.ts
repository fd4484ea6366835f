/**
 * Custom LSP messages between the Talk Notes client and server, and the settings the client
 * contributes. Imported by both sides (vscode-eslint's `$shared` pattern), so it holds only
 * types and string constants: no runtime imports.
 */

/** Range as in LSP (0-based, UTF-16). Duplicated here so this file imports nothing. */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** `talkNotes/talks`: the tree of the Talks view, for every notes file of the workspace. */
/**
 * Node options the client starts the language server with (the benchmark starts it the same way).
 * The server is long-lived and mostly idle after its start-up scan, and V8 otherwise keeps its heap
 * the size that burst grew it to: `gc()`, so the server can collect once when a burst of work is
 * done (`lsp/quietCollector.ts`, as tsserver's GcTimer does), and a young generation of at most
 * 8 MB per semi-space instead of 16 (V8 keeps it at the size the scan grew it to). Measured on a
 * 50 MB workspace, resident memory after the scan: 195 MB with the default, 156–164 MB with 8,
 * 161–172 MB with 4 and 177–186 MB with 2 (smaller ones promote more short-lived objects).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=8', '--expose-gc'];

export const TalksRequest = 'talkNotes/talks';
export interface TalksParams {
  /** Only this document when given. */
  uri?: string;
  /**
   * The talks without their claims and summaries (`claims` and `summary` empty; `claimCount` and
   * `unsupported` kept): the view's first levels, cheap on a large workspace. The view asks for a
   * file's claims and summaries (`uri`) when a talk is expanded or hovered.
   */
  outline?: boolean;
}
export interface TalksResult {
  files: TalksFile[];
}
export interface TalksFile {
  uri: string;
  title: string | null;
  talks: TalkNode[];
  claims: number;
  unsupported: number;
}
export interface TalkNode {
  title: string;
  speakers: string[];
  range: WireRange;
  titleRange: WireRange;
  sections: { title: string; range: WireRange }[];
  claims: ClaimNode[];
  /** How many claims the talk has (also when `claims` is left out). */
  claimCount: number;
  unsupported: number;
  summary: string[];
}
export interface ClaimNode {
  text: string;
  range: WireRange;
  kinds: string[];
  supported: boolean;
}

/** `talkNotes/isNotes`: asks the server whether a `.txt` document looks like talk notes (SPEC §1). */
export const IsNotesRequest = 'talkNotes/isNotes';
export interface IsNotesParams {
  uri: string;
  text: string;
}
export interface IsNotesResult {
  notes: boolean;
}

/** `talkNotes/speakerLocation`: where the speaker line of the talk around a position is. */
export const SpeakerLocationRequest = 'talkNotes/speakerLocation';
export interface SpeakerLocationParams {
  uri: string;
  position: { line: number; character: number };
}
export interface SpeakerLocationResult {
  uri: string;
  range: WireRange;
}

/** `talkNotes/talkSummary`: the summary of the talk around a position (for "Copy talk summary"). */
export const TalkSummaryRequest = 'talkNotes/talkSummary';
export interface TalkSummaryResult {
  title: string;
  text: string;
}

/** `talkNotes/status` (server → client notification): counts for the status bar. */
export const StatusNotification = 'talkNotes/status';
export interface StatusParams {
  uri: string;
  claims: number;
  unsupported: number;
  /** How long the last analysis of this document took, in milliseconds. */
  analysisMs: number;
}

/**
 * `talkNotes/indexed` (server → client notification): the workspace index changed as a whole —
 * the start-up scan finished, or files changed on disk (the Talks view refreshes on it).
 */
export const IndexedNotification = 'talkNotes/indexed';
export interface IndexedParams {
  files: number;
  ms: number;
}

/** Names of commands the server executes (`workspace/executeCommand`) or the client registers. */
export const Commands = {
  goToSpeaker: 'talkNotes.goToSpeaker',
  nextTalk: 'talkNotes.nextTalk',
  previousTalk: 'talkNotes.previousTalk',
  nextUnsupportedClaim: 'talkNotes.nextUnsupportedClaim',
  showTalksView: 'talkNotes.showTalksView',
  copyTalkSummary: 'talkNotes.copyTalkSummary',
  restartServer: 'talkNotes.restartServer',
  openTalk: 'talkNotes.openTalk',
  showReferences: 'talkNotes.showReferences',
} as const;
