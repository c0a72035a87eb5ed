// Opinion: the author speaks the body, not the disclaimer or the bio; quoted people are added.
// All people and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, attribute, doc, heard } from './helpers.ts';

const AUTHOR = 'Clara Oyelaran';

const column = article('opinion', [AUTHOR], [
  ['disclaimer', 'DISCLAIMER: All opinions in this column reflect the views of the author(s), not of the publisher.'],
  ['caption', `Ambassador ${AUTHOR} [Press office]`],
  ['standfirst', `The vote in January matters far beyond our borders, writes ${AUTHOR}.`],
  ['bio', `${AUTHOR} is the ambassador of the Republic of Freeland to the Union.`],
  'Our country has changed more in five years than in the fifty before.',
  'As former Commission President Henrik Dall noted after his visit last year, the partnership is a model.',
  'I am confident that the vote will strengthen our ties.',
  'Henrik Dall told us last year: “The partnership is a model.”',
]);

test('opinion: every body paragraph is the author’s', () => {
  const [paras] = attribute(doc(column));
  for (const i of [4, 5, 6]) assert.equal(paras?.[i]?.speakers[0], AUTHOR, `paragraph ${i}`);
  assert.deepEqual(paras?.[4]?.roles, { [AUTHOR]: 'author' });
});

test('opinion: the disclaimer, caption and bio are not the author’s words', () => {
  const [paras] = attribute(doc(column));
  for (const i of [0, 1, 3]) assert.deepEqual(paras?.[i]?.speakers, [], `paragraph ${i}`);
});

test('opinion: a person quoted with marks is added to the author; one only reported ("As X noted, …") is not', () => {
  const [paras] = attribute(doc(column));
  assert.deepEqual(paras?.[5]?.roles, { [AUTHOR]: 'author' });
  assert.deepEqual(paras?.[7]?.speakers, [AUTHOR, 'Henrik Dall']);
  assert.deepEqual(paras?.[7]?.roles, { [AUTHOR]: 'author', 'Henrik Dall': 'quoted' });
  assert.equal(paras?.[7]?.voice, AUTHOR);
  assert.deepEqual(paras?.[7]?.quotes.map((q) => [q.speaker, q.text, q.cue]), [['Henrik Dall', 'The partnership is a model.', 'Henrik Dall told']]);
});

test('opinion: "…, writes X" in the standfirst is the editor presenting the author: no voice, no speaker', () => {
  const [paras] = attribute(doc(column));
  assert.deepEqual(paras?.[2]?.roles, {});
  assert.equal(paras?.[2]?.voice, null);
});

test('opinion: without a byline the standfirst names the author', () => {
  const [paras] = attribute(doc(article('opinion', [], [
    ['standfirst', `The vote in January matters far beyond our borders, writes ${AUTHOR}.`],
    'Our country has changed more in five years than in the fifty before.',
  ])));
  assert.deepEqual(heard(paras?.[1]), [AUTHOR]);
});

test('opinion: a bio or disclaimer marked as body is still not the author’s', () => {
  const [paras] = attribute(doc(article('opinion', [AUTHOR], [
    `${AUTHOR} is the ambassador of the Republic of Freeland to the Union.`,
    'Disclaimer: the views are the author’s own.',
    'Our country has changed.',
  ])));
  assert.deepEqual(paras?.map((p) => p.speakers), [[], [], [AUTHOR]]);
});
