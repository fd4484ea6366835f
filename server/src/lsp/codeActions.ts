import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';

/** Quick fixes for `unsupported-claim` (from `core/features/claimFixes.ts` once it exists). */
export function registerCodeActions(connection: Connection, ctx: ServerContext): ServerCapabilities {
  void connection;
  void ctx;
  return {};
}
