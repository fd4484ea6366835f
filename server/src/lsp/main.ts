/**
 * Entry of the Talk Notes language server (bundled to dist/server.js). The transport comes from
 * the command line (`--stdio`, `--node-ipc`, `--socket=N`), as vscode-languageserver reads it.
 * The same file also runs as the server's background analysis worker (see analysisWorker.ts).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { isAnalysisWorker, serveAnalysisJobs } from './analysisWorker';
import { startServer } from './server';

if (isAnalysisWorker()) serveAnalysisJobs();
else startServer(createConnection(ProposedFeatures.all));
