// A single line of several megabytes (a text dump without line breaks, or hostile input) must go through every
// stage of the pipeline: no stack overflow in a regex, no quadratic scan that never ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readText } from '../../src/extract/readText.ts';
import { extractDocument } from '../../src/pipeline.ts';
import { loadLexicon } from '../../src/lexicon.ts';

const MB = 1_000_000;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

const CASES: Array<{ name: string; text: () => string }> = [
  { name: 'one 10 MB word', text: () => repeatTo('a', 10 * MB) },
  { name: 'prose on one 1 MB line', text: () => repeatTo('The minister said that “the budget would rise” next year, Mr Smith told reporters. ', MB) },
  { name: 'a 1 MB hyphenated chain', text: () => repeatTo('ab-', MB) },
  { name: 'capitals spaced apart, 1 MB', text: () => repeatTo('A ', MB) },
  { name: 'glued sentence ends, 1 MB', text: () => repeatTo('word.Word', MB) },
  { name: 'an unclosed quote, 1 MB', text: () => '“' + repeatTo('said word ', MB) },
];

for (const c of CASES) {
  // The timeout guards against a hang (a quadratic pass takes many minutes at this size); it measures nothing.
  test(`long line: ${c.name} goes through every stage`, { timeout: 120_000 }, () => {
    const text = c.text();
    const doc = extractDocument(readText(text, 'long.txt'), { id: 'long' }, { lexicon: loadLexicon() });
    assert.ok(doc.paragraphs.length >= 1, 'some paragraph comes out');
    assert.ok((doc.stats.passes ?? []).length > 0, 'the passes ran');
  });
}
