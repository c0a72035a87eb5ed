import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breakWords, joinSpacedLines, repairLetterSpacing } from '../../src/repair/letterSpacing.ts';

const WORDS = new Set(['by', 'special', 'report', 'stake', 'holder', 'stakeholder', 'opinion', 'proceedings', 'the', 'cat']);
const isWord = (w: string) => WORDS.has(w.toLowerCase()) || w === 'NEWSWIRE';

const cases: [string, string, boolean][] = [
  ['B y J a n e R o e | N E W S W I R E. c o m', 'By Jane Roe | NEWSWIRE.com', true],
  ['S TA K E H O L D E R O P I N I O N', 'STAKEHOLDER OPINION', true],
  ['S P E C I A L R E P O R T', 'SPECIAL REPORT', true],
  ['P R O C E E D I N G S', 'PROCEEDINGS', true],
  ['the cat is in a box', 'the cat is in a box', false],
  ['as it is to be on', 'as it is to be on', false],
];

for (const [input, expected, fixed] of cases) {
  test(`repairLetterSpacing: ${input}`, () => {
    assert.deepEqual(repairLetterSpacing(input, isWord), { text: expected, fixed });
  });
}

test('breakWords prefers fewer, longer words', () => {
  assert.deepEqual(breakWords('stakeholderopinion', isWord), ['stakeholder', 'opinion']);
  assert.equal(breakWords('xyzzy', isWord), null);
});

test('repairLetterSpacing: a joining word between names is split off', () => {
  const names = (w: string) => ['doe', 'roe', 'by', 'and', 'jane', 'john'].includes(w.toLowerCase());
  assert.equal(repairLetterSpacing('B y J o h n D o e a n d J a n e R o e', names).text, 'By John Doe and Jane Roe');
});

const lineCases: { name: string; input: string[]; want: string[] }[] = [
  { name: 'a spaced byline broken over blank lines is one line again', input: ['B y', '', 'J a n e', '', 'R o e', '', '|', '', 'T H E', 'Text.'], want: ['B y J a n e R o e | T H E', 'Text.'] },
  { name: 'a drop cap printed inside the run stays apart, after it', input: ['B y', '', 'J a n e', '', 'W', '', 'R o e', '', 'ith text'], want: ['B y J a n e R o e', '', 'W', '', 'ith text'] },
  { name: 'a single spaced word is left to the line repair', input: ['J a n e', 'Text.'], want: ['J a n e', 'Text.'] },
  { name: 'ordinary short lines stay', input: ['as it', '', 'is to', 'be.'], want: ['as it', '', 'is to', 'be.'] },
];

for (const c of lineCases) {
  test(`joinSpacedLines: ${c.name}`, () => {
    assert.deepEqual(joinSpacedLines(c.input.map((text) => ({ text }))).map((l) => l.text), c.want);
  });
}

test('repairLetterSpacing: a line of spaced letters and kerned pairs is one word', () => {
  assert.equal(repairLetterSpacing('T H E', isWord).text, 'THE');
  assert.equal(repairLetterSpacing('C AT', isWord).text, 'C AT');
  assert.equal(repairLetterSpacing('S TAT E M E N T', () => false).text, 'STATEMENT');
});
