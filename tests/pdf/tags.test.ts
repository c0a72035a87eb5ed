// Tagged PDFs: structure elements reach the text runs, and weigh on paragraph starts and roles.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blockOfContent, tagTextItems, type TagNode } from '../../src/extract/pdf/tags.ts';
import { layoutDocument } from '../../src/extract/pdf/layout.ts';
import type { PdfChunk, PdfPage } from '../../src/extract/pdf/types.ts';

const tree: TagNode = {
  children: [{ role: 'Document', children: [
    { role: 'Div', children: [{ type: 'content', id: 'm0' }] },
    { role: 'H1', children: [{ role: 'Span', children: [{ type: 'content', id: 'm1' }] }] },
    { role: 'P', children: [{ type: 'content', id: 'm2' }, { type: 'content', id: 'm3' }] },
  ] }],
};
const mark = (id: string) => ({ type: 'beginMarkedContentProps', id });
const end = { type: 'endMarkedContent' };

describe('tagTextItems', () => {
  it('gives every text run its nearest block element, and marks the run that opens it', () => {
    const items = [mark('m0'), { str: '4' }, end, mark('m1'), { str: 'A Title' }, end, mark('m2'), { str: ' ' }, { str: 'First line' }, end, mark('m3'), { str: 'second line' }, end];
    const tags = tagTextItems(items, blockOfContent(tree));
    assert.equal(tags.length, items.length);
    const text = items.map((it, i) => ('str' in it ? [it.str, tags[i]?.tag, tags[i]?.first] : null)).filter((x) => x && String(x[0]).trim());
    assert.deepEqual(text, [['4', undefined, undefined], ['A Title', 'H1', true], ['First line', 'P', true], ['second line', 'P', false]]);
  });
});

function chunk(text: string, x: number, baseline: number, tag: Partial<PdfChunk> = {}, size = 10): PdfChunk {
  return { text, x, baseline, width: text.length * 0.5 * size, fontSize: size, ...tag };
}

describe('layoutDocument with tags', () => {
  const p = (node: number, start = false): Partial<PdfChunk> => ({ tag: 'P', tagNode: node, tagStart: start });
  it('a paragraph element opened after a finished sentence starts a paragraph, without indent or gap', () => {
    const chunks = [
      chunk('The first paragraph ends here.', 50, 100, p(0, true)), chunk('A second one begins and goes', 50, 112, p(1, true)),
      chunk('on to its end.', 50, 124, p(1)),
    ];
    const lines = layoutDocument([{ index: 1, width: 612, height: 792, chunks }], 'x.pdf').pages[0]!.lines;
    assert.deepEqual(lines.map((l) => !!l.paragraphStart), [true, true, false]);
  });
  it('an indented line inside the same element does not start a paragraph', () => {
    const chunks = [chunk('A paragraph runs on here and', 50, 100, p(0, true)), chunk('then an odd indent', 62, 112, p(0)), chunk('and so on to the end.', 50, 124, p(0))];
    const lines = layoutDocument([{ index: 1, width: 612, height: 792, chunks }], 'x.pdf').pages[0]!.lines;
    assert.deepEqual(lines.map((l) => !!l.paragraphStart), [true, false, false]);
  });
  it('a caption element is a caption, whatever its size', () => {
    const chunks = [chunk('The new quay at dusk', 50, 100, { tag: 'Caption', tagNode: 0, tagStart: true }), chunk('Work on the quay went on all', 50, 130, p(1, true)), chunk('summer long.', 50, 142, p(1))];
    const lines = layoutDocument([{ index: 1, width: 612, height: 792, chunks }], 'x.pdf').pages[0]!.lines.filter((l) => l.text);
    assert.deepEqual(lines.map((l) => l.role), ['caption', undefined, undefined]);
  });
  it('a large heading element is a title; a bold line in a paragraph element is no heading', () => {
    const chunks = [
      chunk('Harbour Works Begin', 50, 80, { tag: 'H1', tagNode: 0, tagStart: true }, 22),
      chunk('What did you do next', 50, 120, { ...p(1, true), bold: true }),
      chunk('We went on working all day long.', 50, 140, p(2, true)), chunk('It was hard work for us.', 50, 152, p(2)),
    ];
    const lines = layoutDocument([{ index: 1, width: 612, height: 792, chunks }], 'x.pdf').pages[0]!.lines.filter((l) => l.text);
    assert.deepEqual(lines.map((l) => l.role), ['title', undefined, undefined, undefined]);
  });
});

describe('layoutDocument: centred blocks and heads in capitals', () => {
  const c = (text: string, mid: number, baseline: number): PdfChunk => chunk(text, mid - text.length * 2.5, baseline);
  it('lines of a centred notice do not start paragraphs by their indent', () => {
    const chunks = [c('The agency works day and night to keep', 300, 100), c('the public safe from harm at home and', 300, 112), c('abroad, in every season.', 300, 124)];
    const lines = layoutDocument([{ index: 1, width: 612, height: 792, chunks }], 'x.pdf').pages[0]!.lines;
    assert.deepEqual(lines.map((l) => !!l.paragraphStart), [true, false, false]);
  });
  const heads: [string, string | undefined][] = [
    ['DEPARTMENT OF PUBLIC WORKS', 'heading'], ['THE MAYOR:', undefined], ['IT RAINED.', undefined], ['Mixed Case Words', undefined],
  ];
  for (const [text, want] of heads) {
    it(`a line in capitals alone: ${text}`, () => {
      const chunks = [chunk(text, 50, 100), chunk('Then the running text of the page goes on', 50, 130), chunk('for a while longer until it stops.', 50, 142)];
      const lines = layoutDocument([{ index: 1, width: 612, height: 792, chunks }], 'x.pdf').pages[0]!.lines;
      assert.equal(lines[0]!.role, want);
    });
  }
});

describe('layoutDocument: wide white space', () => {
  it('a band of white far wider than a line starts a paragraph even after an unfinished line', () => {
    const chunks = [chunk('Contact: Press Office', 50, 100), chunk('(555) 010-2000', 50, 112), chunk('The agency began shipping the kits', 50, 160), chunk('on Monday.', 50, 172)];
    const lines = layoutDocument([{ index: 1, width: 612, height: 792, chunks }], 'x.pdf').pages[0]!.lines.filter((l) => l.text);
    assert.deepEqual(lines.map((l) => !!l.paragraphStart), [true, false, true, false]);
  });
});

describe('layoutDocument: heads that reach into a gutter, captions inside a sentence', () => {
  it('a large head a little wider than its column still lets the text under it split into columns', () => {
    const left = ['the left column starts', 'and ends its sentence', 'right here at the foot.'];
    const right = ['the right column goes', 'on until it ends here.'];
    const chunks = [
      chunk('A Head Over Columns', 50, 92, {}, 16), // 152 wide: reaches past x = 170, where the right column starts
      ...left.map((t, i) => chunk(t, 50, 110 + 12 * i)),
      ...right.map((t, i) => chunk(t, 175, 110 + 12 * i)),
    ];
    const lines = layoutDocument([{ index: 1, width: 612, height: 792, chunks }], 'x.pdf').pages[0]!.lines.map((l) => l.text).filter(Boolean);
    assert.deepEqual(lines, ['A Head Over Columns', ...left, ...right]);
  });

  it('a caption with a credit set inside a running sentence is read after the page text', () => {
    const chunks = [
      chunk('The harbour works began in', 50, 100), chunk('spring and the cranes', 50, 112),
      chunk('A crane at work. Credit: Jane Roe', 50, 140),
      chunk('arrived in May as they', 50, 168), chunk('had planned. Work went on', 50, 180), chunk('all summer long.', 50, 192),
    ];
    const lines = layoutDocument([{ index: 1, width: 612, height: 792, chunks }], 'x.pdf').pages[0]!.lines;
    assert.deepEqual(lines.map((l) => l.text).filter(Boolean), ['The harbour works began in', 'spring and the cranes', 'arrived in May as they', 'had planned. Work went on', 'all summer long.', 'A crane at work. Credit: Jane Roe']);
    assert.equal(lines.find((l) => l.text.includes('Credit'))?.role, 'caption');
  });
});

describe('layoutDocument: a pull quote and its signature', () => {
  it('a dash-led name right under a display block is read in one block with it', () => {
    const body = ['The budget was agreed on', 'Monday after a long debate.', 'Nobody was happy with it.'];
    const chunks = [
      ...body.map((t, i) => chunk(t, 50, 100 + 12 * i)),
      chunk('“Nobody was happy”', 50, 160, {}, 16),
      chunk('— Jane Roe', 50, 184, {}, 8),
      ...body.map((t, i) => chunk(t.toUpperCase().toLowerCase(), 50, 220 + 12 * i)),
    ];
    const lines = layoutDocument([{ index: 1, width: 612, height: 792, chunks }], 'x.pdf').pages[0]!.lines.map((l) => l.text);
    const at = lines.indexOf('“Nobody was happy”');
    assert.deepEqual(lines.slice(at - 1, at + 3), ['', '“Nobody was happy”', '— Jane Roe', '']);
  });
});
