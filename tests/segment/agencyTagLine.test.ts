// An agency tag that a narrow column wrapped to a line of its own (`(Harbourwire)`) closes its story: the title and
// byline under it start the next piece (a raw dump runs them on with no blank line; invented text).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { segmentArticles } from '../../src/segment/articles.ts';
import { blocks } from '../helpers/pages.ts';

const WIRE = `Ferry crossing closed by a storm for the rest of the week
The harbour board closed the night ferry crossing on Monday after the storm broke two of the mooring posts at
the quay, and said the boats would stay in port until the engineers had replaced them later in the week.
Passengers were sent round by the coast road, which added an hour to the journey for most of them, it said.
The board expects to reopen the crossing on Saturday.`;
const NEXT = `Our market hall deserves a new roof
By Ola Berg
The market hall has stood on the square for a hundred years, and the rain now comes through its roof on every
stall in the north aisle, so the traders have asked the council for the money to mend it before the winter.`;

describe('an agency tag alone on its line closes its story', () => {
  const cases: [string, string, string[]][] = [
    ['the tag on a line of its own', `${WIRE}\n(Harbourwire)\n${NEXT}`, ['Ferry crossing closed by a storm for the rest of the week', 'Our market hall deserves a new roof']],
    ['the tag after the last stop', `${WIRE} (Harbourwire)\n${NEXT}`, ['Ferry crossing closed by a storm for the rest of the week', 'Our market hall deserves a new roof']],
  ];
  for (const [name, text, titles] of cases) {
    it(name, () => {
      const got = segmentArticles(blocks(text)).articles;
      assert.deepEqual(got.map((a) => a.title.map((l) => l.text).join(' ')), titles);
      assert.deepEqual(got[1]?.authors, ['Ola Berg']);
    });
  }
});
