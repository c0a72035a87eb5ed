// The search form of a text: figures, spellings and a document's synonyms canonical, mapped back for highlights.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSynonyms, formSpansToText, toSearchForm } from '../../src/text/searchForm.ts';

const synonyms = compileSynonyms([['quokka island', 'rottnest', 'rotto'], ['zephyr', 'zefir']]);

const cases: Array<[string, string, string | null]> = [
  ['no change', 'plain words only', null],
  ['figure', 'spent €30.3 million.', 'spent 30d3 million 30300000.'],
  ['spelling', 'The colour of the centre', 'The color of the center'],
  ['one-word synonym to several words', 'ferry to Rottnest today', 'ferry to quokka island today'],
  ['the first spelling itself, with any joiner, stays', 'the Quokka-Island ferry', null],
  ['synonym with a spelling variant inside', 'the Zefir harbour', 'the zephyr harbor'],
];
for (const [name, text, want] of cases) {
  test(`search form: ${name}`, () => {
    const f = toSearchForm(text, synonyms);
    assert.equal(f.changed, want !== null);
    assert.equal(f.form, want ?? text);
  });
}

test('synonyms apply only with the table of the document that declares them', () => {
  assert.equal(toSearchForm('ferry to Rottnest').changed, false);
});

test('a match in the search form maps back to the whole printed figure', () => {
  const text = 'They spent €30.3 million on it.';
  const { form, segments } = toSearchForm(text);
  const at = form.indexOf('30300000');
  const [span] = formSpansToText(segments, [{ start: at, end: at + 8 }]);
  assert.equal(text.slice(span!.start, span!.end), '€30.3 million');
});

test('groups repeated by many documents compile to one table', () => {
  const group = ['quokka island', 'rottnest'];
  assert.deepEqual(compileSynonyms([group, group, group]).entries, compileSynonyms([group]).entries);
});
