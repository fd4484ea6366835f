import { readFileSync } from 'node:fs';
import { buildDoc } from '../test/unit/claims/docBuilder';
import { findClaims } from '../server/src/core/claims/claims';
import { DEFAULT_CONFIG } from '../server/src/core/config';
const f = process.argv[2];
const { doc, lines } = buildDoc(readFileSync(f, 'utf8').replace(/^\uFEFF/, ''), f.endsWith('.md') ? 'markdown' : 'plaintext');
console.log('talks', doc.talks.map(t => t.title + ' / ' + t.speakers.map(s => s.name).join('+')).join(' | '));
for (const c of findClaims(doc, lines, DEFAULT_CONFIG)) console.log(c.range.start.line + 1, c.range.start.character + 1, c.range.end.character + 1, c.kinds.join(','), '|', c.cues.map(x => x.text).join(';'), '|', c.attribution?.name ?? '-', c.attribution?.how ?? '', '|', c.sources.map(s => s.kind + (s.resolved ? '' : '?')).join(','), '|', c.text.slice(0, 90));
