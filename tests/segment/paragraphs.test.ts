// Captions with their credits, bio notes at the foot, face and label cues (invented fixtures).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { segmentParagraphs } from '../../src/segment/paragraphs.ts';
import { blocks } from '../helpers/pages.ts';

const W = new Map([[1, 40]]);
const seg = (text: string, labels: string[] = []) => segmentParagraphs(blocks(text), W, new Set(labels)).map((p) => [p.kind, p.text, p.credit ?? p.label ?? '']);

describe('segmentParagraphs: captions, bios, labels', () => {
  const cases: [string, string, string[], string[][]][] = [
    ['a Photo: credit closes a caption, and the text may run on in the same block',
      'The old mill by the river at dawn. Photo: Jane\nRoe\nThe mill was built in the year of the great\nflood and has stood empty since the war.', [],
      [['caption', 'The old mill by the river at dawn.', 'Jane Roe'], ['body', 'The mill was built in the year of the great flood and has stood empty since the war.', '']]],
    ['a bracketed stage direction is no credit',
      'Do you swear at other drivers at all?\n[laughs] Only on Mondays. [Laughs]', [],
      [['body', 'Do you swear at other drivers at all?', ''], ['body', '[laughs] Only on Mondays. [Laughs]', '']]],
    ['a bio note at the foot of a block is its own paragraph',
      'We will remember them all, the crew and their\nfamilies, for as long as this nation stands.\nJohn Doe was the mayor of Eastport.', [],
      [['body', 'We will remember them all, the crew and their families, for as long as this nation stands.', ''], ['body', 'John Doe was the mayor of Eastport.', '']]],
    ['a label opens a turn and is kept apart from the text',
      'Q: Where did you learn to bake at all, then?\nA: In my grandmother\'s kitchen, long ago.', ['Q', 'A'],
      [['turn', 'Where did you learn to bake at all, then?', 'Q'], ['turn', 'In my grandmother\'s kitchen, long ago.', 'A']]],
  ];
  for (const [name, input, labels, want] of cases) it(name, () => assert.deepEqual(seg(input, labels), want));
});
