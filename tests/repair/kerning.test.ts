import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairKerning } from '../../src/repair/kerning.ts';
import { buildVocabulary, lexiconFromWords } from '../../src/text/lexicon.ts';
import { DEFAULT_REPAIR } from '../../src/conventions/repair.ts';

const lexicon = lexiconFromWords(['yeah', 'so', 'well', 'there’s', 'there', 'a', 'i', 'plan', 'the', 'of', 'example', 'com',
  'mrs', 'smith', 'broad', 'abroad', 'corona', 'virus', 'boat', 'house', 'it', 'on', 'go', 'now', 'dies']);
const doc = ['the coronavirus spread', 'the coronavirus again', 'a boathouse and a planit', 'a planit here'];
const vocabulary = buildVocabulary(doc);
const ev = { lexicon, count: vocabulary.count };

const cases: { input: string; expected: string; why: string }[] = [
  { input: 'Yeah.So we went', expected: 'Yeah. So we went', why: 'a sentence end glued to the next word' },
  { input: 'well?So what', expected: 'well? So what', why: 'question mark' },
  { input: 'the U.S.Army base', expected: 'the U.S.Army base', why: 'an abbreviation keeps its dots' },
  { input: 'see example.Com today', expected: 'see example.Com today', why: 'a domain keeps its dot' },
  { input: 'met Mrs.Smith there', expected: 'met Mrs.Smith there', why: 'a title is no sentence end' },
  { input: 'visit www.Example.com now', expected: 'visit www.Example.com now', why: 'a dot after the right side: a domain' },
  { input: 'and there’sa plan', expected: 'and there’s a plan', why: 'a function word glued to a word' },
  { input: 'went abroad again', expected: 'went abroad again', why: 'a real word stays whole' },
  { input: 'the coronavirus spread', expected: 'the coronavirus spread', why: 'no function word among the parts' },
  { input: 'the boathouse', expected: 'the boathouse', why: 'two content words: no evidence of a lost space' },
  { input: 'a planit', expected: 'a planit', why: 'the document prints the glued form elsewhere' },
  { input: 'L adies and', expected: 'L adies and', why: 'a drop cap before the run: the run is the rest of a word' },
  { input: 'and goit', expected: 'and go it', why: 'a function word at the end' },
];

for (const c of cases) {
  test(`repairKerning: ${c.why}`, () => {
    assert.equal(repairKerning(c.input, ev, DEFAULT_REPAIR).text, c.expected);
  });
}
