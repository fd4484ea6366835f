import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBibliography, parseBibTeX, parseCslJson } from '../../../server/src/core/references/bibliography';

test('BibTeX: braces, quotes, bare numbers, nested braces, comments and strings skipped, lines', () => {
  const bib = [
    '% a comment line',
    '@string{sigmod = "SIGMOD"}',
    '@inproceedings{alvaro2015,',
    '  title = {Lineage-driven {Fault} Injection},',
    '  author = "Alvaro, Peter and Rosen, Joshua",',
    '  year = 2015,',
    '  doi = {10.1145/2723372.2723711}',
    '}',
    '@comment{ignored, title={x}}',
    '@Article( smith2020 , title = "A \\"quoted\\" {T}itle", url = {https://example.org/s} )',
    '@misc{broken title = {no key}',
  ].join('\n');
  assert.deepEqual(parseBibTeX('file:///refs.bib', bib), [
    { key: 'alvaro2015', title: 'Lineage-driven Fault Injection', author: 'Alvaro, Peter and Rosen, Joshua', year: '2015', url: 'https://doi.org/10.1145/2723372.2723711', uri: 'file:///refs.bib', line: 2 },
    { key: 'smith2020', title: 'A \\"quoted\\" Title', author: null, year: null, url: 'https://example.org/s', uri: 'file:///refs.bib', line: 9 },
  ]);
});

test('CSL-JSON: id, title, authors, issued year, URL or DOI, line of the id', () => {
  const json = JSON.stringify([
    { id: 'kwon2023', type: 'paper-conference', title: 'PagedAttention', author: [{ family: 'Kwon', given: 'Woosuk' }, { literal: 'vLLM Team' }], issued: { 'date-parts': [[2023, 10]] }, DOI: '10.1145/3600006.3613165' },
    { title: 'no id' },
    { id: 7, URL: 'https://example.org/7' },
  ], null, 2);
  assert.deepEqual(parseCslJson('file:///refs.json', json), [
    { key: 'kwon2023', title: 'PagedAttention', author: 'Woosuk Kwon and vLLM Team', year: '2023', url: 'https://doi.org/10.1145/3600006.3613165', uri: 'file:///refs.json', line: 2 },
    { key: '7', title: null, author: null, year: null, url: 'https://example.org/7', uri: 'file:///refs.json', line: 28 },
  ]);
});

test('bad input gives no entries and no exception', () => {
  for (const t of ['', '{', '[1, 2', '@', '@@@{', '@article{', '\u0000\uFFFF', '['.repeat(10000)]) {
    assert.doesNotThrow(() => parseBibliography('file:///x.bib', t));
    assert.doesNotThrow(() => parseBibliography('file:///x.json', t));
  }
  assert.deepEqual(parseBibliography('file:///x.json', '{"not": "an array"}'), []);
  assert.deepEqual(parseBibliography('file:///x.bib', '@article{k, title={unclosed'), [{ key: 'k', title: 'unclosed', author: null, year: null, url: null, uri: 'file:///x.bib', line: 0 }]);
});
