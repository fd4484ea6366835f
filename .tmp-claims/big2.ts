import { analyse } from '../test/unit/claims/helpers';
const line = 'It is 40x faster than X [1] (and (nested ((x [^a] said Ada, '.repeat(17000);
const doc = analyse(`Notes\n${line}\n`);
console.log(doc.claims.length, doc.claims[0]?.cues.length);
