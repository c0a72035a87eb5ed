// News attribution: each quote through its cue, continuations, descriptions, pronouns and name resolution.
// All people and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type P, article, attribute, doc, heard, wordList } from './helpers.ts';

const INTRO_MINISTER = 'Finance Minister Teodor Brankovic presented the budget to parliament on Monday.';
const INTRO_LEADER = 'Ilse Farrow-Hadley, the opposition leader, rejected the plan within hours.';

interface Case {
  name: string;
  paragraphs: P[];
  /** Paragraph index → everybody who must be heard there (exactly). */
  expect: Record<number, string[]>;
}

const cases: Case[] = [
  {
    name: 'reported speech without quote marks is a mention: appositive, age, "said he had"',
    paragraphs: [
      '“We will reopen in May,” Ansel Corrigan said.',
      'The owner of the bakery on the square, Mira Haldane, said her sales had fallen by half.',
      'One of the customers, Piet Varga, 71, of Lowmoor, said he had waited an hour.',
      '“I will not wait again,” Varga said.',
      'The Lowmoor Traders Guild said in a statement that it would meet on Friday.',
    ],
    expect: { 0: ['Ansel Corrigan'], 1: [], 2: [], 3: ['Piet Varga'], 4: [] },
  },
  {
    name: 'straight single quotes after a cue still quote the speaker ("X said \'After …\'")',
    paragraphs: ["Ned O'Rourke said 'After three years of waiting, we are done with the council.' He didn't say more."],
    expect: { 0: ["Ned O'Rourke"] },
  },
  {
    name: 'a description fits a title clause with phrases inside ("The owner of the bakery on the square, X")',
    paragraphs: [
      'The owner of the bakery on the square, Mira Haldane, opened at six.',
      'Coxswain Ansel Corrigan brought the boat in at noon.',
      '“Nobody buys bread in the rain,” the owner added.',
      '“The sea was flat all morning,” the coxswain said.',
    ],
    expect: { 2: ['Mira Haldane'], 3: ['Ansel Corrigan'] },
  },
  {
    name: 'an abbreviated title with a stop after an inverted cue ("said Dr. X")',
    paragraphs: ['“The clinic stays open,” said Dr. Ines Marwood, the senior partner.', '“Not on Sundays,” said Prof. Olaf Brenn.'],
    expect: { 0: ['Ines Marwood'], 1: ['Olaf Brenn'] },
  },
  {
    name: 'more speech verbs before a colon and a quote ("His wife, X, agreed: “…”")',
    paragraphs: [
      '“It is a scandal,” said Owain Petty. His wife, Lise Petty, agreed: “We will have to move.”',
      'Lise Petty complained: “Nobody asked us.”',
    ],
    expect: { 0: ['Lise Petty', 'Owain Petty'], 1: ['Lise Petty'] },
  },
  {
    name: 'two subjects of one cue both speak ("X and her colleague Y said: “…”"); "X and the council" does not add',
    paragraphs: [
      'Petra Lund runs the trust.',
      'Lund and her colleague Amos Reyes said in a joint letter: “The trust has been misled.”',
      '“The trust has been misled,” Petra Lund and Amos Reyes said.',
      'The mayor and Amos Reyes said: “We will appeal.”',
      'Petra Lund and Amos Reyes said the trust had been misled.',
    ],
    expect: { 1: ['Amos Reyes', 'Petra Lund'], 2: ['Amos Reyes', 'Petra Lund'], 3: ['Amos Reyes'], 4: [] },
  },
  {
    name: 'a reported cue and a quote of the same speaker in one paragraph: the speaker is heard',
    paragraphs: ['Mira Haldane said the ovens were old. “They are older than I am,” she said.'],
    expect: { 0: ['Mira Haldane'] },
  },
  {
    name: 'a passive cue after a modal ("would be added") names nobody and ends',
    paragraphs: ['A checklist, called the Quick Trim checklist, would be added.'],
    expect: { 0: [] },
  },
  {
    name: 'quote then surname and verb, resolved to the full name',
    paragraphs: [INTRO_MINISTER, '“We will not raise taxes this year, whatever happens,” Brankovic said.'],
    expect: { 0: [], 1: ['Teodor Brankovic'] },
  },
  {
    name: 'quote then inverted verb and full name with an appositive',
    paragraphs: ['“The budget is a fantasy from start to finish,” said Ilse Farrow-Hadley, the opposition leader.'],
    expect: { 0: ['Ilse Farrow-Hadley'] },
  },
  {
    name: 'inverted cue with an adverb before the verb',
    paragraphs: [INTRO_LEADER, '“A loan amnesty will solve nothing,” previously said Farrow-Hadley.'],
    expect: { 1: ['Ilse Farrow-Hadley'] },
  },
  {
    name: '"added X" and "noted X" inside the sentence',
    paragraphs: [
      INTRO_MINISTER,
      '“There will be cuts in every ministry,” added Brankovic.',
      'The new rules, noted Brankovic, will “change how towns are funded for a decade”.',
    ],
    expect: { 1: ['Teodor Brankovic'], 2: ['Teodor Brankovic'] },
  },
  {
    name: '"according to X" before a quote, and as indirect speech',
    paragraphs: [
      INTRO_MINISTER,
      'Local taxes, which according to Brankovic will “give towns their own money at last”, start in May.',
      'Revenue will grow by two percent, according to Brankovic.',
    ],
    expect: { 1: ['Teodor Brankovic'], 2: [] },
  },
  {
    name: '"X said:" before the quote, and "X told" as indirect speech',
    paragraphs: [
      INTRO_LEADER,
      'Farrow-Hadley said: “We have the numbers to block this law in the upper house.”',
      'Farrow-Hadley told reporters that the vote would be close.',
    ],
    expect: { 1: ['Ilse Farrow-Hadley'], 2: [] },
  },
  {
    name: 'title before the name, verb long before the quote',
    paragraphs: ['Party leader Maren Voskuijlen said the fact that turnout rose is explained by “a hunger for change among young voters”.'],
    expect: { 0: ['Maren Voskuijlen'] },
  },
  {
    name: 'name set off by commas after an organisation',
    paragraphs: ['The head of Greenfield, Annika Solberg, said the merger “will not bring any new voters to either side”.'],
    expect: { 0: ['Annika Solberg'] },
  },
  {
    name: 'a quote over two paragraphs: the cue in the second names the speaker of the first',
    paragraphs: [
      'Prime Minister Halvard Engstrom opened the session.',
      '“The first priority of this government is schools.',
      '“The second priority is roads and bridges,” said the prime minister.',
    ],
    expect: { 1: ['Halvard Engstrom'], 2: ['Halvard Engstrom'] },
  },
  {
    name: 'a quote closed in the next paragraph without a new opening mark',
    paragraphs: [
      'Prime Minister Halvard Engstrom opened the session.',
      '“The first priority of this government is schools.',
      'The second priority is roads and bridges,” said the prime minister.',
    ],
    expect: { 1: ['Halvard Engstrom'], 2: ['Halvard Engstrom'] },
  },
  {
    name: 'a cue-less quote paragraph continues the previous speaker',
    paragraphs: [
      '“We will win in the north,” Maren Voskuijlen said.',
      '“And we will win in the south as well, whatever the polls say.”',
    ],
    expect: { 1: ['Maren Voskuijlen'] },
  },
  {
    name: '"X said:" at a paragraph end, the quote in the next paragraph',
    paragraphs: ['At the rally, Maren Voskuijlen said:', '“We will win in the north and we will win in the south.”'],
    expect: { 0: ['Maren Voskuijlen'], 1: ['Maren Voskuijlen'] },
  },
  {
    name: 'an age or a clause between the subject and the verb',
    paragraphs: [
      'Annika Solberg, 45, said the list was “final”.',
      'Annika Solberg, who chairs the farmers’ union, said she was “ready for anything”.',
      'Prime Minister Halvard Engstrom opened the session.',
      'The prime minister, speaking to reporters, said the coalition was “perfectly safe”.',
    ],
    expect: { 0: ['Annika Solberg'], 1: ['Annika Solberg'], 3: ['Halvard Engstrom'] },
  },
  {
    name: 'a title between an inverted cue and the name',
    paragraphs: ['“The port will double in size,” said Deputy Minister Rosa Kettunen, speaking in the harbour.'],
    expect: { 0: ['Rosa Kettunen'] },
  },
  {
    name: 'indirect speech through a description with a title printed earlier',
    paragraphs: [
      'Prime Minister Halvard Engstrom opened the session.',
      'The prime minister said that the coalition would “survive the winter”.',
    ],
    expect: { 1: ['Halvard Engstrom'] },
  },
  {
    name: 'pronouns take the running speaker',
    paragraphs: [
      '“Nobody asked the farmers,” Annika Solberg said.',
      'She added that the party would publish its list “in May, not a day later”.',
      '“We are ready for the campaign,” she said.',
    ],
    expect: { 1: ['Annika Solberg'], 2: ['Annika Solberg'] },
  },
  {
    name: 'a pronoun after a new subject takes the subject, not the previous speaker',
    paragraphs: [
      '“We cannot wait forever,” Arvid Kolstad-Marsh told reporters.',
      'Opposition leader Beatriz Ojukwu-Salas accused the government of “playing games with people’s jobs”.',
      '“This is theatre. Nothing more,” she told the Daily Courier.',
    ],
    expect: { 1: ['Beatriz Ojukwu-Salas'], 2: ['Beatriz Ojukwu-Salas'] },
  },
  {
    name: 'a modifier printed in titles must fit: "the prime minister" is not the foreign minister',
    paragraphs: [
      'Prime Minister Sigrun Aalto met union leaders in the morning.',
      'Foreign Minister Arvid Kolstad-Marsh flew to the border in the afternoon.',
      '“Nobody will lose their job because of this,” the prime minister said.',
      '“We will talk again next week,” the foreign minister said.',
    ],
    expect: { 2: ['Sigrun Aalto'], 3: ['Arvid Kolstad-Marsh'] },
  },
  {
    name: 'a surname used before an organisation noun is still the person’s',
    paragraphs: [INTRO_MINISTER, 'The Brankovic administration is split.', '“We are united,” Brankovic said.'],
    expect: { 1: [], 2: ['Teodor Brankovic'] },
  },
  {
    name: 'a person named inside the quote is not the speaker',
    paragraphs: ['“The idea came from party founder Rudolf Kessling, and we owe him a lot,” Annika Solberg said.'],
    expect: { 0: ['Annika Solberg'] },
  },
  {
    name: 'a near-misspelling of a surname resolves to the person',
    paragraphs: ['Oskar Lindqvist, a veteran lawmaker, chairs the committee.', 'Lindquist said the count was “fair”.'],
    expect: { 1: ['Oskar Lindqvist'] },
  },
  {
    name: 'a description after an inverted cue: the lawmaker named earlier',
    paragraphs: [
      'Oskar Lindqvist, a veteran lawmaker, chairs the committee.',
      '“Every vote will be counted twice,” added the veteran lawmaker who chairs the committee.',
    ],
    expect: { 1: ['Oskar Lindqvist'] },
  },
  {
    name: '"the president" is the sitting president, not a former one',
    paragraphs: [
      'Former president Gustav Arnfeldt attended the ceremony.',
      'President Liv Tamsen signed the decree on Friday.',
      'The president said that elections would be held “in spring”.',
    ],
    expect: { 2: ['Liv Tamsen'] },
  },
  {
    name: 'nested quotes stay one quote',
    paragraphs: ['Liv Tamsen said: “We call it the “open door” policy, and it works for everyone.”'],
    expect: { 0: ['Liv Tamsen'] },
  },
  {
    name: 'a relative "who thinks" keeps the speaker',
    paragraphs: ['“We need new faces on the list,” added Annika Solberg, who thinks “the old guard has run out of ideas”.'],
    expect: { 0: ['Annika Solberg'] },
  },
  {
    name: 'scare quotes and unnamed or institutional speakers give nobody',
    paragraphs: [
      '“Nobody asked the farmers,” Annika Solberg said.',
      '“This plan will fail within a year,” said an adviser to the minister.',
      'The so-called “reset” strategy began in spring.',
      '“Turnout was high everywhere in the country,” the electoral commission said.',
    ],
    expect: { 0: ['Annika Solberg'], 1: [], 2: [], 3: [] },
  },
  {
    name: 'a passive cue: the agent after "by" speaks, not the subject',
    paragraphs: [
      'Liv Tamsen was told by Oskar Lindqvist that the count was “over”.',
      'Liv Tamsen was told that the count was over.',
      'The plan was described as “a revolutionary idea for the whole region” by an adviser.',
    ],
    expect: { 0: ['Oskar Lindqvist'], 1: [], 2: [] },
  },
  {
    name: 'a name after a preposition is not the subject: "a spokesperson for X said"',
    paragraphs: ['“The talks are over,” a spokesperson for Liv Tamsen said.', 'A letter to Liv Tamsen said the talks were over.'],
    expect: { 0: [], 1: [] },
  },
  {
    name: 'a statement with a cue verb but no person is not speech',
    paragraphs: ['It should be noted that the law was passed in 2019.', 'About a hundred people called for a boycott.'],
    expect: { 0: [], 1: [] },
  },
  {
    name: 'a colon with no speech verb hands over to its quote: a name opening the sentence speaks, or its he or she',
    paragraphs: [
      'Marta Quill has run the ferry for twenty years.',
      'Quill was blunt: ‘We will not sail again until the pier is mended.’',
      'The owner put it more plainly when she spoke to us at the quay:',
      '‘Nobody will cross this winter, and nobody should try it.’',
      'Fans of the band Ida Brask on her fame: “They never stop shouting when we are on the stage.”',
    ],
    expect: { 1: ['Marta Quill'], 2: ['Marta Quill'], 3: ['Marta Quill'], 4: [] },
  },
  {
    name: 'a colon cue gives way to the cue of the quote it introduces',
    paragraphs: [
      'Tom Fry toured the market on Monday.',
      'There, he met Mrs Ida Brask, who runs the bakery, before she turned to prices:',
      '“Why does the flour cost twice what it did last spring?” she asked him.',
    ],
    expect: { 1: ['Ida Brask'], 2: ['Ida Brask'] },
  },
];

for (const c of cases) {
  test(`news: ${c.name}`, () => {
    const [paras] = attribute(doc(article('news', ['Nadia Petrescu'], c.paragraphs)));
    for (const [i, want] of Object.entries(c.expect)) {
      assert.deepEqual(heard(paras?.[Number(i)]), [...want].sort(), `paragraph ${i}: ${String(c.paragraphs[Number(i)])}`);
    }
  });
}

test('news: a person only mentioned next to a quote is not a speaker', () => {
  const [paras] = attribute(doc(article('news', [], [
    '“What was needed was a shake, which was initiated by party leader Rudolf Kessling,” Marta Oyelowo said.',
  ])));
  const a = paras?.[0];
  assert.deepEqual(a?.speakers, ['Marta Oyelowo']);
  assert.equal(a?.quotes.length, 1);
  assert.equal(a?.quotes[0]?.speaker, 'Marta Oyelowo');
  assert.match(a?.quotes[0]?.text ?? '', /^What was needed/);
  assert.deepEqual(a?.roles, { 'Marta Oyelowo': 'quoted' });
});

test('news: a name introduced in one article resolves in another', () => {
  const d = doc(
    article('news', [], ['Deputy Minister Jean-Baptiste Okonkwo-Reyes visited the port.']),
    article('news', [], ['“The port will double in size by next year,” Okonkwo-Reyes said.']),
  );
  assert.deepEqual(heard(attribute(d)[1]?.[0]), ['Jean-Baptiste Okonkwo-Reyes']);
});

test('news: every attributed quote is listed with its speaker and its cue as printed, in order', () => {
  const text = '“We start today,” said Liv Tamsen. “We finish when the work is done,” she added.';
  const [paras] = attribute(doc(article('news', [], [text])));
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  assert.deepEqual(paras?.[0]?.quotes, [
    { ...at('We start today,'), speaker: 'Liv Tamsen', cue: 'said Liv Tamsen' },
    { ...at('We finish when the work is done,'), speaker: 'Liv Tamsen', cue: 'she added' },
  ]);
});

test('news: captions, headings and front matter without cues carry no speakers', () => {
  const d = doc(article('news', ['Nadia Petrescu'], [
    ['caption', 'Liv Tamsen at the ceremony.'],
    ['heading', 'A NEW START'],
    'The ceremony lasted two hours.',
  ]));
  d.front.push({ kind: 'body', text: 'Inside: the election in numbers.', page: null });
  const out = attribute(d)[0];
  assert.ok(out?.every((a) => a.speakers.length === 0 && a.quotes.length === 0));
});

test('news: with a word list, a capitalised common word opening a sentence is not a given name', () => {
  const d = doc(article('news', [], [
    'Greta Holm entered the final.',
    'Underdog Holm was soon ahead.',
    '“I trained every single day,” Holm said.',
  ]));
  assert.deepEqual(heard(attribute(d, { lexicon: wordList('underdog was soon ahead') })[0]?.[2]), ['Greta Holm']);
});
