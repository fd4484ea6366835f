/**
 * Entry of the Talk Notes language server (bundled to dist/server.js). The transport comes from
 * the command line (`--stdio`, `--node-ipc`, `--socket=N`), as vscode-languageserver reads it.
 * The same file also runs as the server's background analysis worker (see analysisWorker.ts).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { isAnalysisWorker, serveAnalysisJobs } from './analysisWorker';
import { startServer } from './server';

// recheck (the ReDoS check of custom cue patterns) defaults to a worker file that a bundle
// does not contain; its in-process pure-JS backend works from dist/server.js.
process.env.RECHECK_SYNC_BACKEND ??= 'pure';

if (isAnalysisWorker()) serveAnalysisJobs();
else startServer(createConnection(ProposedFeatures.all));
