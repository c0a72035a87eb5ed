// A transcript label names a person (`MR. VOSS:`, `THE CHAIR:`), never a section (`SUMMARY:`, `FOR FURTHER INFORMATION CONTACT:`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPeople } from '../../src/attribute/people.ts';
import { labelSpeaker } from '../../src/attribute/roles.ts';
import { buildVocabulary } from '../../src/attribute/tokens.ts';

const texts = [
  'Senator Orla Voss opened the hearing. The summary of the rule and the addresses for comments follow.',
  'For further information contact the office. The dates are in the notice.',
];
const people = buildPeople(texts, [], buildVocabulary(texts));

const cases: [string, string | null][] = [
  ['MR. VOSS', 'Orla Voss'],
  ['SENATOR VOSS', 'Orla Voss'],
  ['THE PRESIDENT', 'The President'],
  ['SUMMARY', null],
  ['ADDRESSES', null],
  ['FOR FURTHER INFORMATION CONTACT', null],
  ['DATES', null],
];

for (const [label, want] of cases) {
  test(`label "${label}" speaks as ${want}`, () => {
    assert.equal(labelSpeaker(label, people), want);
  });
}
