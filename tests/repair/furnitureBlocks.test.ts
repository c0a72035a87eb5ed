import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSpans, flatWords, markFurniture, moveInterruptions } from '../../src/repair/furnitureBlocks.ts';
import { line, texts, workBlocks } from '../helpers/pages.ts';

const BODY = 'She said the river keeps every secret we ever tell it, and then she smiled.';
const lines = (t: string) => t.split('\n').map((x) => line(x));

const cases: { name: string; block: string; doc: string; want: [number, number, string][] }[] = [
  {
    name: 'a quote the text repeats, under its attribution',
    block: 'the end of a paragraph.\n“The river keeps every\nsecret we ever tell it”\n— Ada Lark\nNext paragraph starts.',
    doc: BODY, want: [[1, 4, 'pullquote']],
  },
  {
    name: 'a repeated quote set bare in its own block',
    block: '“The river keeps every\nsecret we ever tell it”',
    doc: BODY, want: [[0, 2, 'pullquote']],
  },
  {
    name: 'a quoted sentence of the body is no pull quote',
    block: '“We will win,” she said.\nThe crowd cheered.',
    doc: '', want: [],
  },
  {
    name: 'a quoted title whose sentence goes on is no pull quote',
    block: '‘The river keeps every secret’\nwe tell it, poet says',
    doc: BODY, want: [],
  },
  {
    name: 'a source line and a licence note are footnotes',
    block: 'The vote is next week.\nSource: "Town hall report" —\nCity News, May 2, 2001',
    doc: '', want: [[1, 3, 'footnote']],
  },
  {
    name: 'a reader box closes on its question',
    block: 'HAVE YOUR SAY\nDo you think the plan\nwill work?\nThe mayor said on Monday',
    doc: '', want: [[0, 3, 'sidebar']],
  },
];

for (const c of cases) {
  test(`findSpans: ${c.name}`, () => {
    const docFlat = flatWords(`${BODY} ${c.block}`.replace(BODY, c.doc));
    const spans = findSpans(lines(c.block), docFlat);
    assert.deepEqual(spans.map((s) => [s.start, s.end, s.kind]), c.want);
  });
}

test('markFurniture splits a block around a pull quote', () => {
  const b = workBlocks('Text before it ends.\n“The river keeps every\nsecret we ever tell it”\n— Ada Lark\nand text after.');
  const out = markFurniture(b, flatWords(BODY + ' ' + b[0]!.lines.map((l) => l.text).join(' ')));
  assert.deepEqual(texts(out), ['Text before it ends.', '“The river keeps every / secret we ever tell it” / — Ada Lark', 'and text after.']);
  assert.deepEqual(out.map((x) => x.furniture), [undefined, 'pullquote', undefined]);
});

test('markFurniture: a `— Name` line set as a block of its own joins the pull quote it signs', () => {
  const b = workBlocks('Text before it ends.\n\n“The river keeps every\nsecret we ever tell it”\n\n— Ada Lark\n\nThe next paragraph.');
  const doc = flatWords(BODY + ' ' + b.flatMap((x) => x.lines.map((l) => l.text)).join(' '));
  const out = markFurniture(b, doc);
  assert.deepEqual(texts(out), ['Text before it ends.', '“The river keeps every / secret we ever tell it” / — Ada Lark', 'The next paragraph.']);
  assert.deepEqual(out.map((x) => x.furniture), [undefined, 'pullquote', undefined]);
});

test('moveInterruptions: a line of capitals inside a sentence moves past its end', () => {
  const isOpen = (b: { lines: { text: string }[] }) => !/[.!?]$/.test(b.lines.at(-1)!.text);
  const out = moveInterruptions(workBlocks('They were aware\n\nHARBOUR NEWS\n\nof the risk, and went.\n\nNext one.'), isOpen);
  assert.deepEqual(texts(out), ['They were aware', 'of the risk, and went.', 'HARBOUR NEWS', 'Next one.']);
  const kept = moveInterruptions(workBlocks('It ended.\n\nHARBOUR NEWS\n\nthe text'), isOpen);
  assert.deepEqual(texts(kept), ['It ended.', 'HARBOUR NEWS', 'the text']);
});
