// Role labels (`THE CHAIR:`, `MODERATOR:`) resolve to the person the document presents in the role; stage
// directions on their own (`(Laughter.)`) are nobody's words and do not end the turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, attribute, doc, type P } from './helpers.ts';

const cases: { name: string; intro: string; label: string; want: string[] }[] = [
  { name: 'a list of those present: X (Chair)', intro: 'Present: Councillor Nella Vorst (Chair), Councillor Aled Prys.', label: 'THE CHAIR', want: ['Nella Vorst'] },
  { name: 'a head line: Moderator: X', intro: 'Moderator: Tam Osk', label: 'MODERATOR', want: ['Tam Osk'] },
  { name: 'an appositive: the host, X', intro: 'With the host, Greta Lindqvist, and her guests.', label: 'HOST', want: ['Greta Lindqvist'] },
  { name: 'a head line by the act: Moderated by X', intro: 'Moderated by Tam Osk, editor of the ferry news', label: 'THE MODERATOR', want: ['Tam Osk'] },
  { name: 'a head line by the act: Chaired by X', intro: 'Chaired by Councillor Nella Vorst. Present: Councillor Aled Prys.', label: 'THE CHAIR', want: ['Nella Vorst'] },
  { name: 'another act names no holder', intro: 'Edited by Councillor Nella Vorst for the ferry news.', label: 'THE CHAIR', want: ['The Chair'] },
  { name: 'nobody presented: shown as printed', intro: 'A meeting of the ferry board.', label: 'THE CHAIR', want: ['The Chair'] },
  { name: 'a name that is no role presentation', intro: 'Present: Councillor Nella Vorst, who chairs the board.', label: 'THE CHAIR', want: ['The Chair'] },
  { name: 'two people presented alike: nobody chosen', intro: 'Nella Vorst (Chair) and Aled Prys (Chair) shared the meeting.', label: 'THE CHAIR', want: ['The Chair'] },
];

for (const c of cases) {
  test(`role labels: ${c.name}`, () => {
    const [paras] = attribute(doc(article('news', [], [
      c.intro,
      ['turn', 'Good evening, and welcome.', c.label],
      ['turn', 'Thank you for having me.', 'MR. PRYS'],
      ['turn', 'We begin with the fares.', c.label],
    ])));
    assert.deepEqual(paras?.[1]?.speakers, c.want);
    assert.deepEqual(paras?.[3]?.speakers, c.want);
  });
}

const stage: { text: string; spoken: boolean }[] = [
  { text: '(Laughter.)', spoken: false },
  { text: '[Applause]', spoken: false },
  { text: '(Pause.)', spoken: false },
  { text: 'And the fares will not rise, whatever the board says.', spoken: true },
  { text: '(The harbour master, who had arrived late, took the seat beside the clerk and read his report.)', spoken: true },
];

for (const s of stage) {
  test(`stage directions: ${s.text}`, () => {
    const paras: P[] = [
      'Remarks by Councillor Aled Prys at the ferry board.',
      ['turn', 'I have sat on this board for years.', 'COUNCILLOR PRYS'],
      s.text,
      'And I will sit on it for some years yet.',
      ['turn', 'We will see.', 'THE CLERK'],
    ];
    const [got] = attribute(doc(article('news', [], paras)));
    assert.deepEqual(got?.[2]?.speakers, s.spoken ? ['Aled Prys'] : []);
    assert.deepEqual(got?.[3]?.speakers, ['Aled Prys'], 'the turn goes on after it');
  });
}

const selfIntroduced: { name: string; label: string; text: string; want: string[] }[] = [
  { name: 'I’m X, from the floor', label: 'FROM THE FLOOR', text: 'I’m Lotte Brandt, I run the chandlery. The fares are too high.', want: ['Lotte Brandt'] },
  { name: 'My name is X', label: 'AUDIENCE MEMBER', text: 'My name is Lotte Brandt and I live on the island.', want: ['Lotte Brandt'] },
  { name: 'after a time stamp', label: 'FROM THE FLOOR', text: '[00:41:02] I am Lotte Brandt, and I have a question.', want: ['Lotte Brandt'] },
  { name: 'after a courtesy: Thank you. My name is X', label: 'AUDIENCE MEMBER', text: 'Thank you. My name is Lotte Brandt, and I live on the island.', want: ['Lotte Brandt'] },
  { name: 'after a greeting: Good evening, I’m X', label: 'FROM THE FLOOR', text: 'Good evening, everyone. I’m Lotte Brandt, I run the chandlery.', want: ['Lotte Brandt'] },
  { name: 'a sentence before that is no courtesy: nobody', label: 'FROM THE FLOOR', text: 'The fares went up twice last year. This is Harbour Road all over again.', want: [] },
  { name: 'a courtesy without a name: nobody', label: 'FROM THE FLOOR', text: 'Thank you. I run the chandlery, and the fares are too high.', want: [] },
  { name: 'no name given: nobody', label: 'FROM THE FLOOR', text: 'I run the chandlery, and the fares are too high.', want: [] },
  { name: 'a named label wins over the words', label: 'MR. PRYS', text: 'I’m Lotte Brandt’s neighbour, and I agree with her.', want: ['Aled Prys'] },
];

for (const c of selfIntroduced) {
  test(`self-introduced speakers: ${c.name}`, () => {
    const [paras] = attribute(doc(article('news', [], [
      'Present: Councillor Aled Prys and Councillor Nella Vorst.',
      ['turn', 'We take questions from the floor.', 'COUNCILLOR VORST'],
      ['turn', c.text, c.label],
      'And that is all I wanted to say.',
      ['turn', 'Thank you.', 'COUNCILLOR PRYS'],
    ])));
    assert.deepEqual(paras?.[2]?.speakers, c.want);
    assert.deepEqual(paras?.[3]?.speakers, c.want, 'the turn goes on');
  });
}
