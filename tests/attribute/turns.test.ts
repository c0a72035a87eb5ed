// Transcript turns: the printed label speaks, resolved to the fullest name the document prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, attribute, doc } from './helpers.ts';

test('turns: the label is the speaker, in the fullest form the document has', () => {
  const [paras] = attribute(doc(article('news', [], [
    'Argued before Justice Maria Alvarez and counsel Piotr Kowalczyk.',
    ['turn', 'Counsel, you may proceed.', 'JUSTICE ALVAREZ'],
    ['turn', 'Thank you. As General Ostrander said, the rule is clear.', 'MR. KOWALCZYK'],
    ['turn', 'Is it?', 'JUSTICE BRENNAGH'],
  ])));
  assert.deepEqual(paras?.[1]?.speakers, ['Maria Alvarez']);
  assert.deepEqual(paras?.[2]?.speakers, ['Piotr Kowalczyk'], 'a person the turn mentions is not heard');
  assert.deepEqual(paras?.[3]?.speakers, ['Justice Brennagh'], 'an unknown label is shown as printed');
});
