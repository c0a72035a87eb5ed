// The ported real-PDF checks (tests/helpers/score/checkReal.ts) on an invented extraction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReal, evaluate, realReportLines, type RealCheck } from '../helpers/score/checkReal.ts';

const out = {
  articles: [{ title: 'Harbour  Works Begin' }],
  paragraphs: [
    { text: 'THE MAYOR: We will build it.  Soon.', speakers: ['THE MAYOR'] },
    { text: '“Boats will wait,” said the pilot. Tide tables follow.', speakers: [], quotes: [{ text: 'Boats will wait,', speaker: 'Ann Pilot' }] },
    { text: 'Rain fell on Tuesday.', speakers: ['Joe Bloggs'] },
  ],
};

const cases: { check: RealCheck; ok: boolean; why: string }[] = [
  { check: { type: 'article', title: 'harbour works begin' }, ok: true, why: 'found' },
  { check: { type: 'article', title: 'Harbour' }, ok: false, why: "no article with that title; titles: ['Harbour  Works Begin']" },
  { check: { type: 'sentence', text: 'We will build it. Soon.' }, ok: true, why: 'ok' },
  { check: { type: 'sentence', text: 'Nowhere to be seen.' }, ok: false, why: 'not whole in any paragraph' },
  { check: { type: 'sentence', text: 'said the pilot.', sep: 'Tide tables' }, ok: false, why: "glued to 'Tide tables'" },
  { check: { type: 'speaker', text: 'We will build it.', speaker: 'Mayor Smith', aliases: ['The Mayor'] }, ok: true, why: 'ok' },
  { check: { type: 'speaker', text: 'Boats will wait', speaker: 'Ann Pilot' }, ok: true, why: 'ok' },
  { check: { type: 'speaker', text: 'Rain fell on Tuesday.', speaker: 'Ann Pilot' }, ok: false, why: "speakers ['Joe Bloggs']" },
  { check: { type: 'speaker', text: 'Tide tables follow.', speaker: 'Ann Pilot' }, ok: false, why: 'no speaker' },
];

for (const c of cases) {
  test(`real check: ${c.check.type} ${c.check.text ?? c.check.title}`, () => {
    assert.deepEqual(evaluate(c.check, out), [c.ok, c.why]);
  });
}

test('real checks: totals and printed lines', () => {
  const r = checkReal({ docs: [{ file: 'x.pdf', checks: cases.map((c) => c.check) }] }, new Map([['x.pdf', out]]));
  assert.deepEqual([r.passed, r.total], [4, 9]);
  const lines = realReportLines(r);
  assert.equal(lines[0], `x.pdf${' '.repeat(47)} 4/9`);
  assert.equal(lines.at(-1), 'TOTAL 4/9');
  assert.equal(lines.filter((l) => l.startsWith('   FAIL ')).length, 5);
});
