// Quote spans and sentence framing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoteSpans, frameSentences, isSpeech } from '../../src/attribute/quotes.ts';

const cases: { name: string; text: string; continues?: boolean; want: { text: string; openStart?: boolean; openEnd?: boolean }[] }[] = [
  { name: 'one curly quote', text: '“We will win,” she said.', want: [{ text: 'We will win,' }] },
  { name: 'two quotes', text: '“Yes,” he said, “and no.”', want: [{ text: 'Yes,' }, { text: 'and no.' }] },
  { name: 'nested quotes stay inside', text: 'He said: “It is the “open door” rule.”', want: [{ text: 'It is the “open door” rule.' }] },
  { name: 'straight quotes', text: 'Then "we go home" she said.', want: [{ text: 'we go home' }] },
  { name: 'unclosed: goes on in the next paragraph', text: '“The first priority is schools.', want: [{ text: 'The first priority is schools.', openEnd: true }] },
  {
    name: 'closing mark of a quote from the paragraph before',
    text: 'The second is roads. The third is ports,” he said.',
    continues: true,
    want: [{ text: 'The second is roads. The third is ports,', openStart: true }],
  },
  {
    name: 'closing mark whose opening mark was lost: the quote starts with its sentence',
    text: 'According to the minister, the count went well. Turnout was high”, he said.',
    want: [{ text: 'Turnout was high', openStart: true }],
  },
  { name: 'a closing mark printed for an opening one', text: 'It is ready now, he said, ”all we need is money”.', want: [{ text: 'all we need is money' }] },
  { name: 'long single-quoted speech', text: '‘We have to be observers,’ he said.', want: [{ text: 'We have to be observers,' }] },
  { name: 'British order: double quotes nested in a spoken single quote', text: '‘She told me, “wait here”, and I did,’ he said.', want: [{ text: 'She told me, “wait here”, and I did,' }] },
  { name: 'British order: a single quote of words before a double quote stays apart', text: '‘Look at the sky over there’ “We will go,” she said.', want: [{ text: 'Look at the sky over there' }, { text: 'We will go,' }] },
  { name: 'a scare-quoted term around a double quote is not an outer quote', text: 'The ‘so-called “open door” plan’ failed.', want: [{ text: 'open door' }] },
  { name: 'short single quotes and apostrophes are no quotes', text: 'The party’s ‘controlled democracy’ is the people’s choice.', want: [] },
];

for (const c of cases) {
  test(`quotes: ${c.name}`, () => {
    const spans = findQuoteSpans(c.text, c.continues);
    assert.deepEqual(
      spans.map((s) => ({ text: s.text, ...(s.openStart ? { openStart: true } : {}), ...(s.openEnd ? { openEnd: true } : {}) })),
      c.want,
    );
  });
}

test('quotes: scare quotes are not speech, spoken words are', () => {
  const [scare, spoken, short] = findQuoteSpans('The “reset” began. “We start today and finish never,” he said. “No,” she said.');
  assert.equal(isSpeech(scare!), false);
  assert.equal(isSpeech(spoken!), true);
  assert.equal(isSpeech(short!), true, 'a short quote that ends with punctuation is spoken');
});

test('quotes: sentences fold each quote into one token and split outside quotes only', () => {
  const text = '“It works. It really works,” Ada Crane said. Mr. Bell disagreed.';
  const sentences = frameSentences(text, findQuoteSpans(text));
  assert.deepEqual(sentences.map((s) => s.map((t) => (t.type === 'quote' ? 'Q' : t.text)).join(' ')), [
    'Q Ada Crane said .',
    'Mr . Bell disagreed .',
  ]);
});

test('quotes: a quote that ends a sentence before its cue stays with the cue', () => {
  const text = '“We are done.” Ada Crane said it twice.';
  assert.equal(frameSentences(text, findQuoteSpans(text)).length, 1);
});
