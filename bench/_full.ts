import { analyzeDocument } from '../server/src/core/analyze';
import { generateOfSize } from './generate';
const format = (process.argv[2] ?? 'plaintext') as 'plaintext' | 'markdown';
const text = generateOfSize(1, 1_000_000, format);
analyzeDocument({ uri: 'u', text, format });
const c0 = process.cpuUsage();
for (let i = 0; i < 3; i++) analyzeDocument({ uri: 'u', text, format });
console.log(format, 'cpu ms per run', process.cpuUsage(c0).user / 3000);
