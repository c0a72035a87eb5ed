// A transcript (a hearing, a panel: turns of many labelled speakers) is presented as an interview is: the
// paragraphs before its first turn are weighed as a standfirst; a news story's lead stays body.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParagraphDraft } from '../../src/domain/types.ts';
import { assignParagraphKinds } from '../../src/segment/kinds.ts';

const body = (text: string, extra: Partial<ParagraphDraft> = {}): ParagraphDraft => ({ kind: 'body', text, page: 1, ...extra });
const turn = (label: string, text: string): ParagraphDraft => ({ kind: 'turn', label, text, page: 1 });
const TURNS = [
  turn('THE CHAIR', 'We begin with the fares.'), turn('MS. VORST', 'Thank you.'), turn('MR. PRYS', 'They are too high.'),
  turn('DR. OSK', 'I agree with that.'), turn('THE CHAIR', 'Then we are agreed.'),
];

const cases: { name: string; lead: ParagraphDraft[]; turns: ParagraphDraft[]; want: string[] }[] = [
  { name: 'an italic note before the turns', lead: [body('A record of the ferry board meeting of 3 May.', { italic: true })], turns: TURNS, want: ['standfirst'] },
  { name: 'a note set across the columns', lead: [body('The board heard the islanders on the fares.', { spans: true })], turns: TURNS, want: ['standfirst'] },
  { name: 'a plain paragraph, nothing presenting it', lead: [body('The board met on a wet night in May.')], turns: TURNS, want: ['body'] },
  { name: 'no turns: a news lead stays body', lead: [body('The board met on a wet night in May.', { italic: true })], turns: [body('The fares will rise.')], want: ['body'] },
  {
    name: 'a long lead is the story\u2019s own opening',
    lead: [1, 2, 3, 4].map((n) => body(`Paragraph ${n} of the story.`, { italic: true })), turns: TURNS, want: ['body', 'body', 'body', 'body'],
  },
];

for (const c of cases) {
  test(`transcript intro: ${c.name}`, () => {
    const out = assignParagraphKinds('news', [...c.lead, ...c.turns]);
    assert.deepEqual(out.slice(0, c.lead.length).map((p) => p.kind), c.want);
  });
}
