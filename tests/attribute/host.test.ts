// A podcast or panel transcript without a byline: `HOST:` turns belong to the host the intro names.
// All people and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleDraft, ParagraphDraft } from '../../src/domain/types.ts';
import { attribute, doc, heard } from './helpers.ts';

const turn = (kind: 'question' | 'answer', label: string, text: string): ParagraphDraft => ({ kind, text, label, page: 1 });

const cases: [string, string, string][] = [
  ['the host, Name,', 'In this episode the host, Ola Berg, talks to Tom Fry, who keeps bees on the moor.', 'Ola Berg'],
  ['presented by Name', 'Field Notes is presented by Ola Berg. This week she talks to Tom Fry about bees.', 'Ola Berg'],
  ['hosted by Name', 'Hosted by Ola Berg, the podcast visits a beekeeper, Tom Fry, on the moor.', 'Ola Berg'],
];

for (const [name, intro, host] of cases) {
  test(`host label: ${name}`, () => {
    const a: ArticleDraft = {
      title: 'Four hundred hives', authors: [], kind: 'interview',
      paragraphs: [
        { kind: 'standfirst', text: intro, page: 1 },
        turn('question', 'HOST', 'Tom, how many hives do you keep this year?'),
        turn('answer', 'FRY', 'Four hundred and twelve, at the last count, and I add a few every spring.'),
        turn('question', 'HOST', 'Why the moor and not the valley?'),
        turn('answer', 'FRY', 'Heather. The honey from it sells for twice the price of anything from the valley.'),
      ],
    };
    const [attrs] = attribute(doc(a));
    assert.deepEqual(heard(attrs![1]), [host]);
    assert.deepEqual(heard(attrs![3]), [host]);
  });
}
