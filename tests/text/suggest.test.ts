// "Did you mean …?": edit distance, closest words, corrected queries and speaker names (src/text/suggest.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestWord, editDistance, makeVocabulary, suggestQueries, vocabularyOf } from '../../src/text/suggest.ts';

const distances: Array<[string, string, number]> = [
  ['quokka', 'quokka', 0], ['quokka', 'qokka', 1], ['quokka', 'quokak', 1], ['zephyr', 'zefir', 3], ['', 'abc', 3], ['abc', '', 3],
];
for (const [a, b, d] of distances) test(`editDistance ${a}/${b} = ${d}`, () => assert.equal(editDistance(a, b), d));

test('the distance is capped', () => assert.equal(editDistance('abcdefgh', 'zyxwvuts', 2), 3));

const vocabulary = makeVocabulary(['island', 'ferry', 'quokkas', 'zephyr', 'harbour', 'pollen']);

test('closest word within the allowed distance, else none', () => {
  assert.equal(closestWord('quokas', vocabulary), 'quokkas');
  assert.equal(closestWord('zehpyr', vocabulary), 'zephyr');
  assert.equal(closestWord('xylophone', vocabulary), null);
});

const suggestions: Array<[string, string[]]> = [
  ['quokas ferri', ['quokkas ferry']],
  ['Zehpyr', ['Zephyr']],
  ['island ferry', []],
  ['Sampel', ['Bo Sample']],
  ['xylophone', []],
];
for (const [q, want] of suggestions) {
  test(`suggestions for ${q}`, () => assert.deepEqual(suggestQueries(q, vocabulary, ['Ada Example', 'Bo Sample']), want));
}

test('vocabulary: distinct words by frequency, stop words and short words left out', () => {
  assert.deepEqual(vocabularyOf(['The ferry, the ferry and the island', 'island ferry'], new Set(['the', 'and']), 10), ['ferry', 'island']);
});
