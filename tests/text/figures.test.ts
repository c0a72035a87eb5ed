// Figures in every common form read into the same canonical tokens (src/text/figures.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findFigures, parseNumber, scaleDecimal } from '../../src/text/figures.ts';

const numbers: Array<[string, { int: string; frac: string } | null]> = [
  ['2019', { int: '2019', frac: '' }],
  ['1,200', { int: '1200', frac: '' }],
  ['676,000', { int: '676000', frac: '' }],
  ['1,200,000', { int: '1200000', frac: '' }],
  ['30.3', { int: '30', frac: '3' }],
  ['30,3', { int: '30', frac: '3' }],
  ['30,25', { int: '30', frac: '25' }],
  ['0,125', { int: '0', frac: '125' }],
  ['1,200.50', { int: '1200', frac: '5' }],
  ['1.200,50', { int: '1200', frac: '5' }],
  ['1.200.000', { int: '1200000', frac: '' }],
  ['007', { int: '7', frac: '' }],
  ['30.11.2020', null],
  ['1,2,3', null],
];
for (const [input, want] of numbers) test(`parseNumber ${input}`, () => assert.deepEqual(parseNumber(input), want));

test('scaling is exact (no floating point)', () => {
  assert.deepEqual(scaleDecimal({ int: '30', frac: '3' }, 6), { int: '30300000', frac: '' });
  assert.deepEqual(scaleDecimal({ int: '1', frac: '2345' }, 3), { int: '1234', frac: '5' });
  assert.deepEqual(scaleDecimal({ int: '0', frac: '07' }, 9), { int: '70000000', frac: '' });
});

/** text → [figure as printed, index tokens, query tokens] for each figure found. */
const figures: Array<[string, Array<[string, string, string]>]> = [
  ['about €30.3 million on', [['€30.3 million', '30d3 million 30300000', '30300000']]],
  ['€30.3m', [['€30.3m', '30d3 million 30300000', '30300000']]],
  ['30,3 mn', [['30,3 mn', '30d3 million 30300000', '30300000']]],
  ['$1.2bn deal', [['$1.2bn', '1d2 billion 1200000000', '1200000000']]],
  ['US$1.2 billion', [['US$1.2 billion', '1d2 billion 1200000000', '1200000000']]],
  ['£676,000 set aside', [['£676,000', '676000', '676000']]],
  ['10 thousand candidates', [['10 thousand', '10 thousand 10000', '10000']]],
  ['the 7% threshold', [['7%', '7 percent', '7 percent']]],
  ['5 per cent', [['5 per cent', '5 percent', '5 percent']]],
  ['48 percent of', [['48 percent', '48 percent', '48 percent']]],
  ['(82.2%)', [['82.2%', '82d2 percent', '82d2 percent']]],
  ['76,8 %', [['76,8 %', '76d8 percent', '76d8 percent']]],
  ['in 2019.', [['2019', '2019', '2019']]],
  ['a 100m race', [['100', '100', '100']]],
  ['COVID-19, G20 and 3D', []],
  ['60-70% of voters', [['60', '60', '60'], ['70%', '70 percent', '70 percent']]],
  ['on 30.11.2020', []],
];
for (const [text, want] of figures) {
  test(`figures in ${JSON.stringify(text)}`, () => {
    const got = findFigures(text).map((f) => [text.slice(f.start, f.end), f.indexTokens.join(' '), f.queryTokens.join(' ')]);
    assert.deepEqual(got, want);
  });
}
