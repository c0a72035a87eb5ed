// Interview labels and the interviewee: labels resolve to the people the byline and title give; the
// title, caption and bio outvote raw counts; shows and nationalities are not people. All invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParagraphDraft } from '../../src/domain/types.ts';
import { attribute, doc } from './helpers.ts';

const q = (text: string, label?: string): ParagraphDraft => ({ kind: 'question', text, page: 1, ...(label ? { label } : {}) });
const ans = (text: string, label?: string): ParagraphDraft => ({ kind: 'answer', text, page: 1, ...(label ? { label } : {}) });
const body = (text: string): ParagraphDraft => ({ kind: 'body', text, page: 1 });

const interview = (title: string, authors: string[], paragraphs: ParagraphDraft[]) =>
  attribute(doc({ title, authors, kind: 'interview', paragraphs }))[0]?.map((a) => a.speakers);

const cases: { name: string; title: string; authors: string[]; paragraphs: ParagraphDraft[]; want: string[][] }[] = [
  {
    name: 'Q and A labels go to the byline and the title’s person',
    title: 'Odile Farrant on boats, rivers and her new book',
    authors: ['Kees Lindqvist'],
    paragraphs: [q('When did you start?', 'Q'), ans('At nine, on my uncle’s barge.', 'A')],
    want: [['Kees Lindqvist'], ['Odile Farrant']],
  },
  {
    name: 'initials resolve to the byline and the interviewee',
    title: 'An interview with Odile Farrant, founder of Riverline',
    authors: ['Kees Lindqvist'],
    paragraphs: [q('When did you start?', 'KL'), ans('At nine.', 'OF')],
    want: [['Kees Lindqvist'], ['Odile Farrant']],
  },
  {
    name: 'surname labels resolve to the fullest printed name',
    title: 'An interview with Odile Farrant',
    authors: ['Kees Lindqvist'],
    paragraphs: [q('When did you start?', 'LINDQVIST'), ans('At nine.', 'FARRANT'), ans('And I never stopped.')],
    want: [['Kees Lindqvist'], ['Odile Farrant'], ['Odile Farrant']],
  },
  {
    name: 'a show in the title is not the interviewee; the title outvotes counts',
    title: '‘Harbour Lights’ contestant Odile Farrant sounds off about the show',
    authors: ['Kees Lindqvist'],
    paragraphs: [
      body('Harbour Lights returns next week. Harbour Lights was the most watched show of the year.'),
      q('Did you watch Harbour Lights before?'),
      ans('Never. Harbour Lights was new to me, and Harbour Lights still is.'),
    ],
    want: [[], ['Kees Lindqvist'], ['Odile Farrant']],
  },
  {
    name: 'a nationality is not part of the name',
    title: 'Dutch singer Odile Farrant on touring',
    authors: ['Kees Lindqvist'],
    paragraphs: [body('Dutch Odile Farrant has toured for ten years.'), q('Why tour?'), ans('Because I love it.')],
    want: [[], ['Kees Lindqvist'], ['Odile Farrant']],
  },
  {
    name: 'an unlabelled answer goes on in the last labelled voice until a heading',
    title: 'Two pilots on their first flight',
    authors: ['Kees Lindqvist'],
    paragraphs: [
      body('Kees Lindqvist spoke to Odile Farrant and Bram Ostend.'),
      q('How was it?', 'KL'), ans('Loud.', 'OF'), q('And for you?', 'KL'), ans('Quiet.', 'BO'), ans('And cold.'),
      { kind: 'heading', text: 'Conclusions', page: 1 }, ans('Flying is for everybody.'),
    ],
    want: [[], ['Kees Lindqvist'], ['Odile Farrant'], ['Kees Lindqvist'], ['Bram Ostend'], ['Bram Ostend'], [], []],
  },
  {
    name: 'a first-person paragraph before the first question is the guest’s',
    title: 'Odile Farrant on her first album',
    authors: ['Kees Lindqvist'],
    paragraphs: [
      { kind: 'standfirst', text: 'Odile Farrant has made a name for herself on the river circuit.', page: 1 },
      body('It is the first album I made in a real studio.'),
      q('Why now?'), ans('Because I was ready.'),
    ],
    want: [[], ['Odile Farrant'], ['Kees Lindqvist'], ['Odile Farrant']],
  },
];

for (const c of cases) {
  test(`labels: ${c.name}`, () => assert.deepEqual(interview(c.title, c.authors, c.paragraphs), c.want));
}
