// Heads in text dumps with no fonts: a title set large shows only through lines that break early.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { segmentArticles } from '../../src/segment/articles.ts';
import { blocks } from '../helpers/pages.ts';

const RUNNING = `The harbour board will keep the night ferry running through the winter months after all, it said on
Monday, when the figures for the autumn came in better than the board had feared in the summer.
Passengers had written to the board in their hundreds, and the mayor had asked for a meeting.`;

const OPENING = `Who keeps the lamps lit at the harbour mouth, and how long has the work been done by hand there?
Nobody in town remembers a time when the lamps were not lit by hand, and the keepers like it that
way, they say.`;

describe('segmentArticles: a title that breaks early starts an article mid-page in a dump', () => {
  const cases: [string, string, string[]][] = [
    ['a title broken after a few words (the next word would have fitted)', `${OPENING}\nNight ferry saved after a winter\nreprieve\n${RUNNING}`, ['Night ferry saved after a winter reprieve']],
    ['a one-line subhead stays inside the article', `${OPENING}\nNight ferry saved\n${RUNNING}`, []],
    ['single words that a dump scattered are no title', `${OPENING}\nBut\nthey\n${RUNNING}`, []],
    ['a wire dateline on its own line is no part of the title', `${OPENING}\nNight ferry saved after a winter\nreprieve\nMARRICK (Coastwire) —\n${RUNNING}`, ['Night ferry saved after a winter reprieve']],
    ['a wire dateline with a hyphen and a date', `${OPENING}\nNight ferry saved after a winter\nreprieve\nMARRICK, May 4 (Coastwire) -\n${RUNNING}`, ['Night ferry saved after a winter reprieve']],
    ['a credit line broken after `by` closes the story before the next title', `${OPENING}\nReporting by Tom Fry; Editing by\nAnn Lee\nNight ferry saved after a winter\nreprieve\n${RUNNING}`, ['Night ferry saved after a winter reprieve']],
    ['a credit line broken inside a part closes the story before the next title', `${OPENING}\nReporting by Tom Fry; Additional\nreporting by Kit Moss; Editing by\nAnn Lee\nNight ferry saved after a winter\nreprieve\n${RUNNING}`, ['Night ferry saved after a winter reprieve']],
    ['a dated dateline too', `${OPENING}\nNight ferry saved after a winter\nreprieve\nMARRICK, May 4 —\n${RUNNING}`, ['Night ferry saved after a winter reprieve']],
    ['a title broken at the measure of a narrow column is not taken for a large face', `${OPENING}\nNight ferry saved after a winter reprieve by the board of the harbour\nin town\n${RUNNING}`, []],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => {
      const titles = segmentArticles(blocks(text)).articles.map((a) => a.title.map((l) => l.text).join(' '));
      assert.deepEqual(titles.slice(1), want);
    });
  }
});
