// Paragraph breaks scored from layout and text evidence (invented lines).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Block, PageLine } from '../../src/domain/types.ts';
import { isBreak, isDumpedWord, measureSpacing, quoteOpen, type Spacing } from '../../src/segment/breaks.ts';

const line = (text: string, y?: number, extra: Partial<PageLine> = {}): PageLine => ({
  text, page: 1, physicalPage: 1, ...(y === undefined ? {} : { box: { page: 1, x: 50, y, w: 150, h: 10 } }), ...extra,
});
const WIDTH = 32;
const SPACED: Spacing = { pitch: 12, gapped: true };
const INDENTED: Spacing = { pitch: 12, gapped: false };

describe('isBreak', () => {
  const cases: [string, PageLine, PageLine, Spacing | null, boolean, boolean?][] = [
    ['no sentence end, no break', line('the bakers went on to the', 0), line('market square at dawn.', 12, { paragraphStart: true }), INDENTED, false],
    ['a short last line after a sentence', line('It was late.'), line('Then the baker spoke.'), null, true],
    ['a full line ending a sentence goes on', line('they baked all of the bread twice.'), line('Then the baker spoke of it.'), null, false],
    ['a question mark and a capital change the turn', line('did you bake it all yourselves?'), line('Every loaf of it, said the chef.'), null, true],
    ['... unless a spaced layout shows no gap', line('did you bake it all yourselves?', 0), line('Also, what did it cost to do it?', 12), SPACED, false],
    ['a gap in a spaced layout breaks', line('they baked all of the bread twice.', 0), line('Then the baker spoke of it.', 16), SPACED, true],
    ['the reader saw an indent', line('they baked all of the bread twice.', 0), line('Then the baker spoke.', 12, { paragraphStart: true }), INDENTED, true],
    ['an italic question then a plain answer', line('Was the oven hot enough for it?', 0, { italic: true }), line('Not at first, but it got hot.', 12), INDENTED, true],
    ['a small letter after a short line goes on', line('It was 4 p.m.'), line('and the shop was shut.'), null, false],
    ['a stage direction opening the answer counts as a capital', line('did you bake it all yourselves?'), line('[laughs] Every loaf of it, yes.'), null, true],
    ['inside a labelled turn a question mark alone does not break', line('did you bake it all yourselves?'), line('Also, who paid for the flour?'), null, false, true],
    ['a sign-off stands alone', line('— Jane Roe'), line('Jane Roe is a baker in Eastport.'), null, true],
    ['a short cue line ending on a colon runs into its quotation', line('the baker responded:'), line('"Every loaf of it, twice over."'), null, false],
    ['... with typographic marks too', line('asked about the flour:'), line('“Where does it come from?” she said.'), null, false],
    ['... and a column top the reader marked as a start', line('they asked the baker, who said:', 0), line('"Every loaf of it, twice over."', 12, { paragraphStart: true }), INDENTED, false],
    ['a short line ending on a colon before plain text still breaks', line('Three things matter:'), line('Flour comes first of all.'), null, true],
    ['a label with its value is no cue', line('Q: Who baked it?'), line('"We all did," said the chef.'), null, true],
    ['a quotation closed on its last words, then plain text, ends the paragraph', line('and I have kept every loaf.’'), line('The bakery opens at six.'), null, true],
    ['... and a closing mark mid-sentence does not', line('we called it “the loaf”, and'), line('Then the baker spoke of it.'), null, false],
    ['an author\'s note after a full line ending a sentence opens a paragraph', line('they baked all of the bread twice.'), line('The writer is a baker in Eastport.'), null, true],
    ['... and so does a columnist\'s', line('they baked all of the bread twice.'), line('The columnist writes on food.'), null, true],
    ['... but not when the sentence runs on', line('they baked all of the bread for'), line('The writer is a baker in Eastport.'), null, false],
    ['the same words later in a line are no note', line('they baked all of the bread twice.'), line('Then the writer is a baker too.'), null, false],
    ['... nor one whose attribution follows in small letters', line('and I have kept every loaf.”'), line('said the baker, who was tired.'), null, false],
  ];
  for (const [name, prev, next, spacing, want, inTurn] of cases) {
    it(name, () => assert.equal(isBreak({ prev, line: next, width: WIDTH, spacing, attributedQuote: false, inTurn }), want));
  }
});

describe('isBreak: an indent under a colon cue', () => {
  const at = (text: string, x: number, y: number): PageLine => ({ text, page: 1, physicalPage: 1, fontSize: 10, box: { page: 1, x, y, w: 150, h: 10 } });
  const cue = at('the baker responded:', 50, 0);
  const input = (next: PageLine) => ({ prev: cue, line: next, width: WIDTH, spacing: INDENTED, attributedQuote: false });
  it('a quotation set flush under the cue goes on', () => assert.equal(isBreak(input(at('"Every loaf of it."', 50, 12))), false));
  it('a quotation set in by an indent opens a paragraph', () => assert.equal(isBreak(input({ ...at('"Every loaf of it."', 62, 12), paragraphStart: true })), true));
});

describe('isBreak: a layout that indents its paragraphs', () => {
  const at = (text: string, y: number): PageLine => ({ text, page: 1, physicalPage: 1, fontSize: 10, box: { page: 1, x: 50, y, w: 150, h: 10 } });
  const prev = at('wrote in a post on the evening.', 0);
  const next = at('‘The builders have shamed us,’ she', 12);
  const cases: [string, Spacing, boolean][] = [
    ['a quotation set flush after a full stop goes on in an indenting layout', { pitch: 12, gapped: false, indented: true }, false],
    ['... while a layout with no indents to read breaks there', { pitch: 12, gapped: false }, true],
  ];
  for (const [name, spacing, want] of cases) it(name, () => assert.equal(isBreak({ prev, line: next, width: WIDTH, spacing, attributedQuote: false }), want));
});

describe('isDumpedWord and a justified line dumped word by word', () => {
  const cases: [string, string | undefined, string, string, boolean][] = [
    ['a one-word line between one-word lines is a piece of a line', 'original', 'sixteen.', 'Who', true],
    ['a short last line after a full line is a last line', 'the crew were back on shore by', 'noon.', 'Then', false],
    ['... and before a full line too', 'original', 'sixteen.', 'Who are you rooting for now?', false],
    ['the paragraph\'s first line has nothing before it', undefined, 'sixteen.', 'Who', false],
  ];
  for (const [name, before, prev, next, want] of cases) {
    it(name, () => assert.equal(isDumpedWord(before === undefined ? undefined : line(before), line(prev), line(next)), want));
  }
  it('PDF lines carry their own geometry: never a dumped piece', () => assert.equal(isDumpedWord(line('the', 0), line('end.', 12), line('Then', 24)), false));
  it('a dumped word\'s shortness is no paragraph end', () => {
    const input = { prev: line('sixteen.'), line: line('Who'), width: WIDTH, spacing: null, attributedQuote: false };
    assert.equal(isBreak(input), true);
    assert.equal(isBreak({ ...input, splitLine: true }), false);
  });
});

describe('measureSpacing', () => {
  const block = (ys: number[]): Block => ({ continues: false, lines: ys.map((y) => line('words of a line', y)) });
  it('finds the usual pitch and sees paragraphs set apart by space', () => {
    const s = measureSpacing([block([0, 12, 24, 40, 52, 64, 80, 92, 104, 120, 132])]);
    assert.deepEqual(s, { pitch: 12, gapped: true, indented: false });
  });
  it('an evenly set column is not spaced', () => {
    assert.deepEqual(measureSpacing([block([0, 12, 24, 36, 48, 60, 72, 84, 96, 108])]), { pitch: 12, gapped: false, indented: false });
  });
  it('too few lines tell nothing', () => assert.equal(measureSpacing([block([0, 12, 24])]), null));
  it('sees paragraphs opened by a first-line indent the reader marked', () => {
    const at = (y: number, start: boolean): PageLine => ({ ...line('words of a line', y), fontSize: 10, ...(start ? { paragraphStart: true, box: { page: 1, x: 62, y, w: 138, h: 10 } } : {}) });
    const b: Block = { continues: false, lines: [0, 12, 24, 36, 48, 60, 72, 84, 96, 108].map((y, i) => at(y, i % 3 === 1)) };
    assert.equal(measureSpacing([b])?.indented, true);
  });
});

describe('quoteOpen', () => {
  const cases: [string, boolean][] = [
    ['and I was like, "Why the hell not?', true],
    ['answer for that."', false],
    ['she said “we will see.', true],
    ['she said “we will see.”', false],
    ['no quotation at all.', false],
    ['"Yes," he said.', false],
  ];
  for (const [text, want] of cases) it(text, () => assert.equal(quoteOpen(text), want));
});
