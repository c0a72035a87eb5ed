// An interview's intro in a text dump (no faces): the paragraphs up to the one presenting the exchange
// (`X talked to Y about …`) are its standfirst. Invented texts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleKind, ParagraphDraft, ParagraphKind } from '../../src/domain/types.ts';
import { markIntro } from '../../src/segment/intro.ts';

const para = (text: string, kind: ParagraphKind = 'body'): ParagraphDraft => ({ kind, text, page: 1 });
const PRESENTS = 'The walker Dora Quist has crossed the fells for forty years.';
const CUE = 'As her sixth book comes out, she talked about maps, weather and getting lost.';
const OTHER = 'The county will print the new map in the spring.';

describe('markIntro: the exchange cue makes the intro a standfirst', () => {
  const cases: [string, ArticleKind, ParagraphDraft[], number, ParagraphKind[]][] = [
    ['an interview intro up to its cue', 'interview', [para(PRESENTS), para(CUE), para('Where did you start?')], 2, ['standfirst', 'standfirst', 'body']],
    ['a paragraph after the cue stays body', 'interview', [para(CUE), para(OTHER), para('Where did you start?')], 2, ['standfirst', 'body', 'body']],
    ['an intro without a cue stays body', 'interview', [para(PRESENTS), para(OTHER), para('Where did you start?')], 2, ['body', 'body', 'body']],
    ['an opinion piece is no interview', 'opinion', [para('I talked to the mayor about the map.'), para(OTHER)], 2, ['body', 'body']],
    ['a standfirst the layout placed is kept alone', 'interview', [para(PRESENTS, 'standfirst'), para(CUE), para('Where did you start?')], 2, ['standfirst', 'body', 'body']],
  ];
  for (const [name, kind, paragraphs, introEnd, want] of cases) {
    it(name, () => assert.deepEqual(markIntro(kind, paragraphs, introEnd).map((p) => p.kind), want));
  }
});
