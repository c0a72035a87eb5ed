import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairRunningHeads } from '../../src/repair/runningHeads.ts';
import { page } from '../helpers/pages.ts';

test('a head repeated on most pages goes, and its number labels the page', () => {
  const words = ['alpha', 'bravo', 'charlie', 'delta'];
  const pages = [1, 2, 3, 4].map((i) => page(i, `SPECIAL REPORT | ${i + 9}\nThe ${words[i - 1]} text goes here.\nand ${words[i - 1]} ends`));
  const r = repairRunningHeads(pages, [null, null, null, 13]);
  assert.deepEqual(r.pages.map((p) => p.lines.map((l) => l.text)), words.map((w) => [`The ${w} text goes here.`, `and ${w} ends`]));
  assert.deepEqual(r.labels, [10, 11, 12, 13]);
  assert.equal(r.removed, 4);
});

test('a bare page number at the foot is furniture too', () => {
  const pages = ['one', 'two', 'three'].map((w, i) => page(i + 1, `Text of page ${w}.\n${i + 2}`));
  const r = repairRunningHeads(pages, [null, null, null]);
  assert.deepEqual(r.labels, [2, 3, 4]);
  assert.ok(r.pages.every((p) => p.lines.length === 1));
});

test('lines that recur on too few pages stay', () => {
  const pages = [page(1, 'Notes\nA.'), page(2, 'Notes\nB.'), page(3, 'C.'), page(4, 'D.'), page(5, 'E.'), page(6, 'F.'), page(7, 'G.'), page(8, 'H.')];
  const r = repairRunningHeads(pages, pages.map(() => null));
  assert.equal(r.removed, 0);
  assert.deepEqual(r.labels, pages.map(() => null));
});

test('separators between a head\'s parts are no words: a long dated head still goes', () => {
  const words = ['alpha', 'bravo', 'charlie'];
  const head = 'THE HARBOUR POST · Tuesday, June 7, 2011 · Region & Sea';
  const pages = words.map((w, i) => page(i + 1, `${head}\nThe ${w} text goes here.\nand ${w} ends`));
  const r = repairRunningHeads(pages, [null, null, null]);
  assert.deepEqual(r.pages.map((p) => p.lines.map((l) => l.text)), words.map((w) => [`The ${w} text goes here.`, `and ${w} ends`]));
  const longer = 'THE HARBOUR POST · Tuesday, June 7, 2011 · Region & Sea and the Isles';
  const kept = repairRunningHeads(words.map((w, i) => page(i + 1, `${longer}\nThe ${w} text goes here.`)), [null, null, null]);
  assert.equal(kept.removed, 0, 'more than ten words: running text, not a head');
});

test('a running foot a dump printed between the columns: its numbers run with the pages, so it is a folio', () => {
  const cases: [string, string[], (number | null)[], number][] = [
    ['numbers running with the pages', ['14 | HARBOUR POST', 'HARBOUR POST | 15', '16 | HARBOUR POST'], [14, 15, 16], 3],
    ['numbers that do not run with the pages', ['14 | HARBOUR POST', 'HARBOUR POST | 9', '16 | HARBOUR POST'], [null, null, null], 0],
    ['on one page only', ['14 | HARBOUR POST', 'The ferry sails', 'The ferry sails'], [null, null, null], 0],
  ];
  for (const [name, feet, labels, removed] of cases) {
    const pages = feet.map((f, i) => page(i + 1, `The first line of the ${['one', 'two', 'three'][i]} page\nruns on here and\nthen on again\nand again\n${f}\nthen the second column\ngoes on and on\nto its end\nand stops here`));
    const r = repairRunningHeads(pages, [null, null, null]);
    assert.deepEqual(r.labels, labels, name);
    assert.equal(r.removed, removed, name);
  }
});
