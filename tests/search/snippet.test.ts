// Snippets from Meilisearch match positions (UTF-8 byte offsets): cropping, highlighting, HTML escaping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSnippet, toCharSpans, type MatchPosition } from '../../src/search/snippet.ts';

const opts = { cropLength: 5, cropMarker: '…', highlightPreTag: '<mark>', highlightPostTag: '</mark>' };

/** Match positions the way Meilisearch reports them: byte offsets of each occurrence of `word`. */
function bytesOf(text: string, ...words: string[]): MatchPosition[] {
  return words.map((w) => {
    const i = text.indexOf(w);
    return { start: Buffer.byteLength(text.slice(0, i)), length: Buffer.byteLength(w) };
  });
}

const cases: Array<[string, string, string[], string]> = [
  ['short text, one match', 'the quick fox', ['quick'], 'the <mark>quick</mark> fox'],
  ['no match: the first words', 'one two three four five six seven', [], 'one two three four five…'],
  ['match in the middle: window moves, markers on both sides', 'a b c d e f g h i target j k l m n', ['target'], '…i <mark>target</mark> j k l…'],
  ['match near the end: the window stops at the last word', 'a b c d e f g h i target j', ['target'], '…g h i <mark>target</mark> j'],
  ['multi-byte characters before the match', '“Quoted” naïve café — démocratie', ['démocratie'], '“Quoted” naïve café — <mark>démocratie</mark>'],
  ['HTML is escaped, matches still marked', 'a <b>bold</b> & "quoted" word', ['word'], 'a &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; <mark>word</mark>'],
  ['the window with most matches wins', 'x alpha y z w v u t s beta gamma delta', ['beta', 'gamma'], '…t s <mark>beta</mark> <mark>gamma</mark> delta'],
  ['astral characters count as four bytes', '😀 smile here', ['here'], '😀 smile <mark>here</mark>'],
];

for (const [name, text, words, expected] of cases) {
  test(`snippet: ${name}`, () => {
    assert.equal(buildSnippet(text, bytesOf(text, ...words), opts), expected);
  });
}

test('byte offsets become character offsets', () => {
  const text = 'é“x”y';
  assert.deepEqual(toCharSpans(text, bytesOf(text, 'x', 'y')), [{ start: 2, end: 3 }, { start: 4, end: 5 }]);
  const mixed = 'plain words, then a café and more';
  assert.deepEqual(toCharSpans(mixed, bytesOf(mixed, 'words', 'café', 'more')), [
    { start: 6, end: 11 }, { start: 20, end: 24 }, { start: 29, end: 33 },
  ], 'ASCII before the first multi-byte character, and after it');
});

test('empty text and missing positions', () => {
  assert.equal(buildSnippet('', [], opts), '');
  assert.equal(buildSnippet('just words', undefined, opts), 'just words');
});

/** [text, the part a match covered, what is marked] */
const wholeWords: Array<[string, string, string]> = [
  ['President Quokkaev spoke', 'Quokkae', 'President <mark>Quokkaev</mark> spoke'],
  ['the quokkas smile', 'okka', 'the <mark>quokkas</mark> smile'],
  ['the island’s ferry', 'island', 'the <mark>island</mark>’s ferry'],
  ['Kassym-Jomart spoke', 'Kassy', '<mark>Kassym</mark>-Jomart spoke'],
  ['spent €30.3 million', '€30.3 million', 'spent <mark>€30.3 million</mark>'],
];
for (const [text, part, want] of wholeWords) {
  test(`snippet marks whole words: ${part} in ${text}`, () => {
    assert.equal(buildSnippet(text, bytesOf(text, part), { ...opts, cropLength: 40 }), want);
  });
}

test('overlapping marks merge into one', () => {
  const text = 'a quokkas b';
  assert.equal(buildSnippet(text, [...bytesOf(text, 'quo'), ...bytesOf(text, 'kkas')], { ...opts, cropLength: 40 }), 'a <mark>quokkas</mark> b');
});
