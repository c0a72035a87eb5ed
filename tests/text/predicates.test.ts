import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endsSentence } from '../../src/text/predicates.ts';

const cases: [string, boolean][] = [
  ['said Director Anna K.', false],
  ['The vote was held.', true],
  ['it moved to the U.S.', true],
  ['“We won,” she said.”', true],
  ['and the', false],
];

for (const [text, want] of cases) {
  test(`endsSentence: ${text}`, () => assert.equal(endsSentence(text), want));
}
