/**
 * Editor features of the analysis library: pure functions over a `WorkspaceIndex` returning core
 * types (positions are LSP-shaped, so the language server only renames fields). Every function is
 * safe on unknown URIs and positions: it returns an empty list or null, never throws.
 *
 * Command links and lens commands use these argument shapes (the client implements them):
 * - `talkNotes.openTalk`       `[{ uri: string, line: number }]`        (0-based line of the talk title)
 * - `talkNotes.showReferences` `[{ uri: string, position: Position }]`  (show references of what stands there)
 * Hover Markdown contains `command:` links, so the host must mark it trusted for these two commands.
 */

/** `documentSymbols(index, uri): NotesSymbol[]` — outline: title (spanning the preamble), talks (speakers as detail), sections, claims when `outlineShowClaims`. */
export { documentSymbols, speakersDetail } from './documentSymbols';
export type { NotesSymbol, NotesSymbolKind } from './documentSymbols';

/** `hover(index, uri, position): NotesHover | null` — talk, person, claim, citation, `[[…]]`, `[@key]` cards as Markdown. */
export { hover, talkCard, personCard, claimCard, TOO_SHORT, PERSON_CARD_TALKS } from './hover';
export type { NotesHover } from './hover';

/** `definition(index, uri, position): NotesLocation[]` — mention/link/title → speaker line or target; citation → definition. */
export { definition } from './definition';
export type { NotesLocation } from './definition';

/** `references(index, uri, position, includeDeclaration): NotesLocation[]` — a person's mentions, links and speaker lines; a definition's citations. */
export { references, personReferences, sortLocations } from './references';

/** `prepareRename(index, uri, position)` → `{ range, placeholder } | { error }`; `rename(index, uri, position, newName)` → `{ changes } | { error }`. */
export { prepareRename, rename, personNameError, talkTitleError, NOT_RENAMEABLE } from './rename';
export type { NotesTextEdit, NotesWorkspaceEdit, RenameError } from './rename';

/** `workspaceSymbols(index, query): NotesWorkspaceSymbol[]` — talks and speakers, subsequence match, at most `WORKSPACE_SYMBOL_LIMIT`. */
export { workspaceSymbols, matchScore, WORKSPACE_SYMBOL_LIMIT } from './workspaceSymbols';
export type { NotesWorkspaceSymbol } from './workspaceSymbols';

/** `foldingRanges(index, uri): NotesFoldingRange[]` — talks, sections, runs of ≥2 bullets, comments. */
export { foldingRanges } from './folding';
export type { NotesFoldingRange } from './folding';

/** `selectionRanges(index, uri, positions): NotesSelectionRange[]` — word → name → sentence → block → section → talk → document. */
export { selectionRanges } from './selectionRanges';
export type { NotesSelectionRange } from './selectionRanges';

/** `documentHighlights(index, uri, position): NotesHighlight[]` — the person's names in this document, or a citation's uses. */
export { documentHighlights } from './documentHighlights';
export type { NotesHighlight } from './documentHighlights';

/** `documentLinks(index, uri): NotesDocumentLink[]` — URLs, definitions' URLs, citation markers, resolved `[[…]]`. */
export { documentLinks } from './documentLinks';
export type { NotesDocumentLink } from './documentLinks';

/** `completion(index, uri, position): NotesCompletionItem[]` — inside `[[` talk titles and speakers; after `[@` bibliography keys. */
export { completion, COMPLETION_LIMIT } from './completion';
export type { NotesCompletionItem } from './completion';

/** `codeLenses(index, uri): NotesCodeLens[]` — "N claims · M unsupported · K mentions elsewhere" above each talk. */
export { codeLenses } from './codeLens';
export type { NotesCodeLens } from './codeLens';

/** `semanticTokens(index, uri): NotesSemanticTokens` (relative LSP data + legend); `semanticTokensAbsolute` for tests. */
export { semanticTokens, semanticTokensAbsolute, encodeSemanticTokens, decodeSemanticTokens, legend, SEMANTIC_LEGEND } from './semanticTokens';
export type { AbsoluteToken, NotesSemanticTokens, NotesTokenModifier, NotesTokenType } from './semanticTokens';

/** `talksTree(index, uri?): TalksResult` — the Talks view (`talkNotes/talks`). */
export { talksTree } from './talksTree';

/** `speakerLocation`, `talkSummary`, `nextTalk`, `previousTalk`, `nextUnsupportedClaim` — command helpers. */
export { speakerLocation, talkSummary, nextTalk, previousTalk, nextUnsupportedClaim } from './navigation';

/** `isUnsupported(index, doc, claim)`, `claimCounts(index, doc, talk)`, `documentClaimCounts(index, doc)` — the counts every feature shows. */
export { isUnsupported, isSilenced, claimCounts, documentClaimCounts } from './claimStatus';

/** `locate(index, doc, position)` — what stands at a position (shared by the features above). */
export { locate, personAt } from './locate';
export type { Located } from './locate';
