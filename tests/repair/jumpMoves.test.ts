import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../src/extract/readText.ts';
import { repairDocument } from '../../src/repair/index.ts';
import { repairJumps } from '../../src/repair/jumps.ts';
import { page } from '../helpers/pages.ts';

const flat = (text: string): string[] => repairDocument(readText(text, 'x.txt')).blocks.map((b) => b.lines.map((l) => l.text).join(' '));

const cases: { name: string; text: string; want: string[] }[] = [
  {
    name: 'a keyword jump over another story comes back behind its jump line',
    text: 'Harbour plans were set out on Monday by the\nSee Harbour, Page 3\f\nThe fair opens on Friday.\f\nHarbour, from Page 1\ncouncil, which meets again in May.',
    want: ['Harbour plans were set out on Monday by the', 'council, which meets again in May.', 'The fair opens on Friday.'],
  },
  {
    name: 'a numbered jump with a `continued from` head',
    text: 'The vote was held in the\n(Continued on p. 3)\f\nThe fair opens on Friday.\f\n(Continued from p. 1)\nspring of that year.',
    want: ['The vote was held in the', 'spring of that year.', 'The fair opens on Friday.'],
  },
  {
    name: 'a jump to the next page stays in place',
    text: 'The vote was held in the\nContinued on page 2\f\nContinued from page 1\nspring of that year.\n\nThe fair opens on Friday.',
    want: ['The vote was held in the', 'spring of that year.', 'The fair opens on Friday.'],
  },
];

for (const c of cases) {
  test(`moveJumpedText: ${c.name}`, () => {
    assert.deepEqual(flat(c.text), c.want);
  });
}

test('repairJumps: lower-case and `p.` forms label the pages and leave no marker', () => {
  const r = repairJumps([page(1, 'runs on\n(Continued on p. 2)'), page(2, 'continued from page 1\nends.')]);
  assert.deepEqual(r.labels, [1, 2]);
  assert.deepEqual(r.pages.map((p) => p.lines.map((l) => l.text)), [['runs on'], ['ends.']]);
  assert.deepEqual(r.pages[1]!.lines[0]!.jump, { from: 1 });
});

test('moveJumpedText: without a jump head, a page that opens mid-sentence takes up the jump', () => {
  const text = 'The vote was held in the\nContinued on page 3\n— 1 —\f\nThe fair opens on Friday.\n— 2 —\f\nspring of that year.\n\nBy Ann Lee\nAnother story.\n— 3 —';
  assert.deepEqual(flat(text), ['The vote was held in the', 'spring of that year.', 'The fair opens on Friday.', 'By Ann Lee Another story.']);
});
