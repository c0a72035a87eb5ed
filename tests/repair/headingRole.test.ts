// A subhead the PDF reader found set as a heading (bold, mixed case) stays where it is printed, and becomes a
// heading paragraph (invented text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairDisplacedHeads } from '../../src/repair/columns.ts';
import { segmentParagraphs } from '../../src/segment/paragraphs.ts';
import { blocks, texts, workBlocks } from '../helpers/pages.ts';

const PAGE = `The ferry will not sail until the pier
is repaired, the harbour master said.

Buses replace the ferry

Replacement buses will run every half
hour from the station forecourt.

Tickets bought for the ferry remain
valid on the buses until Friday.`;

function asHeading<T extends { lines: { role?: string }[] }>(bs: T[], at: number): T[] {
  return bs.map((b, i) => (i === at ? { ...b, lines: b.lines.map((l) => ({ ...l, role: 'heading' as const })) } : b));
}

test('displaced heads: a line set as a heading is not a column head to move', () => {
  const cases: [string, boolean, string[]][] = [
    ['set as a heading: stays', true, ['The ferry will not sail until the pier / is repaired, the harbour master said.', 'Buses replace the ferry']],
    ['plain text: an orphaned column head moves', false, ['Buses replace the ferry / The ferry will not sail until the pier / is repaired, the harbour master said.']],
  ];
  for (const [name, heading, want] of cases) {
    const page = heading ? asHeading(workBlocks(PAGE), 1) : workBlocks(PAGE);
    assert.deepEqual(texts(repairDisplacedHeads(page, false).blocks).slice(0, want.length), want, name);
  }
});

test('paragraphs: a mixed-case line set as a heading is a heading, a sentence set bold is not', () => {
  const cases: [string, string, string][] = [
    ['Buses replace the ferry', 'heading', 'Buses replace the ferry'],
    ['Buses replace the ferry today.', 'body', 'Buses replace the ferry today.'],
  ];
  for (const [line, kind, text] of cases) {
    const bs = asHeading(blocks(PAGE.replace('Buses replace the ferry', line)), 1);
    const ps = segmentParagraphs(bs, new Map([[1, 40]]), new Set());
    const p = ps.find((x) => x.text.startsWith(text));
    assert.equal(p?.kind, kind, line);
  }
});
