import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import { speakerLocation, talkSummary, talksTree } from '../core/features';
import { looksLikePlainTextNotes } from '../core/parse/detect';
import type {
  IsNotesParams,
  IsNotesResult,
  SpeakerLocationParams,
  SpeakerLocationResult,
  TalkSummaryResult,
  TalksParams,
  TalksResult,
} from '../protocol/protocol';
import { IsNotesRequest, SpeakerLocationRequest, TalkSummaryRequest, TalksRequest } from '../protocol/protocol';
import type { ServerContext } from './context';
import { onDocument, onWorkspace } from './context';
import { toRange } from './convert';
import { canonicalUri } from './uris';

/** Registers the `talkNotes/*` requests of `protocol/protocol.ts` (the Talks view, commands, .txt detection). */
export function registerCustomRequests(connection: Connection, ctx: ServerContext): ServerCapabilities {
  connection.onRequest(TalksRequest, (p: TalksParams | undefined, token) =>
    onWorkspace<TalksResult>(ctx, 'talks view', { files: [] }, token, () => {
      const uri = typeof p?.uri === 'string' ? canonicalUri(p.uri) : undefined;
      return talksTree(ctx.ws.index, uri, p?.outline === true);
    }),
  );

  connection.onRequest(IsNotesRequest, (p: IsNotesParams | undefined, token) =>
    ctx.guard.run<IsNotesResult>('notes detection', { notes: false }, token, () => ({
      notes: ctx.ws.config.detectPlainText && typeof p?.text === 'string' && looksLikePlainTextNotes(p.text),
    })),
  );

  connection.onRequest(SpeakerLocationRequest, (p: SpeakerLocationParams | undefined, token) =>
    onDocument<SpeakerLocationResult | null>(ctx, 'go to speaker', null, String(p?.uri ?? ''), token, (_d, uri) => {
      const loc = p ? speakerLocation(ctx.ws.index, uri, p.position) : null;
      return loc ? { uri: loc.uri, range: toRange(loc.range) } : null;
    }),
  );

  connection.onRequest(TalkSummaryRequest, (p: SpeakerLocationParams | undefined, token) =>
    onDocument<TalkSummaryResult | null>(ctx, 'talk summary', null, String(p?.uri ?? ''), token, (_d, uri) => (p ? talkSummary(ctx.ws.index, uri, p.position) : null)),
  );

  return {};
}
