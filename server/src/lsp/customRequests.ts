import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';

/** Registers the `talkNotes/*` requests of `protocol/protocol.ts`. */
export function registerCustomRequests(connection: Connection, ctx: ServerContext): ServerCapabilities {
  void connection;
  void ctx;
  return {};
}
