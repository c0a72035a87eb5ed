// An interview printed without a byline: its author is the interviewer the intro presents talking to the guest.
// All people and sentences are invented.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleKind } from '../../src/domain/types.ts';
import { attributeDocument } from '../../src/attribute/index.ts';
import { type P, article, doc } from './helpers.ts';

const EXCHANGE: P[] = [
  ['question', 'When did you start walking?'],
  ['answer', 'When I was six, with my father, and I have not stopped since.'],
];

function authors(title: string, intro: string, byline: string[] = [], kind: ArticleKind = 'interview'): string[] {
  const d = doc(article(kind, byline, [['body', intro], ...EXCHANGE], title));
  return attributeDocument(d).authors?.[0] ?? [];
}

describe('intro authors of interviews without a byline', () => {
  const cases: [string, string, string, string[]][] = [
    ['"A talked to B about …": A', 'Winters on the fells', 'Ben Arlo talked to Dora Quist about winters on the fells and her new book.', ['Ben Arlo']],
    ['"A met B": A', 'Winters on the fells', 'Ben Arlo met Dora Quist at her cottage above the lake last spring.', ['Ben Arlo']],
    ['"B talks to A" under a title presenting B: A', 'In conversation: Dora Quist', 'Dora Quist talks to Ben Arlo about winters on the fells.', ['Ben Arlo']],
    ['"in conversation with A", the guest named after: A', 'Winters on the fells', 'In conversation with Ben Arlo, the walker Dora Quist looks back on forty winters.', ['Ben Arlo']],
    ['a host the intro presents is not the author', 'Field notes', 'In this episode the host, Ben Arlo, talks to Dora Quist about the fells.', []],
    ['"in conversation with B" where the title presents B: nobody', 'In conversation with Dora Quist', 'In conversation with Dora Quist, who has walked the fells for forty years.', []],
    ['an intro that presents no exchange: nobody', 'Winters on the fells', 'Dora Quist has walked the fells for forty years and written six books.', []],
  ];
  for (const [name, title, intro, want] of cases) it(name, () => assert.deepEqual(authors(title, intro), want));

  it('a byline stays the author', () => assert.deepEqual(authors('Winters', 'Ben Arlo talked to Dora Quist about her book.', ['Ola Berg']), ['Ola Berg']));
  it('news keeps its (empty) authors', () => {
    const d = doc(article('news', [], [['body', 'Ben Arlo talked to Dora Quist about the new bridge, the council said.'], 'The bridge opens in May.']));
    assert.deepEqual(attributeDocument(d).authors?.[0], []);
  });
});
