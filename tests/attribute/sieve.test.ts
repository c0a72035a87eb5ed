// News sieve additions: participle cues, "X, meanwhile, said", speech only mentioned ("what X said"),
// a pronoun resolved by gender inside its sentence, and a block quote after "X responded:". All invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, attribute, doc, heard } from './helpers.ts';

const cases: { name: string; paragraphs: string[]; want: string[][] }[] = [
  {
    name: 'a participle with no quote in its sentence reports an action, not words',
    paragraphs: [
      'The agency amends the rule by removing Harbour Safety Notice 12, and adding the following new notice.',
      'Branch Trace Stitching avoids the costs of calling traces from the monitor.',
    ],
    want: [[], []],
  },
  {
    name: 'a participle speaks for the sentence subject',
    paragraphs: ['Former Mayor Ruth Okonjo, who opened the bridge in 2001, was critical of the plan, saying “The bridge is not a toll road and never will be.”'],
    want: [['Ruth Okonjo']],
  },
  {
    name: '"X, meanwhile said:" with a quote',
    paragraphs: ['Harbour master Ivo Brandt, meanwhile said: “We will reopen the locks on Friday, as planned.”'],
    want: [['Ivo Brandt']],
  },
  {
    name: 'speech only mentioned ("what X had said") is not X’s speech',
    paragraphs: ['Mr Ivo Brandt met Mrs Lena Sorvik.', 'Sorvik later said she was “upset” by what Brandt had said about the fishermen.'],
    want: [[], ['Lena Sorvik']],
  },
  {
    name: 'a pronoun goes to the person of that gender named before it in the sentence',
    paragraphs: [
      'Mr Ivo Brandt met Mrs Lena Sorvik at the quay.',
      'There, he spoke with Lena Sorvik, who asked about the locks: “When will the boats go out again?” she asked him.',
    ],
    want: [[], ['Lena Sorvik']],
  },
  {
    name: 'a block quote after "X responded:" is X’s',
    paragraphs: ['When a clerk asked about the fees, Ivo Brandt responded:', '“The fees stay as they are until the spring, and nobody will pay twice.”'],
    want: [['Ivo Brandt'], ['Ivo Brandt']],
  },
  {
    name: 'verb chains: "continued to tell", "went on to say"',
    paragraphs: [
      'Harbour master Ivo Brandt continued to tell reporters that “the locks will open on Friday, as planned”.',
      '“We will reopen the locks on Friday, as planned,” Lena Sorvik went on to say.',
    ],
    want: [['Ivo Brandt'], ['Lena Sorvik']],
  },
  {
    name: 'an appositive names the speaker ("The owner, X, said")',
    paragraphs: ['The owner of the ferry, Ivo Brandt, said: “Nobody will pay twice for the same crossing.”'],
    want: [['Ivo Brandt']],
  },
  {
    name: 'a description names nobody unless exactly one person’s title fits',
    paragraphs: ['Mayor Ivo Brandt and Mayor Lena Sorvik met on the quay.', '“The locks will open on Friday, as planned,” the harbour master said.'],
    want: [[], []],
  },
  {
    name: 'a person only mentioned inside a quote is not its speaker',
    paragraphs: ['“Ivo Brandt promised the locks would open on Friday, and they did not,” said fisherman Aldo Frenn.'],
    want: [['Aldo Frenn']],
  },
  {
    name: 'a paragraph ending with a colon speaks for the quote that opens the next; an unnamed spokesman blocks it',
    paragraphs: [
      'Mr Ivo Brandt met Mrs Lena Sorvik at the quay, before the vote on the fees:',
      '“When will the boats go out again?” she asked him.',
      'A spokesman for Brandt said:',
      '“The locks will open on Friday, as planned, and nobody will pay twice.”',
    ],
    want: [['Lena Sorvik'], ['Lena Sorvik'], [], []],
  },
];

for (const c of cases) {
  test(`sieve: ${c.name}`, () => {
    const [paras] = attribute(doc(article('news', [], c.paragraphs)));
    assert.deepEqual(paras?.map((p) => heard(p)), c.want);
  });
}
