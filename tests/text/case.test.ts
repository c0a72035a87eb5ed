// One title-caser: names set in capitals read as in running text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isShouted, titleCase, unshout } from '../../src/text/case.ts';

const cases: [string, string, string][] = [
  // input, titleCase, unshout
  ['JANE O’NEIL', 'Jane O’Neil', 'Jane O’Neil'],
  ['MR. ROE-SMITH', 'Mr. Roe-Smith', 'Mr. Roe-Smith'],
  ['Jane McLane', 'Jane Mclane', 'Jane McLane'],
  ['DR. ANNA VOSS', 'Dr. Anna Voss', 'Dr. Anna Voss'],
  ['1984', '1984', '1984'],
];

for (const [input, title, plain] of cases) {
  test(`case: ${input}`, () => {
    assert.equal(titleCase(input), title);
    assert.equal(unshout(input), plain);
  });
}

test('shouted means capitals and no small letters', () => {
  assert.equal(isShouted('THE PRESIDENT'), true);
  assert.equal(isShouted('The President'), false);
  assert.equal(isShouted('— 12 —'), false);
});
