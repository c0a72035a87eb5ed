// Who said exactly which words: each quote's span, speaker and cue, one table row per rule. Every row checks that the
// quote's text is the paragraph's text between its offsets. All people and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleKind } from '../../src/domain/types.ts';
import { type P, article, attribute, doc, para } from './helpers.ts';

interface Want {
  text: string;
  speaker: string;
  cue?: string;
}

interface Row {
  name: string;
  kind?: ArticleKind;
  authors?: string[];
  paragraphs: P[];
  /** Quotes wanted per paragraph index; paragraphs not listed must have none. */
  quotes: Record<number, Want[]>;
}

const ROE = 'Ada Roe';
const VALE = 'Tom Vale';

const rows: Row[] = [
  {
    name: 'typographic marks, inverted cue',
    paragraphs: ['“We will keep the harbour open,” said Ada Roe.'],
    quotes: { 0: [{ text: 'We will keep the harbour open,', speaker: ROE, cue: 'said Ada Roe' }] },
  },
  {
    name: 'straight double marks',
    paragraphs: ['"We will keep the harbour open," Ada Roe said.'],
    quotes: { 0: [{ text: 'We will keep the harbour open,', speaker: ROE, cue: 'Ada Roe said' }] },
  },
  {
    name: 'straight single marks around several words; the apostrophe inside is no mark',
    paragraphs: ["Ada Roe said 'we couldn't keep the harbour open' and left the hall."],
    quotes: { 0: [{ text: "we couldn't keep the harbour open", speaker: ROE, cue: 'Ada Roe said' }] },
  },
  {
    name: 'typographic single marks',
    paragraphs: ['Ada Roe said: ‘We will keep the harbour open.’'],
    quotes: { 0: [{ text: 'We will keep the harbour open.', speaker: ROE, cue: 'Ada Roe said' }] },
  },
  {
    name: 'apostrophes are not quote marks (’90s, Kestrel’s, didn’t)',
    paragraphs: ['“In the ’90s the Kestrel’s crew didn’t fish here,” Ada Roe said.'],
    quotes: { 0: [{ text: 'In the ’90s the Kestrel’s crew didn’t fish here,', speaker: ROE, cue: 'Ada Roe said' }] },
  },
  {
    name: 'apostrophes alone make no quote',
    paragraphs: ['Ada Roe’s plan for the ’90s harbour didn’t work, and the mayors’ office knew it.'],
    quotes: {},
  },
  {
    name: 'cue in the middle: two quotes of one speaker, both with the cue',
    paragraphs: ['“We start today,” Ada Roe said, “and we finish when the work is done.”'],
    quotes: {
      0: [
        { text: 'We start today,', speaker: ROE, cue: 'Ada Roe said' },
        { text: 'and we finish when the work is done.', speaker: ROE, cue: 'Ada Roe said' },
      ],
    },
  },
  {
    name: 'a quote nested in a quote is the outer speaker’s',
    paragraphs: ['“It is the ‘open door for every boat’ rule, and we keep it,” said Ada Roe.'],
    quotes: { 0: [{ text: 'It is the ‘open door for every boat’ rule, and we keep it,', speaker: ROE, cue: 'said Ada Roe' }] },
  },
  {
    name: 'a nested quote with a cue of its own inside the outer quote is that person’s',
    paragraphs: ['“Tom Vale told me, ‘we are done here,’ and walked out,” said Ada Roe.'],
    quotes: {
      0: [
        { text: 'Tom Vale told me, ‘we are done here,’ and walked out,', speaker: ROE, cue: 'said Ada Roe' },
        { text: 'we are done here,', speaker: VALE, cue: 'Tom Vale told' },
      ],
    },
  },
  {
    name: 'a quote over three paragraphs (opening mark at each start, closed in the last) is one speaker’s',
    paragraphs: [
      '“The harbour is our life,” Ada Roe said. “It fed my father.',
      '“It fed his father before him.',
      '“And it will feed my children,” she added.',
    ],
    quotes: {
      0: [{ text: 'The harbour is our life,', speaker: ROE, cue: 'Ada Roe said' }, { text: 'It fed my father.', speaker: ROE, cue: 'Ada Roe said' }],
      1: [{ text: 'It fed his father before him.', speaker: ROE }],
      2: [{ text: 'And it will feed my children,', speaker: ROE, cue: 'she added' }],
    },
  },
  {
    name: 'a multi-paragraph quote in a column (no guessing) keeps its speaker',
    kind: 'opinion',
    authors: ['Lena Marsh'],
    paragraphs: [
      'I grew up by the sea. My neighbour Ada Roe wrote to the council: “The harbour is our life.',
      '“It fed my father and it will feed my children.”',
    ],
    quotes: {
      0: [{ text: 'The harbour is our life.', speaker: ROE, cue: 'Ada Roe wrote' }],
      1: [{ text: 'It fed my father and it will feed my children.', speaker: ROE }],
    },
  },
  {
    name: 'a block quote: the paragraph after "X wrote:" without marks is X’s',
    paragraphs: ['In her letter to the board, Ada Roe wrote:', 'The harbour must stay open to every boat, whatever flag it flies.', 'The board has not answered.'],
    quotes: { 1: [{ text: 'The harbour must stay open to every boat, whatever flag it flies.', speaker: ROE }] },
  },
  {
    name: 'no block quote after a colon that ends a sentence with a parenthetical cue',
    paragraphs: ['The plan, Ada Roe said, has three parts:', 'First, the harbour stays open.'],
    quotes: {},
  },
  {
    name: 'a pull quote is credited to whoever says the words it repeats; a printed credit names the speaker otherwise',
    paragraphs: [
      '“The harbour must stay open to every boat,” Ada Roe said.',
      ['pullquote', '“The harbour must stay open to every boat”'],
      ['pullquote', '“We never close, not even at Christmas” — Tom Vale'],
    ],
    quotes: {
      0: [{ text: 'The harbour must stay open to every boat,', speaker: ROE, cue: 'Ada Roe said' }],
      1: [{ text: 'The harbour must stay open to every boat', speaker: ROE }],
      2: [{ text: 'We never close, not even at Christmas', speaker: VALE }],
    },
  },
  {
    name: 'a fragment after its cue is the speaker’s words; a scare quote without a cue is nobody’s',
    paragraphs: ['Ada Roe described the plan as “very sound”.', 'The “reset” began in May.'],
    quotes: { 0: [{ text: 'very sound', speaker: ROE, cue: 'Ada Roe described' }] },
  },
  {
    name: 'reported speech without marks is no quote',
    paragraphs: ['Ada Roe said the harbour would stay open all winter.'],
    quotes: {},
  },
  {
    name: 'an agentless passive gives its quote to the sentence’s speaker ("X said the name is explained by “…”")',
    paragraphs: ['Ada Roe said the new name is explained by “the town’s wish for a fresh start”.'],
    quotes: { 0: [{ text: 'the town’s wish for a fresh start', speaker: ROE, cue: 'Ada Roe said' }] },
  },
  {
    name: 'two subjects of one verb share its quote',
    paragraphs: ['Ada Roe and Tom Vale said in a joint letter: “The harbour has been misled.”'],
    quotes: {
      0: [
        { text: 'The harbour has been misled.', speaker: VALE, cue: 'Tom Vale said' },
        { text: 'The harbour has been misled.', speaker: ROE, cue: 'Ada Roe and Tom Vale said' },
      ],
    },
  },
];

for (const row of rows) {
  test(`quote spans: ${row.name}`, () => {
    const drafts = row.paragraphs.map(para);
    const [paras] = attribute(doc(article(row.kind ?? 'news', row.authors ?? [], row.paragraphs)));
    drafts.forEach((d, i) => {
      const quotes = paras?.[i]?.quotes ?? [];
      for (const q of quotes) assert.equal(d.text.slice(q.start, q.end), q.text, `paragraph ${i}: span of ${JSON.stringify(q.text)}`);
      const got = quotes.map((q) => ({ text: q.text, speaker: q.speaker, ...(q.cue ? { cue: q.cue } : {}) }));
      assert.deepEqual(got, row.quotes[i] ?? [], `paragraph ${i}`);
    });
  });
}

test('quote spans: every quoted speaker of a paragraph is carried by one of its quotes', () => {
  for (const row of rows) {
    const [paras] = attribute(doc(article(row.kind ?? 'news', row.authors ?? [], row.paragraphs)));
    paras?.forEach((p, i) => {
      for (const [name, role] of Object.entries(p.roles)) {
        if (role === 'quoted') assert.ok(p.quotes.some((q) => q.speaker === name), `${row.name}, paragraph ${i}: ${name} has no quote`);
      }
    });
  }
});

const voiceRows: { name: string; kind: ArticleKind; authors: string[]; paragraphs: P[]; voices: (string | null)[]; quoted: string[][] }[] = [
  {
    name: 'news: narration, captions and headings have no voice; a paragraph ending with a quote has its speaker only as quoted',
    kind: 'news',
    authors: ['Lena Marsh'],
    paragraphs: [
      ['heading', 'THE HARBOUR STAYS OPEN'],
      'The council met on Monday and voted on the budget, which rises by a tenth. “We can afford it,” said Ada Roe.',
      ['caption', 'Ada Roe at the council meeting.'],
    ],
    voices: [null, null, null],
    quoted: [[], [ROE], []],
  },
  {
    name: 'interview: the question is the interviewer’s voice, the answer the guest’s; a person the answer quotes is quoted',
    kind: 'interview',
    authors: ['Lena Marsh'],
    paragraphs: [
      ['caption', 'Ada Roe'],
      ['standfirst', 'Lena Marsh talked to Ada Roe about the harbour.'],
      ['question', 'What did the mayor tell you?'],
      ['answer', 'Tom Vale told me: “The harbour stays open.” I believed him.'],
    ],
    voices: [null, null, 'Lena Marsh', ROE],
    quoted: [[], [], [], [VALE]],
  },
  {
    name: 'opinion: every body paragraph is the author’s voice',
    kind: 'opinion',
    authors: ['Lena Marsh'],
    paragraphs: ['I have lived by the harbour all my life.', 'As Tom Vale said, the harbour is everybody’s.'],
    voices: ['Lena Marsh', 'Lena Marsh'],
    quoted: [[], []],
  },
];

for (const row of voiceRows) {
  test(`voice: ${row.name}`, () => {
    const [paras] = attribute(doc(article(row.kind, row.authors, row.paragraphs)));
    assert.deepEqual(paras?.map((p) => p.voice), row.voices);
    assert.deepEqual(paras?.map((p) => Object.keys(p.roles).filter((n) => p.roles[n] === 'quoted')), row.quoted);
  });
}
