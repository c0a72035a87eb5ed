// Pure parts of the page view and the keyboard quote picker: where a quote lies among a page's text items, and
// how a paragraph splits into sentences and words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemsIn, quoteRects, type PlacedItem } from '../../web/src/pageGeometry.ts';
import { sentenceSpans, wordSpans } from '../../web/src/quotePicker.ts';

/** Two printed lines of an invented paragraph, 10 px per character, the first hyphenated at its end. */
const LINES: PlacedItem[] = [
  { str: 'The council agreed to re-', x: 100, baseline: 200, width: 250, size: 10 },
  { str: 'open the old ferry pier.', x: 100, baseline: 212, width: 240, size: 10 },
  { str: 'A caption far below', x: 100, baseline: 400, width: 190, size: 10 },
];

test('quoteRects: the part of each line a quote covers, across a line-end hyphen', () => {
  const cases: [string, { x: number; w: number; line: number }[]][] = [
    ['agreed', [{ x: 100 + 12 * 10, w: 6 * 10, line: 0 }]],
    ['to reopen the', [{ x: 100 + 19 * 10, w: 5 * 10, line: 0 }, { x: 100, w: 8 * 10, line: 1 }]],
    ['ferry pier', [{ x: 100 + 13 * 10, w: 10 * 10, line: 1 }]],
    ['not printed here', []],
    ['', []],
  ];
  for (const [quote, want] of cases) {
    const got = quoteRects(LINES.slice(0, 2), quote);
    assert.equal(got.length, want.length, quote);
    want.forEach((w, i) => {
      assert.ok(Math.abs(got[i]!.x - w.x) < 0.01 && Math.abs(got[i]!.w - w.w) < 0.01, `${quote}: ${JSON.stringify(got[i])}`);
      assert.ok(got[i]!.y < LINES[w.line]!.baseline && got[i]!.y + got[i]!.h > LINES[w.line]!.baseline, `${quote}: on line ${w.line}`);
    });
  }
});

test('itemsIn: only the lines inside the paragraph region', () => {
  const region = { x: 95, y: 190, w: 260, h: 26 };
  assert.deepEqual(itemsIn(LINES, region).map((l) => l.str), [LINES[0]!.str, LINES[1]!.str]);
  assert.deepEqual(itemsIn(LINES, { x: 600, y: 190, w: 100, h: 26 }), []);
});

test('sentenceSpans and wordSpans cut a paragraph as a reader would', () => {
  const text = 'It rained. “Will it stop?” she asked! Then it did';
  assert.deepEqual(sentenceSpans(text).map((s) => text.slice(s.start, s.end)), ['It rained.', '“Will it stop?”', 'she asked!', 'Then it did']);
  assert.deepEqual(wordSpans('  two  words ').map((s) => [s.start, s.end]), [[2, 5], [7, 12]]);
  assert.deepEqual(sentenceSpans(''), []);
});
