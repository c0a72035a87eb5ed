// A document's metadata may override any convention, field by field, in the shape of the default it replaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONVENTIONS, withOverrides } from '../../src/conventions/index.ts';
import { InputError } from '../../src/domain/errors.ts';
import { extractDocument } from '../../src/pipeline.ts';
import { readText } from '../../src/extract/readText.ts';

test('a list and a number replace their defaults; other fields and areas stay', () => {
  const c = withOverrides(DEFAULT_CONVENTIONS, { attribution: { firstPersonWords: ['nous'], firstPersonShareMin: 0.6 } });
  assert.deepEqual(c.attribution.firstPersonWords, ['nous']);
  assert.equal(c.attribution.firstPersonShareMin, 0.6);
  assert.equal(c.attribution.cuedQuoteShareMax, DEFAULT_CONVENTIONS.attribution.cuedQuoteShareMax);
  assert.equal(c.furniture, DEFAULT_CONVENTIONS.furniture);
  assert.notDeepEqual(DEFAULT_CONVENTIONS.attribution.firstPersonWords, ['nous'], 'the defaults are not changed');
});

test('a nested object is merged key by key', () => {
  const c = withOverrides(DEFAULT_CONVENTIONS, { attribution: { intervieweeVotes: { caption: 9 } } });
  assert.equal(c.attribution.intervieweeVotes.caption, 9);
  assert.equal(c.attribution.intervieweeVotes.title, DEFAULT_CONVENTIONS.attribution.intervieweeVotes.title);
});

const refused: [string, Record<string, Record<string, unknown>>, RegExp][] = [
  ['an unknown area', { astrology: { x: 1 } }, /unknown area 'astrology'/],
  ['an unknown field', { attribution: { favouriteColour: 'red' } }, /no field 'favouriteColour'/],
  ['a string for a number', { attribution: { firstPersonShareMin: 'high' } }, /firstPersonShareMin must be a number/],
  ['a string for a list', { attribution: { firstPersonWords: 'i me' } }, /firstPersonWords must be a list/],
  ['a number inside a list of words', { attribution: { firstPersonWords: ['i', 3] } }, /firstPersonWords\[1\] must be a string/],
  ['an unknown key of a nested object', { attribution: { intervieweeVotes: { horoscope: 1 } } }, /no field 'horoscope'/],
];

for (const [what, overrides, message] of refused) {
  test(`refused: ${what}`, () => {
    assert.throws(() => withOverrides(DEFAULT_CONVENTIONS, overrides), (e: unknown) => e instanceof InputError && message.test(e.message));
  });
}

const raw = { source: 'memo.txt', pages: [{ index: 1, lines: [{ text: 'We will open the new ferry pier in May.' }] }] };

test('the pipeline reads the overrides of a document, and refuses bad ones with an InputError', () => {
  const doc = extractDocument(raw, { id: 'memo', conventions: { attribution: { firstPersonShareMin: 0.9 } } });
  assert.equal('conventions' in doc.document, false, 'overrides are not echoed as document facts');
  assert.throws(() => extractDocument(raw, { id: 'memo', conventions: { attribution: { firstPersonShareMin: 'x' } } }), InputError);
});

/** A dump whose byline form (`Par X`) the generic defaults do not know. */
const french = readText([
  'Harbour Lights Return Tonight',
  'Par Mara Quill',
  '',
  'The lights of the old harbour came back on Tuesday evening after ten years of darkness, and the',
  'whole town walked down to the quay to see them. The council paid for the repair from its own funds.',
  '',
  'Fishermen said the lights would make the night crossing safer. The work took four months to finish.',
].join('\n'), 'lights.txt');

test('an override of the byline forms reaches segmentation', () => {
  const plain = extractDocument(french, { id: 'lights' });
  assert.deepEqual(plain.articles.flatMap((a) => a.authors), [], 'the default forms do not read `Par X`');
  const leadBylines = ['^(?:By|Par)\\s+(\\p{Lu}.*)$'];
  const doc = extractDocument(french, { id: 'lights', conventions: { articles: { leadBylines } } });
  assert.deepEqual(doc.articles.map((a) => [a.title, a.authors]), [['Harbour Lights Return Tonight', ['Mara Quill']]]);
});
