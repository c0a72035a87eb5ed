import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markContinuations } from '../../src/repair/continuations.ts';
import { DEFAULT_REPAIR } from '../../src/conventions/repair.ts';
import { texts, workBlocks } from '../helpers/pages.ts';

const cases: { name: string; text: string; sectionStart?: number; want: string[]; continues: boolean[] }[] = [
  {
    name: 'running text cut between blocks goes on',
    text: 'The ferry left the pier and\n\nsailed for the island at noon.',
    want: ['The ferry left the pier and', 'sailed for the island at noon.'],
    continues: [false, true],
  },
  {
    name: 'a wide band above the block sets it apart',
    text: 'Ferry timetable for the\n\nThe ferry left at noon.',
    sectionStart: 1,
    want: ['Ferry timetable for the', 'The ferry left at noon.'],
    continues: [false, false],
  },
  {
    name: 'dateline and contact lines part from each other and from the lead',
    text: 'Embargoed Until: Monday, May 4, 2015\nPress Contact: Harbour Office\n555 0100\n\nThe ferry company announced a new route.',
    want: ['Embargoed Until: Monday, May 4, 2015', 'Press Contact: Harbour Office / 555 0100', 'The ferry company announced a new route.'],
    continues: [false, false, false],
  },
  {
    name: 'a long line with a colon is running text, not a label',
    text: 'The mayor said one thing was certain: the ferry would run every day of the\n\nweek from June.',
    want: ['The mayor said one thing was certain: the ferry would run every day of the', 'week from June.'],
    continues: [false, true],
  },
];

for (const c of cases) {
  test(`continuations: ${c.name}`, () => {
    const blocks = workBlocks(c.text);
    if (c.sectionStart !== undefined) {
      const b = blocks[c.sectionStart]!;
      b.lines[0] = { ...b.lines[0]!, sectionStart: true };
    }
    const out = markContinuations(blocks, DEFAULT_REPAIR);
    assert.deepEqual(texts(out), c.want);
    assert.deepEqual(out.map((b) => b.continues), c.continues);
  });
}
