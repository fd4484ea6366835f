// `npm run eval`: quality of claim detection (test/claims/) and of talk summaries (test/summaries/).
// Each evaluation prints its own table and says whether its targets are met.
import { runClaimsEval } from './claims';
import { runSummariesEval } from './summaries';

async function main(): Promise<void> {
  const results = [await runClaimsEval(), await runSummariesEval()];
  process.exitCode = results.every(Boolean) ? 0 : 1;
}

void main();
