import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairColumns, repairDisplacedHeads, repairInterleavedColumns, repairStrayWords } from '../../src/repair/columns.ts';
import { texts, workBlocks } from '../helpers/pages.ts';

test('displaced heads go in front of the blocks they begin, in order; the last runs on to the next page', () => {
  const page = workBlocks(`
The council met on Monday and
agreed on a budget for the year.

Regional Assembly of some forty
members who sit for four years.
It meets twice a month.

Assembly elections were last held in
May and drew a low turnout.

The assembly is the upper house of the

The last elections for the

Today, the ruling bloc`);
  const r = repairDisplacedHeads(page, true);
  assert.deepEqual(texts(r.blocks), [
    'The council met on Monday and / agreed on a budget for the year.',
    'The assembly is the upper house of the / Regional Assembly of some forty / members who sit for four years. / It meets twice a month.',
    'The last elections for the / Assembly elections were last held in / May and drew a low turnout.',
    'Today, the ruling bloc',
  ]);
  assert.equal(r.moved, 2);
});

test('displaced heads: not moved when there are not enough receiving blocks', () => {
  const page = workBlocks('A short open head of the\n\nAnother open head of the');
  assert.deepEqual(texts(repairDisplacedHeads(page, false).blocks), ['A short open head of the', 'Another open head of the']);
});

test('a stray word goes back into the short line that lost it', () => {
  const page = workBlocks(`
The mayor said the plan was ready.
Is this a
plan that works for everyone here?

sound

The answer came quickly and it was`);
  const r = repairStrayWords(page, 34);
  assert.deepEqual(texts(r.blocks), [
    'The mayor said the plan was ready. / Is this a sound / plan that works for everyone here?',
    'The answer came quickly and it was',
  ]);
  assert.equal(r.fixed, 1);
});

test('an interleaved column piece moves after the block it completes', () => {
  const page = workBlocks(`
The first block ends in a
full sentence here.

collapse of trust, as it did
in other places.

The party congress warned that
delay in reform may lead to a

A HEADING

More text follows here.`);
  const r = repairInterleavedColumns(page);
  assert.deepEqual(texts(r.blocks), [
    'The first block ends in a / full sentence here.',
    'The party congress warned that / delay in reform may lead to a',
    'collapse of trust, as it did / in other places.',
    'A HEADING',
    'More text follows here.',
  ]);
});

test('a column piece with no open block inside the page completes the open block set last on the page', () => {
  // A dump set a column's last lines (`You were at the` / `centre of the`) after the next column's text.
  const page = workBlocks(`
They had no quarrel with
each other at all.

fiercest rows of the season. How
did you take it?

You were at the
centre of the`);
  const r = repairInterleavedColumns(page);
  assert.deepEqual(texts(r.blocks), [
    'They had no quarrel with / each other at all.',
    'You were at the / centre of the',
    'fiercest rows of the season. How / did you take it?',
  ]);
});

test('... but a page whose last block is finished keeps a lone lower-case piece where it is', () => {
  const page = workBlocks('They had no quarrel.\n\nfiercest rows of the season.\n\nYou were at the centre.\nOf it all.');
  assert.deepEqual(texts(repairInterleavedColumns(page).blocks), texts(page));
});

test('repairColumns leaves a clean page alone', () => {
  const page = workBlocks('One sentence.\nTwo sentences.\n\nThree here and\nfour there.');
  const r = repairColumns(page, false);
  assert.deepEqual(texts(r.blocks), texts(page));
  assert.equal(r.moved + r.strayWords, 0);
});

test('several stray words put back on one line keep their printed order', () => {
  const page = workBlocks('Who asked\nthe question first?\n\nyou\n\nto');
  const r = repairStrayWords(page, 34);
  assert.deepEqual(texts(r.blocks), ['Who asked you to / the question first?']);
  assert.equal(r.fixed, 2);
});

test('displaced heads: a one-line block the reader gave a role (caption, title, heading, byline) is not a head', () => {
  const cases: { name: string; role?: 'caption' | 'heading' | 'title' | 'byline'; moved: number }[] = [
    { name: 'caption stays put', role: 'caption', moved: 0 },
    { name: 'the next article\'s title stays put', role: 'title', moved: 0 },
    { name: 'a subhead set as a heading stays put', role: 'heading', moved: 0 },
    { name: 'a byline stays put', role: 'byline', moved: 0 },
    { name: 'plain line moves', moved: 1 },
  ];
  for (const c of cases) {
    const page = workBlocks(`
The harbour board met on Friday.

boats were moored along the quay
while the inspectors went aboard.

Photo courtesy of the harbour`);
    const head = page[2]!;
    page[2] = { ...head, lines: head.lines.map((l) => ({ ...l, role: c.role })) };
    assert.equal(repairDisplacedHeads(page, false).moved, c.moved, c.name);
  }
});

test('displaced heads: a line set flush right under a block (a signature) is no column head and stays below it', () => {
  const box = (x: number, y: number, w: number) => ({ page: 1, x, y, w, h: 12 });
  const line = (text: string, x: number, y: number, w: number) => ({ text, page: 1, physicalPage: 1, box: box(x, y, w) });
  const body = { physicalPage: 1, lines: [line('The boat will sail from the quay at ten each night through the winter', 68, 100, 459), line('and the spring, the board said.', 68, 114, 160)] };
  const cases: [string, number, string[]][] = [
    ['flush right: stays', 458, ['The boat will sail from the quay at ten each night through the winter / and the spring, the board said.', 'Tom Fry']],
    ['at the column edge: a displaced head, moved', 68, ['Tom Fry / The boat will sail from the quay at ten each night through the winter / and the spring, the board said.']],
  ];
  for (const [name, x, want] of cases) {
    const page = [body, { physicalPage: 1, lines: [line('Tom Fry', x, 140, 69)] }];
    assert.deepEqual(texts(repairDisplacedHeads(page, false).blocks), want, name);
  }
});
