// Captions with their credits, bio notes at the foot, face and label cues (invented fixtures).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { segmentParagraphs } from '../../src/segment/paragraphs.ts';
import { blocks, workBlocks } from '../helpers/pages.ts';
import { markContinuations } from '../../src/repair/continuations.ts';
import { DEFAULT_REPAIR } from '../../src/conventions/repair.ts';

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

describe('segmentParagraphs: a narrow justified column dumped word by word, cues before quotations', () => {
  const W30 = new Map([[1, 30]]);
  // blocks as repair hands them on: which one continues the one before
  const para = (text: string) => segmentParagraphs(markContinuations(workBlocks(text), DEFAULT_REPAIR), W30).map((p) => p.text);
  const cases: [string, string, string[]][] = [
    ['a dumped line\'s words stay in their paragraph, a real short last line still ends one',
      'There are eight ferries left\nfrom\nthe\noriginal\nsixteen.\nWhich\none\nwill\nsail on through the winter?\nThe one from Eastport, I hope.\nAfter the storm the crew came\nback to the pier.\nThey were all tired and wet.',
      ['There are eight ferries left from the original sixteen. Which one will sail on through the winter?',
        'The one from Eastport, I hope. After the storm the crew came back to the pier.', 'They were all tired and wet.']],
    ['a quote\'s attribution closing a full line ends the paragraph, in double or British single quotes',
      '“Nobody sails in this, not\neven the mail boat,” he said.\nThe ferry stayed at the pier.\n‘The fog will lift by noon, I\nam sure of it,’ Ola Berg wrote.\nThe mail came the next day.',
      ['“Nobody sails in this, not even the mail boat,” he said.', 'The ferry stayed at the pier.', '‘The fog will lift by noon, I am sure of it,’ Ola Berg wrote.', 'The mail came the next day.']],
    ['... and when a dump set the attribution word by word',
      '‘One gave a week’s wages from\na shop in the market,’ Ola\nBerg, who chairs the\nFriends,\nwrote\nin\na\nstatement.\nThe\nchief\nlibrarian said the room would\nreopen after Easter.',
      ['‘One gave a week’s wages from a shop in the market,’ Ola Berg, who chairs the Friends, wrote in a statement.', 'The chief librarian said the room would reopen after Easter.']],
    ['... but an apostrophe is no closing mark',
      'The crew went to the harbour\nmaster’s office, they said.\nThe ferry stayed at the pier.',
      ['The crew went to the harbour master’s office, they said. The ferry stayed at the pier.']],
    ['a cue line ending on a colon runs into its quotation',
      'When the harbour master was\nasked about the fog, he\nresponded:\n"Nobody sails in this, not\neven the mail boat."\nThe ferry stayed at the pier.',
      ['When the harbour master was asked about the fog, he responded: "Nobody sails in this, not even the mail boat."', 'The ferry stayed at the pier.']],
    ['... and across a column break (a blank line in the dump)',
      'The mayor, meanwhile, said:\n\n"The ferry will run every day\nfrom June, whatever the\nweather."',
      ['The mayor, meanwhile, said: "The ferry will run every day from June, whatever the weather."']],
    ['a colon before a list item still parts from it across a blank line',
      'The timetable has three parts:\n\nMorning sailings leave at six.',
      ['The timetable has three parts:', 'Morning sailings leave at six.']],
  ];
  for (const [name, input, want] of cases) it(name, () => assert.deepEqual(para(input), want));
});
