// What a user types → the Meilisearch query: phrases in any quotes, figures exact, spellings and synonyms keyed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitQuery, toEngineQuery } from '../../src/search/queryText.ts';
import { compileSynonyms } from '../../src/text/searchForm.ts';

const synonyms = compileSynonyms([['quokka island', 'rottnest'], ['zephyr', 'zefir']]);

const cases: Array<[string, string]> = [
  ['plain words', 'plain words'],
  ['several   spaces', 'several spaces'],
  ['"straight phrase"', '"straight phrase"'],
  ['“curly phrase”', '"curly phrase"'],
  ['„German phrase“', '"German phrase"'],
  ['«guillemets»', '"guillemets"'],
  ["'single quotes'", '"single quotes"'],
  ['‘curly single’', '"curly single"'],
  ["the island's ferry", "island's ferry"],
  ['it’s ‘quoted’ here', 'it’s "quoted"'],
  ['"unclosed phrase', '"unclosed phrase"'],
  ['30.3', '"30d3"'],
  ['30.3 million', '"30300000"'],
  ['€30.3m budget', '"30300000" budget'],
  ['1,200', '"1200"'],
  ['5 per cent', '"5 percent"'],
  ['60-70%', '"60" "70 percent"'],
  ['-2019 election', '-"2019" election'],
  ['"spent €30.3 million"', '"spent 30d3 million 30300000"'],
  ['democratisation', 'democratization'],
  ['"controlled democratisation"', '"controlled democratization"'],
  ['rottnest ferry', '"quokka island" ferry'],
  ['"ferry to Rottnest"', '"ferry to quokka island"'],
  ['zefir -rottnest', 'zephyr -"quokka island"'],
  ['-"not this" quokka', '-"not this" quokka'],
  ['who won the 2019 election', 'won "2019" election'],
  ['"who won the election"', '"who won the election"'],
  ['who was it', 'who was it'],
  ['the “exact phrase” of it', '"exact phrase"'],
];
for (const [typed, want] of cases) test(`query ${typed}`, () => assert.equal(toEngineQuery(typed, synonyms), want));

test('a query is split into plain runs and phrases', () => {
  assert.deepEqual(splitQuery('who said “hello world” twice'), [
    { phrase: false, text: 'who said ', negated: false },
    { phrase: true, text: 'hello world', negated: false },
    { phrase: false, text: ' twice', negated: false },
  ]);
});
