// Standfirst and bio notes (invented fixtures).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleKind, ParagraphDraft } from '../../src/domain/types.ts';
import { markIntro } from '../../src/segment/intro.ts';
import { segmentParagraphs } from '../../src/segment/paragraphs.ts';
import { blocks } from '../helpers/pages.ts';

const p = (text: string, extra: Partial<ParagraphDraft> = {}): ParagraphDraft => ({ kind: 'body', text, page: 1, ...extra });
const STORY = 'The ferry left the harbour at dawn with forty passengers on board and a cargo of timber for the islands.';

describe('markIntro', () => {
  const cases: [string, ArticleKind, ParagraphDraft[], string[], string[]][] = [
    ['an italic first paragraph is a standfirst', 'interview', [p('A baker talks about bread.', { italic: true }), p(STORY)], [], ['standfirst', 'body']],
    ['a plain first paragraph is not', 'opinion', [p(STORY), p(STORY)], [], ['body', 'body']],
    ['a standfirst the layout placed stays the only one', 'interview', [p('Placed.', { kind: 'standfirst' }), p('Set apart.', { italic: true })], [], ['standfirst', 'body']],
    ['a short note at the foot is a bio', 'opinion', [p(STORY), p('Jane Roe was the mayor of Eastport.')], [], ['body', 'bio']],
    ['in news, only when it presents an author', 'news', [p(STORY), p('Jane Roe was arrested in May.')], [], ['body', 'body']],
    ['in news, the author note is a bio', 'news', [p(STORY), p('Jane Roe is a reporter based in Eastport.')], ['Jane Roe'], ['body', 'bio']],
    ['a note near the top of an interview is a bio', 'interview', [p('Jane Roe is a baker in Eastport.'), p(STORY)], [], ['bio', 'body']],
  ];
  for (const [name, kind, input, authors, want] of cases) {
    it(name, () => assert.deepEqual(markIntro(kind, input, 1, authors).map((x) => x.kind), want));
  }
});

// A standfirst in a text dump has no face: its setting across the columns, its words and the lead's length decide.
describe('markIntro: a standfirst weighed from the evidence of a dump', () => {
  const q = p('How long have you kept the mill?', { kind: 'question' });
  const PRESENTS = 'In this episode our reporter talks to a miller. The transcript has been edited for length.';
  const cases: [string, ArticleKind, ParagraphDraft[], boolean, string[]][] = [
    ['set across the columns before the first turn', 'interview', [p(STORY, { spans: true }), q], true, ['standfirst', 'question']],
    ['words that present the piece, a one-paragraph lead', 'interview', [p(PRESENTS), q], true, ['standfirst', 'question']],
    ['the same words in a long lead told as a story', 'interview', [p(STORY), p(STORY), p(STORY), p(PRESENTS), q], true, ['body', 'body', 'body', 'body', 'question']],
    ['a short lead alone is not enough', 'interview', [p(STORY), q], true, ['body', 'question']],
    ['in an opinion piece presenting words alone are not enough', 'opinion', [p(PRESENTS), p(STORY)], false, ['body', 'body']],
    ['two spanning paragraphs are one standfirst run', 'interview', [p(STORY, { spans: true }), p(STORY, { spans: true }), q], true, ['standfirst', 'standfirst', 'question']],
    ['the run stops at the first plain paragraph', 'opinion', [p(STORY, { spans: true }), p(STORY), p(STORY, { spans: true })], false, ['standfirst', 'body', 'body']],
    ['news keeps its lead as body', 'news', [p(STORY, { spans: true }), p(STORY)], false, ['body', 'body']],
    ['a short note on a person at the top stays a bio', 'interview', [p('Jane Roe is a miller in Eastport.'), q], true, ['bio', 'question']],
    ['an italic note on a person stays a bio', 'interview', [p('Jane Roe is a miller in Eastport.', { italic: true }), q], true, ['bio', 'question']],
    ['a note set across the columns, leading up to the exchange, is the standfirst', 'interview',
      [p('Mill Talk is our weekly show.', { spans: true }), p(PRESENTS, { spans: true }), q], true, ['standfirst', 'standfirst', 'question']],
  ];
  for (const [name, kind, input, found, want] of cases) {
    const end = found ? input.findIndex((x) => x.kind === 'question') : Math.min(input.length, 4);
    it(name, () => assert.deepEqual(markIntro(kind, input, end, [], undefined, found).map((x) => x.kind), want));
  }
});

describe('segmentParagraphs: a paragraph set across the columns spans', () => {
  const WIDE = 'A potter who has worked the same wheel for forty years talks about clay, kilns and the';
  const cases: [string, string, boolean][] = [
    ['wide lines, a short last one', `${WIDE}\nvalue of patience.`, true],
    ['column lines', 'The kiln was lit at dawn and\nfired until the evening.', false],
    ['one wide line', WIDE, true],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => {
      const ps = segmentParagraphs(blocks(text), new Map([[1, 30]]), new Set());
      assert.equal(ps[0]?.spans === true, want);
    });
  }
});
