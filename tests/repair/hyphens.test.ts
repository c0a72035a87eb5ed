import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildVocabulary, lexiconFromWords } from '../../src/text/lexicon.ts';
import { documentHyphenates, repairLostHyphens, resolveLineEndHyphen, type HyphenEvidence } from '../../src/repair/hyphens.ts';
import { joinLines } from '../../src/segment/lines.ts';

const lexicon = lexiconFromWords(['two', 'time', 'long', 'term', 'medium', 'sized', 'springboard', 'multiparty', 'party',
  'policy', 'alignment', 'vice-versa', 'vis-a-vis', 'however', 'how', 'ever', 'well', 'known', 'de', 'nuclearisation', 'system', 'us', 'french', 'donald', 'dee', 'learning', 'mail', 'broad', 'abroad']);
const doc = ['The Multi-party era began.', 'Anna-Maria Berg spoke.', 'a pre-election rally', 'the COVID-19 wave', 'well-known', 'Port-Louis harbour'];
const vocabulary = buildVocabulary(doc);
const ev: HyphenEvidence = { vocabulary, isWord: (w) => lexicon.has(w) || vocabulary.count(w) > 0, inLexicon: (w) => lexicon.has(w) };

const cases: { input: string; merged: boolean; expected: string; why: string }[] = [
  { input: 'AnnaMaria Berg said', merged: false, expected: 'Anna-Maria Berg said', why: 'hyphenated form printed elsewhere' },
  { input: 'a young multiparty system', merged: true, expected: 'a young multi-party system', why: 'document spelling wins on a glued line' },
  { input: 'the preelection rally was long', merged: true, expected: 'the pre-election rally was long', why: 'document spelling' },
  { input: 'during the COVID19 wave of cases', merged: true, expected: 'during the COVID-19 wave of cases', why: 'letters+digits' },
  { input: 'in USFrench relations', merged: true, expected: 'in US-French relations', why: 'camel-case join' },
  { input: 'The twotime winner', merged: true, expected: 'The two-time winner', why: 'non-word, two words' },
  { input: 'medium sized mediumsized firms', merged: true, expected: 'medium sized medium-sized firms', why: 'two words' },
  { input: 'and viceversa. Then', merged: true, expected: 'and vice-versa. Then', why: 'known compound' },
  { input: 'centrist visà-vis the left', merged: true, expected: 'centrist vis-à-vis the left', why: 'compound with diacritics' },
  { input: 'as a springboard for', merged: true, expected: 'as a springboard for', why: 'a real word stays' },
  { input: 'denuclearisation efforts', merged: true, expected: 'denuclearisation efforts', why: 'no two-letter halves' },
  { input: 'Portlouis port', merged: true, expected: 'Portlouis port', why: 'case must agree with the printed form' },
  { input: 'a twotime-winner here', merged: true, expected: 'a two-time-winner here', why: 'the first part of a hyphenated word lost its hyphen' },
  { input: 'a longterm-plan', merged: false, expected: 'a longterm-plan', why: 'only on a glued line' },
  { input: 'the McDonald family', merged: true, expected: 'the McDonald family', why: 'camel case whose first half is no word' },
  { input: 'model CariDee won', merged: true, expected: 'model CariDee won', why: 'a name in camel case' },
  { input: 'an MP3 player', merged: true, expected: 'an MP3 player', why: 'letters and digits without a printed hyphenated form' },
  { input: 'in USFrench relations', merged: false, expected: 'in USFrench relations', why: 'camel case on a normal line may be a name' },
  { input: 'new elearning courses', merged: true, expected: 'new e-learning courses', why: 'a one-letter head is never a soft break' },
  { input: 'new elearning courses', merged: false, expected: 'new elearning courses', why: 'one-letter head: only on a glued line' },
  { input: 'went abroad again', merged: true, expected: 'went abroad again', why: 'one-letter head: a word stays whole' },
  { input: 'an email today', merged: true, expected: 'an email today', why: 'one-letter head: too short a rest to tell' },
];

for (const c of cases) {
  test(`repairLostHyphens: ${c.why}`, () => {
    assert.equal(repairLostHyphens(c.input, c.merged, ev).text, c.expected);
  });
}

test('resolveLineEndHyphen: soft break vs real compound', () => {
  assert.deepEqual(resolveLineEndHyphen('it is, how-', 'ever, late', ev), { left: 'it is, however,', right: 'late' });
  assert.deepEqual(resolveLineEndHyphen('a well-', 'known man', ev), { left: 'a well-known', right: 'man' });
  assert.equal(resolveLineEndHyphen('no hyphen', 'here', ev), undefined);
});

test('joinLines: a hyphen or en dash stuck to its word at a line end joins without a space', () => {
  const cases: [string[], string][] = [
    [['a Boeing 737–', '900 jet'], 'a Boeing 737–900 jet'],
    [['the 1990-', '91 season'], 'the 1990-91 season'],
    [['one – ', 'two'], 'one – two'],
    [['end.', 'Next'], 'end. Next'],
  ];
  for (const [lines, want] of cases) assert.equal(joinLines(lines.map((text) => ({ text }))), want);
});

test('documentHyphenates: only breaks that cannot be compounds show a hyphenating typesetter', () => {
  const lex = lexiconFromWords(['importance', 'however', 'counterproductive', 'counter', 'productive', 'learning', 'features']);
  const v = buildVocabulary([]);
  const e: HyphenEvidence = { vocabulary: v, isWord: (w) => lex.has(w), inLexicon: (w) => lex.has(w) };
  assert.equal(documentHyphenates([['the impor-', 'tance of'], ['how-', 'ever, it'], ['fea-', 'tures']], e), true);
  assert.equal(documentHyphenates([['counter-', 'productive'], ['e-', 'learning']], e), false);
});

test('resolveLineEndHyphen: a one-letter head, or a document that never breaks words, keeps the hyphen', () => {
  const lex = lexiconFromWords(['learning', 'counterproductive', 'counter', 'productive']);
  const v = buildVocabulary([]);
  const e: HyphenEvidence = { vocabulary: v, isWord: (w) => lex.has(w), inLexicon: (w) => lex.has(w) };
  assert.equal(resolveLineEndHyphen('from e-', 'learning content', e)?.left, 'from e-learning');
  assert.equal(resolveLineEndHyphen('so counter-', 'productive; it', { ...e, hyphenates: false })?.left, 'so counter-productive;');
  assert.equal(resolveLineEndHyphen('so counter-', 'productive; it', { ...e, hyphenates: true })?.left, 'so counterproductive;');
});
