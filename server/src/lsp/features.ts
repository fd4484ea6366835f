import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';

/**
 * Registers the handler of every editor feature whose analysis exists in `core/features`, and
 * returns the capabilities to announce for them.
 */
export function registerFeatures(connection: Connection, ctx: ServerContext): ServerCapabilities {
  void connection;
  void ctx;
  return {};
}
