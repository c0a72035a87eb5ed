// The people index: grouping forms of a name, resolving mentions and descriptions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPeople } from '../../src/attribute/people.ts';
import { namesMatch, wordsMatch } from '../../src/attribute/similarity.ts';
import { buildVocabulary } from '../../src/attribute/tokens.ts';

const texts = [
  'Kazimir Dvornik-Hale, the party leader, spoke first.',
  'Sam Ortega-Lind is a professor. Samuel Ortega-Lind answered questions, and Samuel Ortega-Lynd left.',
  'Former president Gustav Arnfeldt and President Liv Tamsen met the grandmother of five, Greta Holm.',
  'The ruling Bright Dawn party won. Her grandson Tobias Holm was there.',
];
const people = buildPeople(texts, ['Nadia Petrescu'], buildVocabulary(texts));

const resolveCases: [string, string | null][] = [
  ['Dvornik-Hale', 'Kazimir Dvornik-Hale'],
  ['Ortega-Lind', 'Samuel Ortega-Lind'],
  ['Sam Ortega-Lind', 'Samuel Ortega-Lind'],
  ['Ortega-Lynd', 'Samuel Ortega-Lind'],
  ['Tamsen', 'Liv Tamsen'],
  ['Petrescu', 'Nadia Petrescu'],
  ['Tobias', 'Tobias Holm'],
  ['Dawn', null],
  ['Unknown', null],
];

for (const [mention, want] of resolveCases) {
  test(`people: "${mention}" resolves to ${want}`, () => {
    assert.equal(people.resolve(mention.split(' ')), want);
  });
}

test('people: a shared surname goes to the person named most recently', () => {
  assert.equal(people.resolve(['Holm'], ['Greta Holm', 'Tobias Holm']), 'Tobias Holm');
  assert.equal(people.resolve(['Holm'], ['Tobias Holm', 'Greta Holm']), 'Greta Holm');
});

test('people: descriptions resolve through printed titles; "former" is somebody else', () => {
  assert.equal(people.describe('president', [], []), 'Liv Tamsen');
  assert.equal(people.describe('president', ['former'], []), 'Gustav Arnfeldt');
  assert.equal(people.describe('leader', ['party'], []), 'Kazimir Dvornik-Hale');
  assert.equal(people.describe('minister', [], []), null);
});

test('people: gender from printed words, for pronouns', () => {
  assert.equal(people.genderOf('Greta Holm'), 'f');
  assert.equal(people.genderOf('Tobias Holm'), 'm');
  assert.equal(people.genderOf('Liv Tamsen'), null);
});

test('similarity: misspellings, short forms and initials', () => {
  assert.ok(namesMatch('Lindqvist', 'Lindquist'));
  assert.ok(!namesMatch('Lindqvist', 'Lindgren'));
  assert.ok(!namesMatch('Ivan', 'Ivar'), 'short words are not compared fuzzily');
  assert.ok(namesMatch('DvornikHale', 'Dvornik-Hale'));
  assert.ok(wordsMatch(['J.', 'Tallis'], ['John', 'Tallis']));
  assert.ok(wordsMatch(['Sam', 'Ortega'], ['Samuel', 'Ortega']));
  assert.ok(!wordsMatch(['Greta', 'Holm'], ['Tobias', 'Holm']));
  assert.ok(wordsMatch(['Ortega'], ['Samuel', 'Ortega'], false), 'a surname alone fits the full name');
});

const contractionCases: [string, string[]][] = [
  ['I’m Lotte Brandt, I run the chandlery.', ['Lotte Brandt']],
  ["I'm Lotte Brandt and this is Aled Prys.", ['Aled Prys', 'Lotte Brandt']],
  ['I’ve met Lotte Brandt twice.', ['Lotte Brandt']],
];

for (const [text, want] of contractionCases) {
  test(`people: a first-person contraction is no part of a name: ${text}`, () => {
    assert.deepEqual(buildPeople([text], [], buildVocabulary([text])).names().sort(), want);
  });
}
