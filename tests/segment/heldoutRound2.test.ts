// Conventions met in the second round of held-out reports (invented fixtures): `Q.` / `A.` labels with a stop,
// and a title whose second line ends in a number (`… by 2014`), which looks like a running head.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from '../../src/domain/types.ts';
import { findTurnLabels, matchTurn } from '../../src/segment/turns.ts';
import { segmentArticles } from '../../src/segment/articles.ts';
import { lastWord } from '../../src/segment/headEvidence.ts';
import { splitCredit } from '../../src/segment/lines.ts';
import { PHOTO_CREDIT } from '../../src/segment/paragraphs.ts';
import { markIntro } from '../../src/segment/intro.ts';
import { segmentParagraphs } from '../../src/segment/paragraphs.ts';
import { speaksInAuthorsVoice } from '../../src/segment/articleKind.ts';
import { blocks } from '../helpers/pages.ts';

describe('matchTurn: labels with a stop', () => {
  const cases: [string, string | null][] = [
    ['Q. Where were you born?', 'Q'],
    ['A. In a fishing town on the coast.', 'A'],
    ['J. Smith wrote the report.', null],
    ['Q.E.D. as they say.', null],
  ];
  for (const [text, label] of cases) it(text, () => assert.equal(matchTurn(text)?.label ?? null, label));
});

describe('findTurnLabels: dotted labels', () => {
  const cases: [string, string[], string[]][] = [
    ['dotted questions and answers recur', ['Q. Why the sea?', 'A. Because of my father.', 'Q. And then?', 'A. Then the war came.'], ['A', 'Q']],
    ['an initial `A.` opening lines is not a label', ['A. Marsh wrote the first guide.', 'A. Marsh also drew the maps.'], []],
  ];
  for (const [name, lines, want] of cases) it(name, () => assert.deepEqual([...findTurnLabels(lines)].sort(), want));
});

describe('lastWord', () => {
  const cases: [string, string][] = [['old mains by 2014', '2014'], ['forty miles of', 'of'], ['the harbour.', 'harbour']];
  for (const [text, want] of cases) it(text, () => assert.equal(lastWord(text), want));
});

it('a two-line title whose second line ends in a year is one title', () => {
  const doc: Block[] = blocks(`Gull Island ferry to gain a second deck
and new engines by 2015
By Ola Berg and Tom Fry

The ferry company will rebuild its oldest boat over the winter, it said on Monday.
The work will take four months and cost two million pounds, most of it from the county.
Islanders will travel on a chartered boat while the work goes on, the company added.`, 1);
  const split = segmentArticles(doc);
  assert.deepEqual(split.articles.map((a) => [a.title.map((l) => l.text).join(' '), a.authors]), [
    ['Gull Island ferry to gain a second deck and new engines by 2015', ['Ola Berg', 'Tom Fry']],
  ]);
});

describe('speaksInAuthorsVoice: a column that says `I` sparingly and quotes nobody', () => {
  const para = (text: string) => ({ kind: 'body' as const, text, page: 1 });
  const filler = 'The county stopped the late ferries in the spring, and the saving looked small on paper at the time. Four boats and a dozen crew cost less than a new road.';
  const cases: [string, string[], boolean][] = [
    ['sparse first person, no quotation', [filler, 'I rode the last boat on its last night.', filler, 'The rest of us sleep while they work.', filler], true],
    ['reporting with quotes and no first person', [filler, '“We will look again,” said Ola Berg, the ferry manager.', filler], false],
    ['no quotation and no first person', [filler, filler, filler], false],
    ['first person only inside quotations', [filler, '“I rode it every day, and so did my sister,” she said.', '“We miss it,” Tom Fry added.'], false],
  ];
  for (const [name, texts, want] of cases) it(name, () => assert.equal(speaksInAuthorsVoice(texts.map(para)), want));
});

describe('markIntro: bio notes that present the author', () => {
  const para = (text: string) => ({ kind: 'body' as const, text, page: 1 });
  const body = 'The county wants to close the village school, and I think that is a mistake for everyone who lives here.';
  const cases: [string, string, 'news' | 'opinion', string[], string][] = [
    ['an unnamed author note in an op-ed', 'The writer is a retired head teacher and chairs the schools trust.', 'opinion', ['Ola Berg'], 'bio'],
    ['an unnamed author note even where the piece reads as news', 'The writer is a retired head teacher.', 'news', [], 'bio'],
    ['a named columnist note', 'Ola Berg writes a weekly column on transport.', 'opinion', ['Ola Berg'], 'bio'],
    ['a sentence of reporting', 'The writer of the letter was not named.', 'news', [], 'body'],
  ];
  for (const [name, last, kind, authors, want] of cases) {
    it(name, () => assert.equal(markIntro(kind, [para(body), para(body), para(last)], 0, authors).at(-1)!.kind, want));
  }
});

it('an author note closes the piece before a head without a byline', () => {
  const doc: Block[] = blocks(`Our village schools are worth the bus fare
By Ola Berg

I think the county is wrong to close the schools, and I will say so at every meeting this winter.
The writer is a retired head teacher.

Four hundred hives and a very long summer
In this episode the host talks to a beekeeper who works on the moors above the town.
HOST: How many hives do you keep this year on the moor?
BERG: Four hundred and twelve, at the last count, and more each spring.`, 1);
  assert.deepEqual(segmentArticles(doc).articles.map((a) => a.title.map((l) => l.text).join(' ')),
    ['Our village schools are worth the bus fare', 'Four hundred hives and a very long summer']);
});

describe('captions: a credit in parentheses', () => {
  const cases: [string, string, string | undefined][] = [
    ['A burst main flooded three streets in January. (Photo: Ola Berg)', 'A burst main flooded three streets in January.', 'Ola Berg'],
    ['The new bridge at dawn. Photo: Ola Berg', 'The new bridge at dawn.', 'Ola Berg'],
    ['The council met (as it does) on Monday.', 'The council met (as it does) on Monday.', undefined],
  ];
  for (const [text, want, credit] of cases) {
    it(text, () => {
      const got = splitCredit(text);
      assert.deepEqual([got.text, got.credit], [want, credit]);
      assert.equal(PHOTO_CREDIT.test(text), credit !== undefined);
    });
  }
});

describe('markIntro: a long opening `X is …` paragraph presents the piece, a short one presents a person', () => {
  const intro = (text: string) => ({ kind: 'body' as const, text, page: 1, italic: true });
  const q = { kind: 'question' as const, text: 'How many hives do you keep?', page: 1 };
  const cases: [string, string, string][] = [
    ['a three-sentence intro', 'Field Notes is our weekly podcast about work. In this episode the host talks to a beekeeper. The transcript has been edited.', 'standfirst'],
    ['a one-sentence note', 'Tom Fry is a beekeeper on the moors above the town.', 'bio'],
  ];
  for (const [name, text, want] of cases) it(name, () => assert.equal(markIntro('interview', [intro(text), q], 1)[0]!.kind, want));
});

describe('paragraphs: a caption run into the text of a dump without blank lines', () => {
  const cases: [string, string, string][] = [
    ['a credit on its own line', `The work cost more than planned.
A burst main on the hill flooded three streets.
(Photo: Ola Berg)
Tom Fry, who runs the shop, said little.`, 'A burst main on the hill flooded three streets.'],
    ['a credit after the caption, its name wrapped', `The river is full of salmon in autumn.
The new footbridge on its first morning. (Photo: Ola
Berg)
Q. Were they right?`, 'The new footbridge on its first morning.'],
  ];
  for (const [name, text, caption] of cases) {
    it(name, () => {
      const ps = segmentParagraphs(blocks(text), new Map([[1, 50]]), new Set(['Q']));
      assert.deepEqual(ps.filter((p) => p.kind === 'caption').map((p) => [p.text, p.credit]), [[caption, 'Ola Berg']]);
    });
  }
});
