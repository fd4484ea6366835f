import { splitSentences } from '../server/src/core/claims/sentences';
const t = process.argv[2];
for (const s of splitSentences(t)) console.log(JSON.stringify(t.slice(s.start, s.end)));
