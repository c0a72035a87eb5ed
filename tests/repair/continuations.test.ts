import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markContinuations } from '../../src/repair/continuations.ts';
import { DEFAULT_REPAIR } from '../../src/conventions/repair.ts';
import { texts, workBlocks } from '../helpers/pages.ts';

const cases: { name: string; text: string; sectionStart?: number; want: string[]; continues: boolean[] }[] = [
  {
    name: 'running text cut between blocks goes on',
    text: 'The ferry left the pier and\n\nsailed for the island at noon.',
    want: ['The ferry left the pier and', 'sailed for the island at noon.'],
    continues: [false, true],
  },
  {
    name: 'a wide band above the block sets it apart',
    text: 'Ferry timetable for the\n\nThe ferry left at noon.',
    sectionStart: 1,
    want: ['Ferry timetable for the', 'The ferry left at noon.'],
    continues: [false, false],
  },
  {
    name: 'dateline and contact lines part from each other and from the lead',
    text: 'Embargoed Until: Monday, May 4, 2015\nPress Contact: Harbour Office\n555 0100\n\nThe ferry company announced a new route.',
    want: ['Embargoed Until: Monday, May 4, 2015', 'Press Contact: Harbour Office / 555 0100', 'The ferry company announced a new route.'],
    continues: [false, false, false],
  },
  {
    name: 'a speaker\'s label whose words run on in small letters is a turn, not a label block: a column turn joins it',
    text: 'Jane: A young woman from the\ncollege has been coming up the\n\ntower with me since the autumn.',
    want: ['Jane: A young woman from the / college has been coming up the', 'tower with me since the autumn.'],
    continues: [false, true],
  },
  {
    name: 'a long line with a colon is running text, not a label',
    text: 'The mayor said one thing was certain: the ferry would run every day of the\n\nweek from June.',
    want: ['The mayor said one thing was certain: the ferry would run every day of the', 'week from June.'],
    continues: [false, true],
  },
  {
    name: 'a cue ending on a colon goes on into the quotation a column turn put after it',
    text: 'The mayor, meanwhile, said:\n\n"The ferry will run every day\nfrom June."',
    want: ['The mayor, meanwhile, said:', '"The ferry will run every day / from June."'],
    continues: [false, true],
  },
  {
    name: 'a typographic quotation after a colon goes on too',
    text: 'The harbour master put it plainly:\n\n“Nobody sails in this fog.”',
    want: ['The harbour master put it plainly:', '“Nobody sails in this fog.”'],
    continues: [false, true],
  },
  {
    name: 'a colon before plain text (a list, a new section) does not join it',
    text: 'The timetable has three parts:\n\nMorning sailings leave at six.',
    want: ['The timetable has three parts:', 'Morning sailings leave at six.'],
    continues: [false, false],
  },
  {
    name: 'a label line with its value is no cue',
    text: 'Contact: Harbour Office\n\n"The ferry will run," the office said.',
    want: ['Contact: Harbour Office', '"The ferry will run," the office said.'],
    continues: [false, false],
  },
  {
    name: 'a wide band above the quotation still sets it apart',
    text: 'The mayor, meanwhile, said:\n\n"The ferry will run every day\nfrom June."',
    sectionStart: 1,
    want: ['The mayor, meanwhile, said:', '"The ferry will run every day / from June."'],
    continues: [false, false],
  },
];

test('continuations: a quotation whose first line is indented (PDF) opens its own paragraph after a colon', () => {
  const box = (x: number, y: number) => ({ page: 1, x, y, w: 150, h: 10 });
  const at = (text: string, x: number, y: number) => ({ text, page: 1, physicalPage: 1, fontSize: 10, box: box(x, y) });
  const cue = { physicalPage: 1, lines: [at('The mayor, meanwhile, said:', 50, 100)] };
  const flush = { physicalPage: 1, lines: [at('"The ferry will run every day', 250, 20), at('from June, whatever the', 250, 32), at('weather," she said.', 250, 44)] };
  const indented = { physicalPage: 1, lines: [at('"The ferry will run every day', 262, 20), ...flush.lines.slice(1)] };
  assert.deepEqual(markContinuations([cue, flush], DEFAULT_REPAIR).map((b) => b.continues), [false, true]);
  assert.deepEqual(markContinuations([cue, indented], DEFAULT_REPAIR).map((b) => b.continues), [false, false]);
});

for (const c of cases) {
  test(`continuations: ${c.name}`, () => {
    const blocks = workBlocks(c.text);
    if (c.sectionStart !== undefined) {
      const b = blocks[c.sectionStart]!;
      b.lines[0] = { ...b.lines[0]!, sectionStart: true };
    }
    const out = markContinuations(blocks, DEFAULT_REPAIR);
    assert.deepEqual(texts(out), c.want);
    assert.deepEqual(out.map((b) => b.continues), c.continues);
  });
}
