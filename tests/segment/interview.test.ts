// Interview turns: labels, faces, words and alternation decide questions and answers (invented fixtures).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ParagraphDraft } from '../../src/domain/types.ts';
import { decodeInterview, isInterviewExchange, isTranscript } from '../../src/segment/interview.ts';
import { classifyArticle } from '../../src/segment/kinds.ts';
import { findTurnLabels, matchTurn } from '../../src/segment/turns.ts';
import { questionEvidence } from '../../src/segment/questions.ts';

const body = (text: string, extra: Partial<ParagraphDraft> = {}): ParagraphDraft => ({ kind: 'body', text, page: 1, ...extra });
const turn = (label: string, text: string): ParagraphDraft => ({ kind: 'turn', text, label, page: 1 });
const kinds = (ps: ParagraphDraft[]): string[] => decodeInterview(ps).map((p) => p.kind);

const LONG_ANSWER = 'We started the bakery in a garage with two ovens and a lot of debt. My brother did the books and I did the baking, and for the first year we barely slept. The neighbours were our first customers and then the cafes in town came.';

describe('matchTurn', () => {
  const cases: [string, string | null][] = [
    ['Q: Where were you born?', 'Q'],
    ['A: In a fishing town.', 'A'],
    ['ROE: Thanks for having me.', 'ROE'],
    ['JR: Thanks for having me.', 'JR'],
    ['Jane Roe: Thanks for having me.', 'Jane Roe'],
    ['THE MAYOR: Good morning.', 'THE MAYOR'],
    ['Q Mr. Mayor, will the bridge open?', 'Q'],
    ['— Where were you born?', '—'],
    ['— Jane Roe', null],
    ['—4—', null],
    ['Quite a day it was.', null],
    ['[00:12:04] MS. ROE: Thank you.', 'MS. ROE'],
    ['(12:04) THE CHAIR: Order.', 'THE CHAIR'],
    ['00:12:04 Q: And then?', 'Q'],
    ['[00:12:04] The tide turned.', null],
    ['At 10:04 THE CHAIR: spoke.', null],
  ];
  for (const [text, label] of cases) it(text, () => assert.equal(matchTurn(text)?.label ?? null, label));
  it('keeps the time stamp in the words, before them', () => {
    assert.equal(matchTurn('[00:12:04] MS. ROE: Thank you.')?.rest, '[00:12:04] Thank you.');
  });
});

describe('findTurnLabels', () => {
  it('keeps labels that recur, and a full name printed once before its initials', () => {
    const lines = ['Jane Roe: Welcome.', 'TK: Thank you.', 'JR: So, where?', 'TK: Here.', 'JR: Why?', 'Photo: a bridge'];
    assert.deepEqual([...findTurnLabels(lines)].sort(), ['JR', 'Jane Roe', 'TK']);
  });
  it('keeps a full name printed once before its surname in capitals', () => {
    const lines = ['Jane Roe: Welcome.', 'Tom Kay: Thank you.', 'ROE: So, where?', 'KAY: Here.', 'ROE: Why?', 'KAY: Because.'];
    assert.deepEqual([...findTurnLabels(lines)].sort(), ['Jane Roe', 'KAY', 'ROE', 'Tom Kay']);
  });
  const words: [string, string[], string[]][] = [
    ['one-word labels taking turns: the paper and the guest', ['Herald: Where were you born?', 'Jane: In a fishing town.', 'Herald: Why leave?', 'Jane: Work.'], ['Herald', 'Jane']],
    ['a one-word label alone on its line counts too', ['Herald:', 'Where were you born?', 'Jane: In a fishing town.', 'Herald:', 'Why?', 'Jane: Work.'], ['Herald', 'Jane']],
    ['three speakers taking turns', ['Herald: Why?', 'Jane: Work.', 'Tom: Money.', 'Herald: And now?', 'Tom: Home.', 'Jane: Yes.'], ['Herald', 'Jane', 'Tom']],
    ['one recurring word before a colon is no exchange', ['Note: the pier is shut.', 'Plain text.', 'Note: it opens at ten.'], []],
    ['two words that do not take turns are no exchange', ['Herald: One.', 'Herald: Two.', 'Herald: Three.', 'Jane: Four.', 'Jane: Five.'], []],
    ['a listing\'s words are no labels', ['When: Friday at ten.', 'Where: the quay.', 'When: Monday.', 'Where: the hall.'], []],
  ];
  for (const [name, lines, want] of words) it(name, () => assert.deepEqual([...findTurnLabels(lines)].sort(), want));
  it('ignores a label seen once', () => {
    assert.deepEqual([...findTurnLabels(['NOTE: printed once.', 'Plain text here.'])], []);
  });
});

describe('questionEvidence', () => {
  const cases: [string, string, 'question' | 'answer'][] = [
    ['a short question to you', 'Where did you learn to bake?', 'question'],
    ['a request without a question mark', 'Tell me about your first shop.', 'question'],
    ['a long first-person answer', LONG_ANSWER, 'answer'],
    ['an answer that opens with yes', 'Yes. I still bake every morning at four.', 'answer'],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => assert.equal(questionEvidence(text).score > 0 ? 'question' : 'answer', want));
  }
});

describe('decodeInterview', () => {
  const cases: [string, ParagraphDraft[], string[]][] = [
    ['Q:/A: labels decide, whatever the words', [
      turn('Q', 'Tell me about the bakery.'), turn('A', 'Why not? I love it.'), turn('Q', 'It sounds hard.'), turn('A', LONG_ANSWER),
    ], ['question', 'answer', 'question', 'answer']],
    ['surname labels: the side that asks is the interviewer; unlabelled paragraphs go on with the turn', [
      turn('ROE', 'Thanks for joining us. Where did you grow up?'), turn('KAY', LONG_ANSWER), body(LONG_ANSWER),
      turn('ROE', 'And what do you bake first each day?'), turn('KAY', 'Bread, always. I start at four.'),
    ], ['question', 'answer', 'answer', 'question', 'answer']],
    ['dashed questions: the unmarked paragraphs answer, even one ending in a question mark', [
      turn('—', 'Where did you grow up?'), body('By the sea. Who would not love that?'), body(LONG_ANSWER), turn('—', 'And now?'), body('Now in the city.'),
    ], ['question', 'answer', 'answer', 'question', 'answer']],
    ['italic questions without labels, one without a question mark', [
      body('Tell me about the bakery.', { italic: true }), body(LONG_ANSWER), body('Was it hard at first?', { italic: true }),
      body('Was it? I hardly remember.'), body('You seem calm about it.', { italic: true }), body('I am.'),
    ], ['question', 'answer', 'question', 'answer', 'question', 'answer']],
    ['no marks at all: words and alternation', [
      body('Where did you learn to bake?'), body(LONG_ANSWER), body(LONG_ANSWER), body('What do you bake first each day?'), body('Yes, bread. I start at four.'),
    ], ['question', 'answer', 'answer', 'question', 'answer']],
    ['a full name on the first turn, then the surname in capitals: one speaker each', [
      turn('Jane Roe', 'Welcome. Where did you grow up?'), turn('Tom Kay', LONG_ANSWER), body(LONG_ANSWER),
      turn('ROE', 'And what do you bake first each day?'), turn('KAY', 'Bread, always. I start at four.'),
    ], ['question', 'answer', 'answer', 'question', 'answer']],
    ['the intro before the first question is left alone', [
      body('Jane Kay runs a bakery in the old town.'), body('Where did you learn to bake?'), body(LONG_ANSWER),
    ], ['body', 'question', 'answer']],
  ];
  for (const [name, input, want] of cases) it(name, () => assert.deepEqual(kinds(input), want));
});

describe('decodeInterview: turn changes the layout hid', () => {
  it('splits an answer from the next question that opened a line of its own', () => {
    const glued = 'I grew up by the sea. What do you bake first each day?';
    const out = decodeInterview([body('Where did you grow up?'), body(glued, { softBreaks: [glued.indexOf('What')] }), body(LONG_ANSWER)]);
    assert.deepEqual(out.map((p) => [p.kind, p.text]), [
      ['question', 'Where did you grow up?'], ['answer', 'I grew up by the sea.'], ['question', 'What do you bake first each day?'], ['answer', LONG_ANSWER],
    ]);
  });
  it('keeps an answer whole when its pieces read alike', () => {
    const answer = 'We bake at four. The ovens take an hour to heat.';
    const out = decodeInterview([body('When do you start?'), body(answer, { softBreaks: [answer.indexOf('The')] })]);
    assert.deepEqual(out.map((p) => p.text), ['When do you start?', answer]);
  });
  it('a reply opener makes the turn before it a question', () => {
    const glued = `${LONG_ANSWER} It sounds like you had a hard start.`;
    const out = decodeInterview([body('Where did you start?'), body(glued, { softBreaks: [glued.indexOf('It sounds')] }), body('Yes. It was hard.')]);
    assert.deepEqual(out.map((p) => p.kind), ['question', 'answer', 'question', 'answer']);
  });
});

describe('isInterviewExchange', () => {
  it('two speakers, one asking: an interview', () => {
    assert.equal(isInterviewExchange([turn('ROE', 'Where were you born?'), turn('KAY', LONG_ANSWER), turn('ROE', 'Did you like it there?'), turn('KAY', 'Very much.')]), true);
  });
  it('many speakers: a transcript', () => {
    const ps = ['A', 'B', 'C', 'D', 'E'].flatMap((s) => [turn(`MR. ${s}X`, 'Do you agree?'), turn(`MS. ${s}Y`, 'I do.')]);
    assert.equal(isInterviewExchange(ps), false);
  });
});

describe('transcripts stay transcripts', () => {
  const briefing = ['THE MAYOR', 'DR. LEE', 'MS. PARK', 'CHIEF OWENS'].flatMap((s) => [turn('Q', 'Will the bridge open this week?'), turn(s, 'We expect so. The engineers are confident.')]);
  it('many labelled speakers make a transcript', () => assert.equal(isTranscript(briefing), true));
  it('the reporters questions do not make it an interview', () => assert.notEqual(classifyArticle(briefing, undefined, []), 'interview'));
});
