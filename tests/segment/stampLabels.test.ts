// A narrow column breaks a time-stamped label after its first words (`[1:02:14] THE` / `MODERATOR: We …`): the stamp
// and the label's start go to the next line, so the label opens one line again; other lines stay as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBrokenStampLabels } from '../../src/segment/turns.ts';

const cases: { name: string; lines: string[]; want: string[] }[] = [
  { name: 'a role label broken after THE', lines: ['[1:02:14] THE', 'MODERATOR: We begin with the fares.', 'and the timetable.'], want: ['[1:02:14] THE MODERATOR: We begin with the fares.', 'and the timetable.'] },
  { name: 'an honorific label broken after MR.', lines: ['[0:41:02] MR.', 'PRYS: The fares are too high.'], want: ['[0:41:02] MR. PRYS: The fares are too high.'] },
  { name: 'a label of two words broken in the middle', lines: ['(12:04) AUDIENCE', 'MEMBER: Thank you.'], want: ['(12:04) AUDIENCE MEMBER: Thank you.'] },
  { name: 'a whole label on its line stays', lines: ['[1:02:14] THE MODERATOR:', 'We begin with the fares.'], want: ['[1:02:14] THE MODERATOR:', 'We begin with the fares.'] },
  { name: 'a stamp before running text stays', lines: ['[1:02:14] THE', 'ferry left at noon.'], want: ['[1:02:14] THE', 'ferry left at noon.'] },
  { name: 'capitals without a stamp stay', lines: ['THE', 'MODERATOR: We begin.'], want: ['THE', 'MODERATOR: We begin.'] },
  { name: 'a time in the text is no stamp', lines: ['The boat left at 10:15 AM', 'SHARP: nobody waited.'], want: ['The boat left at 10:15 AM', 'SHARP: nobody waited.'] },
];

for (const c of cases) {
  test(`broken stamped labels: ${c.name}`, () => {
    const got = joinBrokenStampLabels(c.lines.map((text) => ({ text })));
    assert.deepEqual(got.map((l) => l.text), c.want);
  });
}

test('broken stamped labels: the joined line keeps the place of the line that holds the words', () => {
  const lines = [{ text: '[1:02:14] THE', page: 1 }, { text: 'MODERATOR: We begin.', page: 2 }];
  assert.deepEqual(joinBrokenStampLabels(lines), [{ text: '[1:02:14] THE MODERATOR: We begin.', page: 2 }]);
});
