// A signed piece in the first person speaks in its author's voice whatever its rubric; a signed news
// story that quotes people does not. All people and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, attribute, doc, heard } from './helpers.ts';

const AUTHOR = 'Marta Quillon';

const cases: { name: string; paragraphs: string[]; want: string[][] }[] = [
  {
    name: 'a statement filed as news is the author’s',
    paragraphs: [
      'Good evening. Tonight I want to speak to you about the harbour.',
      'We have rebuilt the quay twice in ten years, and we will not do it a third time.',
      'The council voted on Tuesday.',
      'Thank you, and good night.',
    ],
    want: [[AUTHOR], [AUTHOR], [AUTHOR], [AUTHOR]],
  },
  {
    name: 'a signed report that quotes people stays news',
    paragraphs: [
      'The harbour council voted on Tuesday to close the old quay.',
      '“We have no choice,” said councillor Piet Ambrose.',
      '“It breaks my heart,” fisherman Aldo Frenn told reporters.',
      'The quay will close in May.',
    ],
    want: [[], ['Piet Ambrose'], ['Aldo Frenn'], []],
  },
];

for (const c of cases) {
  test(`voice: ${c.name}`, () => {
    const [paras] = attribute(doc(article('news', [AUTHOR], c.paragraphs)));
    assert.deepEqual(paras?.map((p) => heard(p)), c.want);
  });
}

test('voice: a signed first-person address filed as an interview, with no exchange, is the author’s', () => {
  const [paras] = attribute(doc(article('interview', [AUTHOR], [
    'Good evening. Tonight I want to speak to you about the harbour.',
    'We have rebuilt the quay twice in ten years, and we will not do it a third time.',
  ])));
  assert.deepEqual(paras?.map((p) => heard(p)), [[AUTHOR], [AUTHOR]]);
});
