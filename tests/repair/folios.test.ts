import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairRunningHeads } from '../../src/repair/runningHeads.ts';
import { headKey } from '../../src/repair/folios.ts';
import { page } from '../helpers/pages.ts';

const body = (w: string): string => `The ${w} story opens here.\nIt goes on for a line.\nand ends well.`;
const words = ['amber', 'birch', 'cedar', 'dune', 'elm'];

const cases: { name: string; pages: string[]; labels: (number | null)[]; kept: string[][] }[] = [
  {
    name: 'dashed folios anywhere on a dump page label it and go',
    pages: words.slice(0, 3).map((w, i) => `The ${w} story opens here.\n— ${i + 7} —\nand ends well.`),
    labels: [7, 8, 9],
    kept: words.slice(0, 3).map((w) => [`The ${w} story opens here.`, 'and ends well.']),
  },
  {
    name: '`Page N` lines and an alternating head with its folio',
    pages: words.slice(0, 4).map((w, i) => (i % 2 ? `Harbour Echo — Spring 2001 Page ${i + 20}\n${body(w)}` : `Page ${i + 20}\nHarbour Echo — Spring 2001\n${body(w)}`)),
    labels: [20, 21, 22, 23],
    kept: words.slice(0, 4).map((w) => body(w).split('\n')),
  },
  {
    name: 'a head printed alone and a bare folio on the next line',
    pages: words.slice(0, 4).map((w, i) => (i % 2 ? `${i + 3}\nQuill\n${body(w)}` : `Winter 1999\n${i + 3}\n${body(w)}`)),
    labels: [3, 4, 5, 6],
    kept: words.slice(0, 4).map((w) => body(w).split('\n')),
  },
  {
    name: 'alternating heads that differ around a shared name in capitals, each beside its folio',
    pages: words.slice(0, 2).map((w, i) => (i % 2 ? `HARBOUR ECHO\n${i + 31}\n${body(w)}` : `Spring 2001 · HARBOUR ECHO\n${i + 31}\n${body(w)}`)),
    labels: [31, 32],
    kept: words.slice(0, 2).map((w) => body(w).split('\n')),
  },
  {
    name: 'numbers that do not run with the pages stay',
    pages: ['Intro.\n12\nend.', 'More.\n3\nend.', 'Last.\n40\nend.'],
    labels: [null, null, null],
    kept: [['Intro.', '12', 'end.'], ['More.', '3', 'end.'], ['Last.', '40', 'end.']],
  },
  {
    name: 'a byline or rubric on two article openings is no head',
    pages: ['NEWS\nBy Ann Lee\nThe amber story.', 'Middle text.\nmore of it.', 'NEWS\nBy Ann Lee\nThe birch story.', 'Late text.\nmore.', 'Last text.\nend.'],
    labels: [null, null, null, null, null],
    kept: [['NEWS', 'By Ann Lee', 'The amber story.'], ['Middle text.', 'more of it.'], ['NEWS', 'By Ann Lee', 'The birch story.'], ['Late text.', 'more.'], ['Last text.', 'end.']],
  },
  {
    name: 'lower-case words at column tops are never heads',
    pages: words.map((w) => `the\n${body(w)}`),
    labels: words.map(() => null),
    kept: words.map((w) => ['the', ...body(w).split('\n')]),
  },
];

for (const c of cases) {
  test(`repairRunningHeads: ${c.name}`, () => {
    const pages = c.pages.map((t, i) => page(i + 1, t));
    const r = repairRunningHeads(pages, pages.map(() => null));
    assert.deepEqual(r.labels, c.labels);
    assert.deepEqual(r.pages.map((p) => p.lines.map((l) => l.text)), c.kept);
  });
}

test('headKey: folios and the word page at either end go, digits inside stay as #', () => {
  assert.equal(headKey('12 Quill'), 'quill');
  assert.equal(headKey('Harbour Echo — Spring 2001 Page 21'), 'harbour echo spring');
  assert.equal(headKey('Issue 4 · Winter 33'), 'issue # winter');
  assert.equal(headKey('17'), '');
});
