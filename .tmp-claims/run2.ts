import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../server/src/core/analyze';
const f = process.argv[2];
const doc = analyzeDocument({ uri: 'file:///' + f, text: readFileSync(f, 'utf8'), format: f.endsWith('.md') ? 'markdown' : 'plaintext' });
console.log('talks', doc.talks.map(t => t.title + ' / ' + t.speakers.map(s => s.name).join('+')).join(' | '), 'blocks', doc.blocks.length, 'mentions', doc.mentions.length);
for (const c of doc.claims) console.log(c.range.start.line + 1, c.range.start.character + 1, c.range.end.character + 1, c.kinds.join(','), '|', c.cues.map(x => x.text).join(';'), '|', c.attribution?.name ?? '-', c.attribution?.how ?? '', '|', c.sources.map(s => s.kind + (s.resolved ? '' : '?')).join(','), c.suppressed ? 'SUPPRESSED' : '', '|', c.text.slice(0, 80));
