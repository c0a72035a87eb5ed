// Transcript turns: the printed label speaks, resolved to the fullest name the document prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, attribute, doc } from './helpers.ts';

test('turns: the label is the speaker, in the fullest form the document has', () => {
  const [paras] = attribute(doc(article('news', [], [
    'Argued before Justice Maria Alvarez and counsel Piotr Kowalczyk.',
    ['turn', 'Counsel, you may proceed.', 'JUSTICE ALVAREZ'],
    ['turn', 'Thank you. As General Ostrander said, the rule is clear.', 'MR. KOWALCZYK'],
    ['turn', 'Is it?', 'JUSTICE BRENNAGH'],
  ])));
  assert.deepEqual(paras?.[1]?.speakers, ['Maria Alvarez']);
  assert.deepEqual(paras?.[2]?.speakers, ['Piotr Kowalczyk'], 'a person the turn mentions is not heard');
  assert.deepEqual(paras?.[3]?.speakers, ['Justice Brennagh'], 'an unknown label is shown as printed');
});

test('turns: a speaker goes on speaking until the next turn; an unnamed reporter is nobody', () => {
  const [paras] = attribute(doc(article('news', [], [
    'Remarks by Governor Ilse Marwick and Commissioner Tobias Grell at the port.',
    ['turn', 'Thank you all for coming.', 'THE GOVERNOR'],
    'We have opened the new terminal today.',
    'Q Governor, when will the ferries run?',
    ['turn', 'In May, if the weather holds.', 'COMMISSIONER GRELL'],
    'And the fares will not rise.',
    ['heading', 'END'],
    'The remarks ended at noon.',
  ])));
  const got = paras?.map((p) => p.speakers);
  assert.deepEqual(got, [[], ['The Governor'], ['The Governor'], [], ['Tobias Grell'], ['Tobias Grell'], [], []]);
});

test('turns: section labels and labels of common words are nobody', () => {
  const [paras] = attribute(doc(article('news', [], [
    'Notice of a hearing on the harbour fees; the summary and the dates follow.',
    ['turn', 'The council proposes new harbour fees.', 'SUMMARY'],
    ['turn', 'Comments are due by May 1.', 'DATES'],
    ['turn', 'Write to the harbour office for further information.', 'FOR FURTHER INFORMATION CONTACT'],
  ])));
  assert.deepEqual(paras?.map((p) => p.speakers), [[], [], [], []]);
});

test('turns: the turn speaker is the voice of the turn and of the paragraphs that go on with it, in role "turn"', () => {
  const [paras] = attribute(doc(article('news', [], [
    'Remarks by Governor Ilse Marwick at the port.',
    ['turn', 'Thank you all for coming.', 'GOVERNOR MARWICK'],
    'We have opened the new terminal today.',
    ['turn', 'Thank you, Governor.', 'MR. GRELL'],
  ])));
  assert.deepEqual(paras?.map((p) => p.voice), [null, 'Ilse Marwick', 'Ilse Marwick', 'Mr. Grell']);
  assert.deepEqual(paras?.map((p) => p.roles), [{}, { 'Ilse Marwick': 'turn' }, { 'Ilse Marwick': 'turn' }, { 'Mr. Grell': 'turn' }]);
});

test('turns: in an interview, a turn of somebody outside the cast is theirs in role "turn"; the cast keep their roles', () => {
  const [paras] = attribute(doc(article('interview', ['Lena Marsh'], [
    ['caption', 'Ada Roe'],
    ['question', 'What did you see?'],
    ['answer', 'The harbour was full of boats.'],
    ['turn', 'I saw it too.', 'TOM VALE'],
    ['turn', 'And so did everybody else.', 'ADA ROE'],
  ])));
  assert.deepEqual(paras?.slice(3).map((p) => [p.voice, p.roles]), [
    ['Tom Vale', { 'Tom Vale': 'turn' }],
    ['Ada Roe', { 'Ada Roe': 'interviewee' }],
  ]);
});
