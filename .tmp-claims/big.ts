import { analyzeDocument, setStageErrorListener } from '../server/src/core/analyze';
setStageErrorListener((e) => console.log('STAGE ERROR', e));
const line = 'It is 40x faster than X [1] (and (nested ((x [^a] said Ada, '.repeat(Number(process.argv[2]));
const t = performance.now();
const d = analyzeDocument({ uri: 'file:///x', text: `Notes\n${line}\n`, format: 'plaintext' });
console.log(d.blocks.length, d.claims.length, (performance.now() - t).toFixed(0));
