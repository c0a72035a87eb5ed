import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairDropCaps } from '../../src/repair/dropCaps.ts';
import { repairJumps } from '../../src/repair/jumps.ts';
import { page, texts, workBlocks } from '../helpers/pages.ts';

const WORDS = new Set(['in', 'around', 'the', 'uk']);
const isWord = (w: string) => WORDS.has(w.toLowerCase());

const dropCases: [string, string[], number][] = [
  ['W\n\nestland voted today\nand so on.', ['Westland voted today / and so on.'], 1],
  ['I\n\nn the spring the vote', ['In the spring the vote'], 1],
  ['A\n\nnew era begins', ['A new era begins'], 1],
  ['W\n\nWestland voted', ['W', 'Westland voted'], 0],
  ['Text here.\n\nmore text', ['Text here.', 'more text'], 0],
  ['U\n\nK voters went', ['UK voters went'], 1],
  ['T\n\nThe vote', ['T', 'The vote'], 0],
];

for (const [input, expected, fixed] of dropCases) {
  test(`repairDropCaps: ${JSON.stringify(input.slice(0, 20))}`, () => {
    const r = repairDropCaps(workBlocks(input), isWord);
    assert.deepEqual(texts(r.blocks), expected);
    assert.equal(r.fixed, fixed);
    if (fixed) assert.equal(r.blocks[0]!.dropCap, true);
  });
}

test('repairJumps: markers go, and they label the page before and after', () => {
  const pages = [page(1, 'cover'), page(2, 'text runs on (Continued on Page 5)'), page(3, '(Continued from page 4)\ngoes on'), page(4, 'more\ncontinued on page 9'), page(5, 'end')];
  const r = repairJumps(pages);
  assert.deepEqual(r.labels, [null, 4, 5, 8, 9]);
  assert.equal(r.jumps, 3);
  assert.deepEqual(r.jumpedPages, [false, true, false, true, false]);
  assert.ok(r.pages.every((p) => p.lines.every((l) => !/continued/i.test(l.text))));
});

test('repairJumps: without markers every page is unknown', () => {
  assert.deepEqual(repairJumps([page(1, 'a'), page(2, 'b')]).labels, [null, null]);
});

test('repairJumps: a marker at the end of a text line leaves the words', () => {
  const r = repairJumps([page(1, 'the last words (Continued on Page 3)'), page(2, 'next')]);
  assert.deepEqual(r.pages[0]!.lines.map((l) => l.text), ['the last words']);
  assert.deepEqual(r.labels, [2, 3]);
});

const keywordHeads: [string, boolean][] = [
  ['KITES, from Page 4', true],
  ['KITES, continued from page 4', true],
  ['Kites, Continued from p. 4', true],
  ['the kites came from page 4', false],
];

for (const [head, isHead] of keywordHeads) {
  test(`repairJumps: keyword jump head ${JSON.stringify(head)}`, () => {
    const r = repairJumps([page(1, 'text runs on'), page(2, `${head}\nthe kites flew on`)]);
    const from = r.pages[1]!.lines.find((l) => l.text === 'the kites flew on')?.jump?.from;
    assert.equal(from, isHead ? 4 : undefined);
    assert.equal(r.pages[1]!.lines.some((l) => l.text === head), !isHead);
  });
}
