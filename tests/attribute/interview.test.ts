// Interviews: questions → the interviewer (byline), answers → the interviewee (caption, bio, standfirst).
// All people and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type P, article, attribute, doc, heard } from './helpers.ts';

const INTERVIEWER = 'Nadia Petrescu';
const GUEST = 'Jonas Eberhardt-Lunde';

const layout: P[] = [
  ['caption', GUEST],
  ['standfirst', `The reforms are overdue and too timid, economist ${GUEST} told The Ledger in an interview.`],
  ['bio', 'Jon Eberhardt-Lunde is a professor of economics at the Institute of Trade. He spoke to The Ledger’s Nadia Petrescu.'],
  ['question', 'Many say the reform is too slow. Is this a fair assessment?'],
  ['answer', 'As you said, it is slow. Regarding your question: yes, it is fair, and I said so last year.'],
  ['answer', 'After the vote, the finance minister Teodor Brankovic literally said: “We will not raise taxes, whatever happens.”'],
  ['answer', 'Brankovik has stated that further delay may lead to “a crisis”.'],
  ['question', 'And the opposition will always remain marginal?'],
  ['answer', 'No, I do not believe that, as you said, the opposition “will always remain marginal”.'],
];

test('interview: questions are the interviewer’s, answers the interviewee’s', () => {
  const [paras] = attribute(doc(article('interview', [INTERVIEWER], layout)));
  assert.deepEqual(paras?.[3]?.speakers, [INTERVIEWER]);
  assert.deepEqual(paras?.[3]?.roles, { [INTERVIEWER]: 'interviewer' });
  assert.deepEqual(paras?.[7]?.speakers, [INTERVIEWER]);
  assert.deepEqual(paras?.[4]?.roles, { [GUEST]: 'interviewee' });
});

test('interview: "as you said" and "your question" leave the answer to the interviewee alone', () => {
  const [paras] = attribute(doc(article('interview', [INTERVIEWER], layout)));
  for (const i of [4, 8]) {
    assert.deepEqual(heard(paras?.[i]), [GUEST], `paragraph ${i}`);
    assert.ok(!paras?.[i]?.speakers.includes(INTERVIEWER));
  }
});

test('interview: a third person quoted in an answer is added, resolved through a misspelling too', () => {
  const [paras] = attribute(doc(article('interview', [INTERVIEWER], layout)));
  assert.deepEqual(paras?.[5]?.speakers, [GUEST, 'Teodor Brankovic']);
  assert.deepEqual(paras?.[5]?.roles, { [GUEST]: 'interviewee', 'Teodor Brankovic': 'quoted' });
  assert.deepEqual(paras?.[5]?.quotes.map(({ text, speaker }) => ({ text, speaker })), [{ text: 'We will not raise taxes, whatever happens.', speaker: 'Teodor Brankovic' }]);
  assert.deepEqual(heard(paras?.[6]), [GUEST, 'Teodor Brankovic'].sort());
});

test('interview: caption, bio and standfirst carry no voice; the standfirst only reports the guest (no quote)', () => {
  const [paras] = attribute(doc(article('interview', [INTERVIEWER], layout)));
  for (const i of [0, 1, 2]) {
    assert.deepEqual(paras?.[i]?.speakers, [], `paragraph ${i}`);
    assert.equal(paras?.[i]?.voice, null, `paragraph ${i}`);
  }
});

const sources: { name: string; paragraphs: P[] }[] = [
  { name: 'a caption that is only a name', paragraphs: [['caption', `${GUEST} [Photo archive]`]] },
  { name: 'a bio', paragraphs: [['bio', `${GUEST} is a professor of economics at the Institute of Trade.`]] },
  { name: 'a standfirst cue', paragraphs: [['standfirst', `In a long interview, political scientist ${GUEST} explained the stakes of the vote.`]] },
  {
    name: 'a standfirst that opens with the name, then goes on with a pronoun',
    paragraphs: [['standfirst', `${GUEST} has taught trade law for thirty years. As he retires, he looks back on the reforms.`]],
  },
];

for (const s of sources) {
  test(`interview: the interviewee is found from ${s.name}`, () => {
    const [paras] = attribute(doc(article('interview', [INTERVIEWER], [
      ...s.paragraphs,
      ['question', 'What is at stake?'],
      ['answer', 'Everything is at stake, for the country and for the region.'],
    ])));
    assert.deepEqual(paras?.at(-1)?.speakers, [GUEST]);
  });
}

test('interview: without a byline, "spoke to X" names the interviewer', () => {
  const [paras] = attribute(doc(article('interview', [], [
    ['bio', `${GUEST} is a professor of economics. He spoke to The Ledger’s ${INTERVIEWER}.`],
    ['question', 'What is at stake?'],
    ['answer', 'Everything is at stake.'],
  ])));
  assert.deepEqual(paras?.[1]?.speakers, [INTERVIEWER]);
  assert.deepEqual(paras?.[2]?.speakers, [GUEST]);
});

test('interview: with no question marked, body paragraphs are answers, unless they ask "you"', () => {
  const [paras] = attribute(doc(article('interview', [INTERVIEWER], [
    ['caption', GUEST],
    'The vote is in January. What is your take?',
    'Everything is at stake, for the country and for the region. Who could deny it?',
  ])));
  assert.deepEqual(paras?.[1]?.speakers, [INTERVIEWER]);
  assert.deepEqual(paras?.[2]?.speakers, [GUEST]);
});

test('interview: questions and answers in an article labelled news still go to interviewer and interviewee', () => {
  const [paras] = attribute(doc(article('news', [INTERVIEWER], [
    ['caption', GUEST],
    ['question', 'What is at stake?'],
    ['answer', 'Everything is at stake.'],
  ])));
  assert.deepEqual(paras?.[1]?.roles, { [INTERVIEWER]: 'interviewer' });
  assert.deepEqual(paras?.[2]?.roles, { [GUEST]: 'interviewee' });
});

const SPOKE_TO_CASES: { name: string; title: string; intro: string; interviewer: string; guest: string }[] = [
  {
    name: '"A talked to B about …" under a title presenting B: A asks',
    title: 'In conversation: Dora Quist', intro: 'Ben Arlo talked to Dora Quist about winters on the fells and her new book.',
    interviewer: 'Ben Arlo', guest: 'Dora Quist',
  },
  {
    name: '"B spoke to the Gazette’s A": the outlet’s writer asks',
    title: 'Winters on the fells', intro: 'Dora Quist spoke to the Gazette’s Ben Arlo about her new book.',
    interviewer: 'Ben Arlo', guest: 'Dora Quist',
  },
  {
    name: '"She spoke to A": the object asks',
    title: 'Dora Quist on winters', intro: 'Dora Quist has walked the fells for forty years. She spoke to Ben Arlo.',
    interviewer: 'Ben Arlo', guest: 'Dora Quist',
  },
];

for (const c of SPOKE_TO_CASES) {
  test(`interview without a byline: ${c.name}`, () => {
    const [paras] = attribute(doc(article('interview', [], [
      ['standfirst', c.intro],
      ['question', 'When did you start walking?'],
      ['answer', 'When I was six, with my father.'],
    ], c.title)));
    assert.deepEqual(paras?.[1]?.speakers, [c.interviewer]);
    assert.deepEqual(paras?.[2]?.speakers, [c.guest]);
  });
}

const ANSWER_PRONOUN_CASES: { name: string; answer: string; heard: string[] }[] = [
  {
    name: 'a pronoun cue with a quote goes to the one person the answer named before',
    answer: 'A man called Ewan Tolley ran the yard. On my first day he told me, “Never trust a dry rope.”',
    heard: [GUEST, 'Ewan Tolley'],
  },
  {
    name: 'two people named before the pronoun: nobody is guessed',
    answer: 'Ewan Tolley and Rhys Penmarric ran the yard. On my first day he told me, “Never trust a dry rope.”',
    heard: [GUEST],
  },
  {
    name: 'a pronoun cue without a quote adds nobody',
    answer: 'A man called Ewan Tolley ran the yard. On my first day he told me to sweep it.',
    heard: [GUEST],
  },
];

for (const c of ANSWER_PRONOUN_CASES) {
  test(`interview answer: ${c.name}`, () => {
    const [paras] = attribute(doc(article('interview', [INTERVIEWER], [
      ['caption', GUEST],
      ['question', 'How did you start?'],
      ['answer', c.answer],
    ])));
    assert.deepEqual(heard(paras?.[2]), [...c.heard].sort());
  });
}

test('interview: reported speech in the exchange is a mention; quoted speech in an answer is heard', () => {
  const [paras] = attribute(doc(article('interview', [INTERVIEWER], [
    ['caption', GUEST],
    ['standfirst', `The reforms are overdue, economist ${GUEST} told The Ledger.`],
    ['question', 'Your colleague Tamsin Rooke said last week that you are too cautious. Is that fair?'],
    ['answer', 'Tamsin Rooke said the same thing in 2010, and I was right then too.'],
    ['answer', 'My old teacher, Harold Pennick, told me: “Never trust a budget.”'],
  ])));
  assert.deepEqual(paras?.map((p) => heard(p)), [[], [], [INTERVIEWER], [GUEST], [GUEST, 'Harold Pennick'].sort()]);
  assert.deepEqual(paras?.map((p) => p?.voice), [null, null, INTERVIEWER, GUEST, GUEST]);
});

test('interview: a question label naming nobody (the paper\'s name) is the interviewer\'s; a first-name label the guest\'s', () => {
  const labelled = (kind: 'question' | 'answer', label: string, text: string) => ({ kind, label, text, page: 1 });
  const a = article('interview', [INTERVIEWER], [['standfirst', `${GUEST} talked to ${INTERVIEWER} about trade.`]], `${GUEST} on trade`);
  a.paragraphs.push(labelled('question', 'Herald:', 'Is the reform too slow?'), labelled('answer', 'Jonas:', 'It is slow, and I said so last year.'));
  const [paras] = attribute(doc(a));
  assert.deepEqual(paras?.[1]?.speakers, [INTERVIEWER]);
  assert.deepEqual(paras?.[2]?.speakers, [GUEST]);
});
