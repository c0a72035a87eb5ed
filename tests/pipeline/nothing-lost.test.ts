// Nothing lost: every line of running text in a text dump (dev set, held-out set, the bundled report) comes out in
// the extraction's titles, paragraphs or credits; only furniture is set aside (see tests/helpers/score/lost.ts).
// Nor is running text taken for a title: no form of a dev or held-out report has more articles than its gold
// (a paragraph's opening lines read as a head once cut an article in two and left its paragraph without them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lostLines } from '../helpers/score/lost.ts';
import { HELDOUT_DIR } from '../helpers/score/floors.ts';
import { extractJson, pairs, readJson } from '../helpers/score/run.ts';

test('lostLines: a dropped line is reported, furniture and carried lines are not', () => {
  const input = [
    'THE HARBOUR POST · May 2011 · 3',
    'The ferry left the pier at noon and',
    'sailed for the island with forty cars.',
    'Jane Roe, a marine engineer at the',
    'college, said the wall would hold.',
    'Continued on page 4',
    'By Tom Fry',
    'P O L I T I C S',
    'Ida Brask: We waited for the tide to turn.',
    'The ferry at the pier. Photo: Ola Berg',
    '\fTHE HARBOUR POST · May 2011 · 4',
  ].join('\n');
  const out = (paragraphs: string[]) => ({ articles: [{ title: 'Ferry sails' }], paragraphs: paragraphs.map((text) => ({ text })) });
  const whole = [
    'The ferry left the pier at noon and sailed for the island with forty cars.',
    'Jane Roe, a marine engineer at the college, said the wall would hold.',
    'We waited for the tide to turn.',
    'The ferry at the pier.',
  ];
  assert.deepEqual(lostLines(input, out(whole)), []);
  const cut = [whole[0]!, 'college, said the wall would hold.', ...whole.slice(2)];
  assert.deepEqual(lostLines(input, out(cut)), ['Jane Roe, a marine engineer at the']);
  assert.deepEqual(lostLines(input, out(whole.slice(0, 2))), ['Ida Brask: We waited for the tide to turn.', 'The ferry at the pier. Photo: Ola Berg']);
});

test('lostLines: a time-stamped label alone on its line is kept as the label, its words on the next line', () => {
  const input = ['[1:41:02] AUDIENCE MEMBER:', 'We waited for the ferry all winter long.', '[1:41:30] DEPUTY HARBOUR MASTER: And so did we all.'].join('\n');
  const out = { paragraphs: [{ text: '[1:41:02] We waited for the ferry all winter long.' }, { text: '[1:41:30] And so did we all.' }] };
  assert.deepEqual(lostLines(input, out), []);
  assert.deepEqual(lostLines(input, { paragraphs: out.paragraphs.slice(1) }), ['We waited for the ferry all winter long.']);
});

test('lostLines: a credit line broken inside a part is set aside whole, as the credit it is', () => {
  const input = ['The ferry left the pier at noon today.', 'Reporting by Tom Fry; Additional', 'reporting by Kit Moss; Editing by', 'Ann Lee'].join('\n');
  assert.deepEqual(lostLines(input, { paragraphs: [{ text: 'The ferry left the pier at noon today.' }] }), []);
});

test('lostLines: a restored hyphen or apostrophe still matches', () => {
  const input = 'Now freed from a threeweek sequester, the crew’s captain';
  assert.deepEqual(lostLines(input, { paragraphs: [{ text: "Now freed from a three-week sequester, the crew's captain" }] }), []);
});

for (const pair of [...pairs('tests/fixtures/dev'), ...pairs(HELDOUT_DIR)]) {
  test(`nothing lost: ${pair.name} ${pair.form}`, async () => {
    const out = await extractJson(pair.file);
    const gold = readJson<{ articles: unknown[] }>(pair.gold);
    const titles = (out.articles as { title: string }[]).map((a) => a.title);
    assert.ok(titles.length <= gold.articles.length, `more articles than the gold's ${gold.articles.length}: ${titles.join(' | ')}`);
    if (pair.form !== 'pdf') assert.deepEqual(lostLines(readFileSync(pair.file, 'utf8'), out), []);
  });
}

test('nothing lost: the bundled report', async () => {
  const file = 'corpus/kazakhstan-elections-special-report.txt';
  assert.deepEqual(lostLines(readFileSync(file, 'utf8'), await extractJson(file)), []);
});
