// The pure layout step of the PDF reader, on hand-made text chunks (no PDF engine involved).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layoutDocument } from '../../src/extract/pdf/layout.ts';
import { cleanText } from '../../src/extract/pdf/lines.ts';
import { joinChunks } from '../../src/extract/pdf/letterSpacing.ts';
import type { PdfChunk, PdfPage } from '../../src/extract/pdf/types.ts';

/** A chunk of Times-like text: half an em per character. */
function chunk(text: string, x: number, baseline: number, fontSize = 10, extra: Partial<PdfChunk> = {}): PdfChunk {
  return { text, x, baseline, width: text.length * 0.5 * fontSize, fontSize, ...extra };
}

/** Lines of a column: one chunk per line, 12 points apart. */
function column(lines: string[], x: number, top: number, size = 10): PdfChunk[] {
  return lines.map((t, i) => chunk(t, x, top + i * 12, size));
}

function page(chunks: PdfChunk[], index = 1): PdfPage {
  return { index, width: 612, height: 792, chunks };
}

function texts(pages: PdfPage[]): string[] {
  return layoutDocument(pages, 'test.pdf').pages.flatMap((p) => p.lines.map((l) => l.text));
}

const LEFT = ['left one sentence starts', 'here and goes on to the', 'bottom of the column and'];
const RIGHT = ['continues at the top of', 'the right column until it', 'ends at last.'];

describe('layoutDocument: reading order', () => {
  const cases: { name: string; chunks: PdfChunk[]; want: string[] }[] = [
    {
      name: 'two columns: left column first, a blank line at the column break',
      chunks: [...column(RIGHT, 320, 100), ...column(LEFT, 50, 100)],
      want: [...LEFT, '', ...RIGHT],
    },
    {
      name: 'a title spanning both columns comes before them',
      chunks: [...column(LEFT, 50, 150), ...column(RIGHT, 320, 150), chunk('A Title Over Both Columns', 50, 100, 24)],
      want: ['A Title Over Both Columns', '', ...LEFT, '', ...RIGHT],
    },
    {
      name: 'a line-number gutter is left out',
      chunks: [...column(['1', '2', '3', '4', '5', '6'], 20, 100), ...column([...LEFT, ...RIGHT], 60, 100)],
      want: [...LEFT, ...RIGHT],
    },
    {
      name: 'a superscript note mark stays on its line',
      chunks: [chunk('the figure', 50, 100), chunk('7', 100.5, 96.5, 6), chunk('was revised.', 106, 100)],
      want: ['the figure7 was revised.'],
    },
    {
      name: 'a hyphen at a line end is kept for the repair stage',
      chunks: column(['the council met. How-', 'ever, nothing changed.'], 50, 100),
      want: ['the council met. How-', 'ever, nothing changed.'],
    },
    {
      name: 'small print at the foot of a column is read after the columns',
      chunks: [
        ...column(['text runs down to', 'the foot of the'], 50, 500),
        chunk('1 A note in small print.', 50, 700, 7),
        ...column(['next column and ends.', 'More text.'], 320, 500),
      ],
      want: ['text runs down to', 'the foot of the', '', 'next column and ends.', 'More text.', '', '1 A note in small print.'],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(texts([page(c.chunks)]), c.want));
});

describe('layoutDocument: drop caps and letter spacing', () => {
  it('merges a drop cap into the first word and keeps the lines beside it unindented', () => {
    const cap = chunk('K', 50, 124, 40, { width: 28 });
    const body = column(['ings and queens gathered in', 'the old hall for the last', 'time before the vote. They', 'spoke for hours.'], 80, 100);
    body[3] = chunk('spoke for hours.', 50, 136);
    const raw = layoutDocument([page([cap, ...body])], 'x.pdf');
    assert.deepEqual(raw.pages[0]!.lines.map((l) => l.text), ['Kings and queens gathered in', 'the old hall for the last', 'time before the vote. They', 'spoke for hours.']);
    assert.deepEqual(raw.pages[0]!.lines.map((l) => !!l.paragraphStart), [true, false, false, false]);
  });

  const spaced: { name: string; chunks: PdfChunk[]; want: string }[] = [
    {
      name: 'one chunk per word (tracking inside chunks, word gaps between them)',
      chunks: [chunk('B y', 50, 100, 9, { width: 13.5 }), chunk('A n n a', 72, 100, 9, { width: 30 }), chunk('B e r g', 111, 100, 9, { width: 30 })],
      want: 'By Anna Berg',
    },
    {
      name: 'one chunk per letter, even gaps',
      chunks: 'PROCEEDINGS'.split('').map((ch, i) => chunk(ch, 100 + i * 14.4, 100, 12, { width: 7.2 })),
      want: 'PROCEEDINGS',
    },
    {
      name: 'ordinary words are left alone',
      chunks: [chunk('I', 50, 100), chunk('am a', 58, 100), chunk('cat', 82, 100)],
      want: 'I am a cat',
    },
  ];
  for (const c of spaced) it(`letter spacing: ${c.name}`, () => assert.equal(joinChunks(c.chunks), c.want));
});

describe('layoutDocument: running heads and page labels', () => {
  const pages = [1, 2, 3].map((n) => page([
    chunk('THE REVIEW', 50, 40, 8), chunk(String(n + 11), 550, 40, 8),
    ...column([`page ${n} text goes here`, 'and continues below'], 50, 100),
    chunk('Printed by a press', 250, 770, 7),
  ], n));

  it('leaves heads, feet and page numbers out and labels pages with the printed numbers', () => {
    const raw = layoutDocument(pages, 'x.pdf');
    assert.deepEqual(raw.pages.map((p) => p.label), [12, 13, 14]);
    assert.deepEqual(raw.pages.map((p) => p.lines.map((l) => l.text)), [1, 2, 3].map((n) => [`page ${n} text goes here`, 'and continues below']));
  });

  it('gives no label when nothing in the margins counts pages', () => {
    const raw = layoutDocument([page(column(['just text', 'more text'], 50, 100))], 'x.pdf');
    assert.equal(raw.pages[0]!.label, undefined);
  });
});

describe('cleanText', () => {
  const cases: [string, string][] = [
    ['over\u00adall', 'overall'],
    ['the re\u00ad', 'the re-'],
    ['  two   spaces ', 'two spaces'],
  ];
  for (const [input, want] of cases) it(JSON.stringify(input), () => assert.equal(cleanText(input), want));
});

describe('fake bold', () => {
  it('keeps text stamped twice once, as bold', () => {
    const raw = layoutDocument([page([chunk('Stamped twice', 50, 100), chunk('Stamped twice', 50.4, 100)])], 'x.pdf');
    assert.deepEqual(raw.pages[0]!.lines.map((l) => [l.text, l.bold]), [['Stamped twice', true]]);
  });

});

describe('italic lines', () => {
  const cases: [string, PdfChunk[], boolean[]][] = [
    ['an italic line is italic', [chunk('Where did you grow up?', 50, 100, 10, { italic: true }), chunk('In a small town by the sea.', 50, 112)], [true, false]],
    ['an italic word inside a line does not make it italic', [chunk('I read ', 50, 100), chunk('Ulysses twice', 85, 100, 10, { italic: true })], [false]],
  ];
  for (const [name, chunks, want] of cases) {
    it(name, () => {
      const raw = layoutDocument([page(chunks)], 'x.pdf');
      assert.deepEqual(raw.pages[0]!.lines.filter((l) => l.text).map((l) => l.italic === true), want);
    });
  }
});

describe('layoutDocument: a narrow justified column stretches its word spaces', () => {
  // The last words of three lines stand 8 points (0.8 em) from the rest: more than a gutter's minimum, one word a line.
  const body = column(['the ferry will not sail from', 'the quay until the storm', 'has passed, and the crews', 'go home.'], 50, 100);
  const strip = (x: number): PdfChunk[] => [chunk('again', x, 100), chunk('is', x, 112), chunk('wait', x, 124)];
  const cases: { name: string; chunks: PdfChunk[]; want: string[] }[] = [
    {
      name: 'a strip of last words close to its lines joins them',
      chunks: [...body, ...strip(50 + 5 * 28 + 8)],
      want: ['the ferry will not sail from again', 'the quay until the storm is', 'has passed, and the crews wait', 'go home.'],
    },
    {
      name: 'a column of single words a gutter away stays a column',
      chunks: [...body, ...strip(50 + 5 * 28 + 30)],
      want: ['the ferry will not sail from', 'the quay until the storm', 'has passed, and the crews', 'go home.', '', 'again', 'is', 'wait'],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(texts([page(c.chunks)]), c.want));
});
