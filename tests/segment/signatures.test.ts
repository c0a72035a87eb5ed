// Closing signatures weighed from their evidence: the dashed form, a bare name on the last line after a full stop,
// italics and flush-right setting (PDF), never a pull quote's attribution or a name that ends a broken sentence.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Block, Box, PageLine } from '../../src/domain/types.ts';
import { segmentArticles } from '../../src/segment/articles.ts';
import { isFlushRight } from '../../src/text/predicates.ts';
import { blocks } from '../helpers/pages.ts';

const HEAD = `Night ferry to keep running through the winter
By Ola Berg
The harbour board will keep the night ferry running through the winter months after all, it said on
Monday, when the figures for the autumn came in better than the board had feared in the summer.`;
const UNSIGNED = HEAD.replace('By Ola Berg\n', '');

function signed(text: string): { authors: string[]; lines: string[] } {
  const a = segmentArticles(blocks(text)).articles[0]!;
  return { authors: a.authors, lines: a.body.flatMap((b) => b.lines.map((l) => l.text)) };
}

describe('closing signatures in text', () => {
  const cases: [string, string, string[], boolean][] = [
    ['a bare name on the last line after a full stop signs the piece', `${UNSIGNED}\nTom Fry`, ['Tom Fry'], false],
    ['a dashed name with a title signs it', `${UNSIGNED}\n— Tom Fry, Harbour Master`, ['Tom Fry'], false],
    ['a byline is not replaced by the signature', `${HEAD}\nTom Fry`, ['Ola Berg'], false],
    ['a name that ends a sentence broken over the line end is text', `${UNSIGNED.replace(/summer\.$/, 'summer, said')}\nTom Fry`, [], true],
    ['a capitals line at the end is a running head, not a name', `${UNSIGNED}\nHARBOUR NEWS`, [], true],
    ['a dashed name under a quotation credits the quote', `${UNSIGNED}\n“We will keep it going.”\n— Tom Fry`, [], true],
    ['a wire credit line names the reporter', `${UNSIGNED}\nReporting by Tom Fry; Editing by Ann Lee`, ['Tom Fry'], false],
    ['a credit line may name two reporters and a place', `${UNSIGNED}\nReporting by Tom Fry and Ann Lee in Tarnby; Editing by Kit Moss`, ['Tom Fry', 'Ann Lee'], false],
    ['a credit line broken in two leaves the body whole', `${UNSIGNED}\nReporting by Tom Fry;\nEditing by Ann Lee`, ['Tom Fry'], false],
    ['a credit line broken after `by`: the name on the last line is no signature', `${UNSIGNED}\nReporting by Tom Fry; Editing by\nAnn Lee`, ['Tom Fry'], false],
    ['a credit line broken inside a part, over three lines', `${UNSIGNED}\nReporting by Tom Fry; Additional\nreporting by Kit Moss; Editing by\nAnn Lee`, ['Tom Fry'], false],
    ['a dashed signature broken after a comma: the rest is no name', `${UNSIGNED}\n— Tom Fry, Chair,\nFerry Trust`, ['Tom Fry'], false],
    ['a dashed signature broken after a word: the rest leaves the body too', `${UNSIGNED}\n— Tom Fry, Chair, Tarnby\nFerry Trust`, ['Tom Fry'], false],
    ['a second dashed line is no rest of the first', `${UNSIGNED}\n— Tom Fry, Chair,\n— Ann Lee`, ['Ann Lee'], false],
    ['a byline wins over the credit line', `${HEAD}\nReporting by Tom Fry; Editing by Ann Lee`, ['Ola Berg'], false],
  ];
  for (const [name, text, authors, kept] of cases) {
    it(name, () => {
      const got = signed(text);
      assert.deepEqual(got.authors, authors);
      const last = text.split('\n').at(-1)!;
      assert.equal(got.lines.includes(last), kept, 'a signature leaves the body; anything else stays');
      if (!kept) assert.ok(!got.lines.some((l) => /^Reporting by|^reporting by|^Ann Lee$/.test(l)), 'the whole credit line leaves the body');
    });
  }
});

describe('closing signatures in a PDF: italics or flush-right setting stand in for the full stop', () => {
  const box = (x: number, w: number, y: number): Box => ({ page: 1, x, y, w, h: 12 });
  const body: PageLine[] = [
    { text: 'The harbour board will keep the night ferry running through the winter months, it said', page: 1, physicalPage: 1, box: box(68, 459, 100) },
    { text: 'when the figures came in, and the boat will sail from the quay at ten each night as', page: 1, physicalPage: 1, box: box(68, 459, 114) },
  ];
  const name = (extra: Partial<PageLine>): PageLine => ({ text: 'Tom Fry', page: 1, physicalPage: 1, ...extra });
  const cases: [string, PageLine, string[]][] = [
    ['plain, after an open line: text', name({ box: box(68, 60, 128) }), []],
    ['italic, after an open line: a signature', name({ italic: true, box: box(68, 60, 128) }), ['Tom Fry']],
    ['flush right, after an open line: a signature', name({ box: box(467, 60, 128) }), ['Tom Fry']],
    ['italic, closing the open sentence with a stop: text', name({ text: 'Tom Fry.', italic: true, box: box(68, 60, 128) }), []],
    ['italic and flush right, closing the open sentence with a stop: text', name({ text: 'Tom Fry.', italic: true, box: box(467, 60, 128) }), []],
  ];
  for (const [label, line, want] of cases) {
    it(label, () => {
      const doc: Block[] = [{ lines: [{ text: 'Night ferry to keep running through the winter', page: 1, physicalPage: 1, role: 'title' }], continues: false }, { lines: [...body, line], continues: false }];
      assert.deepEqual(segmentArticles(doc).articles[0]!.authors, want);
    });
  }
});

describe('closing signatures in a PDF: an italic credit line broken inside a part over three lines', () => {
  const line = (text: string, y: number): PageLine => ({ text, page: 1, physicalPage: 1, italic: true, box: { page: 1, x: 68, y, w: 150, h: 12 } });
  const body: PageLine = { text: 'The harbour board will keep the night ferry running through the winter.', page: 1, physicalPage: 1, box: { page: 1, x: 68, y: 100, w: 459, h: 12 } };
  const cases: [string, string[], string[]][] = [
    ['broken before `reporting by`', ['Reporting by Tom Fry; Additional', 'reporting by Kit Moss; Editing by', 'Ann Lee'], ['Tom Fry']],
    ['broken after `by`', ['Reporting by Tom Fry; Editing by', 'Ann Lee'], ['Tom Fry']],
  ];
  for (const [label, credit, want] of cases) {
    it(label, () => {
      const lines = credit.map((t, k) => line(t, 114 + 14 * k));
      const doc: Block[] = [{ lines: [{ text: 'Night ferry to keep running through the winter', page: 1, physicalPage: 1, role: 'title' }], continues: false }, { lines: [body, ...lines], continues: false }];
      const a = segmentArticles(doc).articles[0]!;
      assert.deepEqual(a.authors, want);
      assert.deepEqual(a.body.flatMap((b) => b.lines.map((l) => l.text)), [body.text], 'the whole credit leaves the body');
    });
  }
});

describe('closing signatures in a PDF: an italic flush-right signature broken over two lines', () => {
  const line = (text: string, x: number, w: number, y: number): PageLine => ({ text, page: 1, physicalPage: 1, italic: true, box: { page: 1, x, y, w, h: 12 } });
  const body: PageLine = { text: 'The harbour board will keep the night ferry running through the winter.', page: 1, physicalPage: 1, box: { page: 1, x: 68, y: 100, w: 459, h: 12 } };
  const cases: [string, PageLine[], string[]][] = [
    ['broken after a word', [line('— Tom Fry, Chair, Tarnby', 380, 147, 114), line('Ferry Trust', 460, 67, 128)], ['Tom Fry']],
    ['broken after a comma', [line('— Tom Fry, Chair,', 420, 107, 114), line('Tarnby Ferry Trust', 420, 107, 128)], ['Tom Fry']],
    ['whole on one line', [line('— Tom Fry, Chair, Tarnby Ferry Trust', 300, 227, 114)], ['Tom Fry']],
  ];
  for (const [label, sign, want] of cases) {
    it(label, () => {
      const doc: Block[] = [{ lines: [{ text: 'Night ferry to keep running through the winter', page: 1, physicalPage: 1, role: 'title' }], continues: false }, { lines: [body, ...sign], continues: false }];
      const a = segmentArticles(doc).articles[0]!;
      assert.deepEqual(a.authors, want);
      assert.deepEqual(a.body.flatMap((b) => b.lines.map((l) => l.text)), [body.text], 'the whole signature leaves the body');
    });
  }
});

describe('isFlushRight', () => {
  const box = (x: number, w: number): Box => ({ page: 1, x, y: 0, w, h: 12 });
  const above = [{ box: box(68, 459) }, { box: box(80, 447) }];
  const cases: [string, Box | undefined, boolean][] = [
    ['right edge on the measure, far from the left edge', box(458, 69), true],
    ['a full line', box(68, 459), false],
    ['a short line at the left edge', box(68, 120), false],
    ['centred', box(250, 100), false],
    ['no geometry (a text dump)', undefined, false],
  ];
  for (const [name, b, want] of cases) it(name, () => assert.equal(isFlushRight(b ? { box: b } : {}, above), want));
});
