// Names, titles and the vocabulary that tells a sentence-initial common word from a name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNameRuns, titlesAround } from '../../src/attribute/names.ts';
import { buildVocabulary, tokenize } from '../../src/attribute/tokens.ts';
import { wordList } from './helpers.ts';

function runs(text: string, context: string[] = [], words?: { has(w: string): boolean }): string[] {
  const vocab = buildVocabulary([text, ...context], words);
  return findNameRuns(tokenize(text), vocab).map((r) => r.words.join(' '));
}

const cases: { name: string; text: string; context?: string[]; lexicon?: string; want: string[] }[] = [
  { name: 'hyphenated given name', text: 'Yesterday Jean-Luc Moreau-Vidal spoke.', context: ['yesterday was cold'], want: ['Jean-Luc Moreau-Vidal'] },
  { name: 'particles inside a name', text: 'The plan of Ludwig van der Hoorn failed.', want: ['Ludwig van der Hoorn'] },
  { name: 'initials', text: 'The poet J. R. Tallis wrote it.', want: ['J. R. Tallis'] },
  { name: 'titles are not names', text: 'Prime Minister Ada Crane and Senator Bo Lund met.', want: ['Ada Crane', 'Bo Lund'] },
  { name: 'acronyms and months are not names', text: 'In March the EU and NATO met Ada Crane.', want: ['Ada Crane'] },
  { name: 'a possessive ends the name', text: 'Freeland’s Ada Crane spoke.', want: ['Freeland', 'Ada Crane'] },
  { name: 'a sentence-initial word printed in lower case elsewhere is common', text: 'Nine deputies voted.', context: ['nine of them'], want: [] },
  { name: 'a sentence-initial word the lexicon knows is common', text: 'Holding elections is hard.', lexicon: 'holding', want: [] },
  { name: 'a brand with an inner capital is not a name', text: 'Yesterday Ada Crane tested CloudRoute on her laptop.', context: ['yesterday'], want: ['Ada Crane'] },
  { name: 'a short prefix with an inner capital is a name', text: 'The report of Ada McCrane was read.', want: ['Ada McCrane'] },
  {
    name: 'a word capitalised mid-sentence elsewhere is a name even if the lexicon knows it',
    text: 'Crane said no.',
    context: ['It was said by Ada Crane.'],
    lexicon: 'crane said',
    want: ['Crane'],
  },
  {
    name: 'a dictionary word opening a sentence before a name and a comma is a given name',
    text: 'Rose Kell, a councillor for the east ward, was less forgiving.',
    lexicon: 'rose kell a councillor for the east ward was less forgiving',
    context: ['Ms Kell added that the work was late.'],
    want: ['Rose Kell'],
  },
  {
    name: '… but not when the document prints the word in lower case',
    text: 'Meanwhile Kell, a councillor, was less forgiving.',
    lexicon: 'meanwhile kell a councillor was less forgiving',
    context: ['Ms Kell added that, meanwhile, the work was late.'],
    want: ['Kell'],
  },
];

for (const c of cases) {
  test(`names: ${c.name}`, () => {
    assert.deepEqual(runs(c.text, c.context, c.lexicon ? wordList(c.lexicon) : undefined), c.want);
  });
}

test('names: titles printed before, after and in a bio', () => {
  const text = 'As former Council President Bo Lund said, Ada Crane, a veteran lawmaker who chairs it, agreed. Ed Ro is a doctor of law.';
  const tokens = tokenize(text);
  const vocab = buildVocabulary([text]);
  const titles = Object.fromEntries(findNameRuns(tokens, vocab).map((r) => [r.words.join(' '), titlesAround(tokens, r.first, r.last)]));
  assert.deepEqual(titles['Bo Lund'], [['former', 'council', 'president']]);
  assert.deepEqual(titles['Ada Crane'], [['veteran', 'lawmaker']]);
  assert.deepEqual(titles['Ed Ro'], [['doctor', 'of', 'law']]);
});
