// Folios and running heads in the page margins (hand-made chunks, no PDF engine).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { folioValue } from '../../src/extract/pdf/furniture.ts';
import { layoutDocument } from '../../src/extract/pdf/layout.ts';
import type { PdfChunk, PdfPage } from '../../src/extract/pdf/types.ts';

function chunk(text: string, x: number, baseline: number, fontSize = 10): PdfChunk {
  return { text, x, baseline, width: text.length * 0.5 * fontSize, fontSize };
}

function page(n: number, margin: PdfChunk[], body: PdfChunk[] = []): PdfPage {
  const text = [`on page ${n} the story goes on`, 'and on down the column', 'until the column ends here'];
  return { index: n, width: 612, height: 792, chunks: [...margin, ...body, ...text.map((t, i) => chunk(t, 50, 200 + 12 * i))] };
}

describe('folioValue', () => {
  const cases: [string, number | undefined][] = [
    ['12', 12], ['— 12 —', 12], ['- 7 -', 7], ['| 3', 3], ['Page 4', 4], ['p. 9', 9], ['Page 2 of 10', 2],
    ['Continued on Page 5', undefined], ['12 angry men', undefined], ['1999 elections', undefined],
  ];
  for (const [text, want] of cases) it(JSON.stringify(text), () => assert.equal(folioValue(text), want));
});

describe('removeFurniture through layoutDocument', () => {
  const cases: { name: string; margin: (n: number) => PdfChunk[]; labels: (number | undefined)[] }[] = [
    { name: 'a centred folio between dashes at the foot', margin: (n) => [chunk(`— ${n + 30} —`, 290, 770)], labels: [31, 32, 33] },
    { name: '"Page N" at the top', margin: (n) => [chunk(`Page ${n + 4}`, 500, 40)], labels: [5, 6, 7] },
    {
      name: 'folios alternating left and right beside a running head',
      margin: (n) => (n % 2 ? [chunk(String(n + 10), 50, 40), chunk('THE QUARTERLY', 80, 40)] : [chunk('THE QUARTERLY', 400, 40), chunk(String(n + 10), 550, 40)]),
      labels: [11, 12, 13],
    },
    {
      name: 'a jump line at the foot is not a folio',
      margin: (n) => [chunk(`Continued on page ${n + 8}`, 400, 760)],
      labels: [undefined, undefined, undefined],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const raw = layoutDocument([1, 2, 3].map((n) => page(n, c.margin(n))), 'x.pdf');
      assert.deepEqual(raw.pages.map((p) => p.label), c.labels);
      for (const p of raw.pages) assert.ok(p.lines.some((l) => l.text.startsWith(`on page ${p.index}`)));
    });
  }

  it('keeps a word that a justified top line sets apart with wide spaces', () => {
    const words = ['', 'apples', 'pears', 'plums'];
    const top = (n: number) => [chunk(`${words[n]} of,`, 50, 40), chunk('the', 110, 40), chunk(`${words[n]} here`, 140, 40)];
    const raw = layoutDocument([1, 2, 3].map((n) => page(n, [], top(n))), 'x.pdf');
    for (const p of raw.pages) assert.ok(p.lines.some((l) => l.text === `${words[p.index]} of, the ${words[p.index]} here`), JSON.stringify(p.lines));
  });
});
