import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairDealtColumns } from '../../src/repair/interleave.ts';
import { texts, workBlocks } from '../helpers/pages.ts';

const cases: { name: string; input: string; want: string[] }[] = [
  {
    name: 'left and right column blocks dealt out alternately go back one column after the other',
    input: 'and so it went on.\n\ncomes back every spring.\n\nQ: Your favourite word?\n\nQ: What is next?\n\nA: Rain.\nQ: Why?\nA: It sounds like home, and it\n\nA: A new album.',
    want: ['and so it went on.', 'Q: Your favourite word?', 'A: Rain. / Q: Why? / A: It sounds like home, and it', 'comes back every spring.', 'Q: What is next?', 'A: A new album.'],
  },
  {
    name: 'a page already in order stays',
    input: 'Q: One?\n\nA: Yes.\n\nQ: Two?\n\nA: No.\n\nQ: Three?\n\nA: Maybe.',
    want: ['Q: One?', 'A: Yes.', 'Q: Two?', 'A: No.', 'Q: Three?', 'A: Maybe.'],
  },
  {
    name: 'running text without turns stays',
    input: 'The first block ends.\n\nThe second block ends.\n\nThe third one ends.\n\nThe fourth one ends.',
    want: ['The first block ends.', 'The second block ends.', 'The third one ends.', 'The fourth one ends.'],
  },
];

for (const c of cases) {
  test(`repairDealtColumns: ${c.name}`, () => {
    assert.deepEqual(texts(repairDealtColumns(workBlocks(c.input)).blocks), c.want);
  });
}
