// Agency copy closes on the agency's name in brackets after its last stop (invented lines).
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { endsSentence } from '../../src/text/predicates.ts';

const cases: [string, boolean][] = [
  ['Tuesday. (Tidewire)', true],
  ['the line reopens next week. (North Wire Service)', true],
  ['the line reopens next week.', true],
  ['the line, which the (Tidewire)', false],
  ['a caption of the bridge (Photo: Ola Berg)', false],
  ['the operator said (in a statement)', false],
  ['(Harbourwire)', true], // the tag wrapped to a line of its own under the last sentence
  ['(North Wire Service)', true],
  ['(in a statement)', false],
  ['(Photo: Ola Berg)', false],
];
for (const [text, want] of cases) it(text, () => assert.equal(endsSentence(text), want));
