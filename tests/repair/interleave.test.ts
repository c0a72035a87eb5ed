import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairDealtColumns } from '../../src/repair/interleave.ts';
import { texts, workBlocks } from '../helpers/pages.ts';

const cases: { name: string; input: string; want: string[] }[] = [
  {
    name: 'left and right column blocks dealt out alternately go back one column after the other',
    input: 'Q: Where were you born?\nA: By the sea.\n\nA: Yes, every summer.\n\nQ: And later?\n\nQ: Why?\n\nA: Inland, for work.\nQ: Did you go back?\n\nA: For the light.',
    want: ['Q: Where were you born? / A: By the sea.', 'Q: And later?', 'A: Inland, for work. / Q: Did you go back?', 'A: Yes, every summer.', 'Q: Why?', 'A: For the light.'],
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
