import { analyse, TALK } from '../test/unit/claims/helpers';
const d = analyse(TALK(process.argv[2]));
for (const c of d.claims) console.log(c.kinds, c.cues.map(x => `${x.kind}:${x.text}`), c.attribution?.name, c.text);
