// Standfirst and bio notes (invented fixtures).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleKind, ParagraphDraft } from '../../src/domain/types.ts';
import { markIntro } from '../../src/segment/intro.ts';

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
