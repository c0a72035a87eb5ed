import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Block } from '../../src/domain/types.ts';
import { leadByline, namePublicationByline, parseByline, signatureName } from '../../src/segment/bylines.ts';
import { segmentArticles } from '../../src/segment/articles.ts';
import { segmentDocument } from '../../src/segment/index.ts';
import { speaksInAuthorsVoice } from '../../src/segment/articleKind.ts';
import { blocks } from '../helpers/pages.ts';

test('bylines: every lead form names its authors', () => {
  const cases: [string, string[] | null][] = [
    ['By Jane Roe | THE DAILY LEDGER', ['Jane Roe']],
    ['By Jane Roe and Tom Fry', ['Jane Roe', 'Tom Fry']],
    ['Interview by Ola Berg', ['Ola Berg']],
    ['Words: Ola Berg', ['Ola Berg']],
    ['Ola Berg reports', ['Ola Berg']],
    ['interviewed by Wire Service', null],
    ['The council met today.', null],
  ];
  for (const [input, want] of cases) assert.deepEqual(leadByline(input), want, input);
});

test('bylines: a name and a publication under the title, a closing signature', () => {
  assert.deepEqual(namePublicationByline('Ola Berg, Harbour Times'), ['Ola Berg']);
  assert.equal(namePublicationByline('United States, Global in'), null);
  assert.equal(signatureName('— Ola Berg'), 'Ola Berg');
  assert.equal(signatureName('— So, you have been billed'), null);
  const signed: [string, string | null][] = [
    ['— Ola Berg, Editor', 'Ola Berg'],
    ['— Ola Berg, Chair, Fernlea Rowing Club', 'Ola Berg'],
    ['— Ola Berg, Chair, Fernlea Rowing Club, Secretary, Other', null],
  ];
  for (const [input, want] of signed) assert.equal(signatureName(input), want, input);
  assert.deepEqual(parseByline('Ola Berg, Harbour Times'), ['Ola Berg']);
});

/** Lines on consecutive pages: `\f` starts a new page. */
function pages(text: string): Block[] {
  return text.split('\f').flatMap((t, i) => blocks(t.trim(), i + 1));
}

test('articles: a capitals title without byline after a closing source line, a signed piece, subheads stay inside', () => {
  const doc = pages(`RIVER TOWN VOTES TO REBUILD
ITS OLD STONE BRIDGE
The town council voted on Monday
to rebuild the bridge next year.
Source: Town Hall Bulletin, March 3
WINTER MARKET OPENS EARLY
THIS YEAR IN THE SQUARE
Stalls opened a week early, the
organisers said on Friday.
— Tom Fry
\f
LETTER TO OUR READERS ABOUT
THE NEW PRINTING PRESS
We bought a new press this spring and
I am proud of what our team has done.
OUR PLANS
We will print two more pages on Sundays.
— Ola Berg`);
  const split = segmentArticles(doc);
  assert.deepEqual(split.articles.map((a) => [a.title.map((l) => l.text).join(' '), a.authors]), [
    ['RIVER TOWN VOTES TO REBUILD ITS OLD STONE BRIDGE', []],
    ['WINTER MARKET OPENS EARLY THIS YEAR IN THE SQUARE', ['Tom Fry']],
    ['LETTER TO OUR READERS ABOUT THE NEW PRINTING PRESS', ['Ola Berg']],
  ]);
  assert.ok(!split.articles[2]!.body.some((b) => b.lines.some((l) => l.text.startsWith('—'))), 'the signature leaves the body');
});

test('articles: a rubric, a title, a standfirst and an `Interview by` byline in one dump block', () => {
  const doc = pages(`CONVERSATION
A talk with the lighthouse keeper
of Gull Point
After forty years on the rock, the keeper looks back on storms and ships.
Interview by Ola Berg
How did you start?
I answered an advert in the paper.
Was it lonely?
Not at all, there were always birds.`);
  const seg = segmentDocument(doc);
  assert.deepEqual(seg.articles.map((a) => [a.title, a.authors, a.rubric, a.kind]), [
    ['A talk with the lighthouse keeper of Gull Point', ['Ola Berg'], 'CONVERSATION', 'interview'],
  ]);
});

test('articles: a PDF title face outweighs a bold subhead; a pull quote with its attribution starts nothing', () => {
  const doc = pages(`Harbour fees rise again
The port raised its fees on Monday, the
harbour master said in a statement.
NEW RULES
Boats must now register online, the
port said on its website yesterday.
“We cannot keep the old prices”
— Ola Berg
Fees will rise again next year.`);
  for (const l of doc[0]!.lines.slice(0, 1)) Object.assign(l, { role: 'title', fontSize: 24 });
  for (const b of doc) for (const l of b.lines) l.fontSize ??= 10;
  doc[0]!.lines.forEach((l) => { if (l.text === 'NEW RULES') Object.assign(l, { role: 'heading', bold: true }); });
  const split = segmentArticles(doc);
  assert.deepEqual(split.articles.map((a) => a.title.map((l) => l.text).join(' ')), ['Harbour fees rise again']);
});

test('articles: a column piece between a title and its byline goes back to the article before', () => {
  const bs = pages(`Council backs new park
By Tom Fry
The council voted for the park on Monday
after a long debate, the mayor said.

Ferry service to resume

and the vote was close, members said.

By Ola Berg

The ferry will run again from May, the
operator said on Tuesday.`);
  const split = segmentArticles(bs);
  assert.equal(split.articles.length, 2);
  const first = split.articles[0]!.body.flatMap((b) => b.lines.map((l) => l.text));
  assert.ok(first.includes('and the vote was close, members said.'));
  assert.deepEqual(split.articles[1]!.authors, ['Ola Berg']);
});

test('kind: a signed piece in the first person without quote cues is in its author\'s voice', () => {
  const p = (text: string) => ({ kind: 'body' as const, text, page: 1 });
  assert.equal(speaksInAuthorsVoice([p('I testified today and I answered every question.'), p('We will move on.')]), true);
  assert.equal(speaksInAuthorsVoice([p('The mayor said “I will go” on Monday.'), p('The council agreed, officials said.')]), false);
});

test('kind: words in British single quotes (double quotes nested) are someone else\'s, not the author\'s', () => {
  const p = (text: string) => ({ kind: 'body' as const, text, page: 1, speakers: [] as string[] });
  const cases: [string, string[], boolean][] = [
    ['spoken single quotes, one with a nested double quote', ['‘My aunt said, “go on”, and I went,’ she said.', '‘We will keep going, my friends and I.’', 'The hall opens on Monday.'], false],
    ['apostrophes and a scare quote leave the first person outside', ['I went to the town’s ‘new’ market and I liked it.', 'We will go again, my sister and I.'], true],
  ];
  for (const [name, body, want] of cases) assert.equal(speaksInAuthorsVoice(body.map(p)), want, name);
});

test('bylines: capitals, places, interviews, job titles and signed roles', () => {
  assert.deepEqual(leadByline('BY JANE ROE'), ['Jane Roe']);
  assert.deepEqual(leadByline('Ola Berg reports from Oslo'), ['Ola Berg']);
  assert.deepEqual(leadByline('Ola Berg interviews Tom Fry'), ['Ola Berg']);
  assert.deepEqual(leadByline('By Jane Roe, Staff Writer'), ['Jane Roe']);
  assert.equal(signatureName('— Ola Berg, Mayor of Harbourtown'), 'Ola Berg');
});

test('kind: a statement rubric marks the author\'s own words', async () => {
  const { classifyArticleKind } = await import('../../src/segment/articleKind.ts');
  const p = (text: string) => ({ kind: 'body' as const, text, page: 1 });
  assert.equal(classifyArticleKind([p('The council met on Monday, officials said.')], { title: 'On the vote', rubric: 'STATEMENT', authors: [] }), 'opinion');
  assert.equal(classifyArticleKind([p('The council met on Monday, officials said.')], { title: 'On the vote', rubric: 'POLITICS', authors: [] }), 'news');
});

test('articles: a continued piece on a later page and a page-top pull quote start nothing', () => {
  const doc = pages(`Harbour fees rise
By Ola Berg
The port raised its fees on Monday, the
harbour master said in a statement.
\f
“We cannot keep the old
prices any longer”
Fees will rise again next year, the
port said in its annual report today.
\f
HARBOUR FEES
Continued from page 1
Boats must now register online, the
port said on its website yesterday.`);
  const split = segmentArticles(doc);
  assert.deepEqual(split.articles.map((a) => a.title.map((l) => l.text).join(' ')), ['Harbour fees rise']);
});

test('articles: an interviewer\'s question standing apart is no title', () => {
  const doc = pages(`Harbour master on the new fees
By Ola Berg

Q: Why did the fees rise?
A: Costs went up for everyone, the
port included, so we had to act.

Q: Do you expect complaints from you readers?

A: Some, but most boats will pay less.`);
  const split = segmentArticles(doc);
  assert.deepEqual(split.articles.map((a) => a.title.map((l) => l.text).join(' ')), ['Harbour master on the new fees']);
});

test('articles: a cover page with a big title and a few lines stays front matter', () => {
  const doc = pages(`THE HARBOUR GAZETTE
Saturday edition, all the news of the port
\f
Harbour fees rise
By Ola Berg
The port raised its fees on Monday, the
harbour master said in a statement.`);
  doc[0]!.lines[0]!.role = 'title';
  doc.find((b) => b.lines[0]!.text === 'Harbour fees rise')!.lines[0]!.role = 'title';
  const split = segmentArticles(doc);
  assert.deepEqual(split.articles.map((a) => a.title.map((l) => l.text).join(' ')), ['Harbour fees rise']);
  assert.equal(split.front.flatMap((b) => b.lines).length, 2);
});

test('articles: a title worded as an interview\'s opens an article with no byline under it', () => {
  const doc = pages(`In conversation: Ada Lark
Tom Fry talked to Ada Lark about the harbour and the boats she has built over the
years, and the one she never launched.
When did you build your first boat?
I was twelve, and it leaked from the first day on the water.`);
  const split = segmentArticles(doc);
  assert.deepEqual(split.articles.map((a) => a.title.map((l) => l.text).join(' ')), ['In conversation: Ada Lark']);
});

test('articles: a paragraph opening with a name and justified one-word lines, under a later piece\'s drop cap, is no title', () => {
  // A narrow justified column dumped word by word: `Jane Roe, a marine` / `engineer` / `at` / `Eastport` opens a
  // paragraph mid-block; the lone initial two blocks on belongs to the next piece, which has its own title and byline.
  const doc = pages(`HARBOUR NEWS
Storm closes the harbour for
the second time this winter
The storm closed the harbour again
on Monday, the port office said, and
the damage was limited to the outer
wall.
Jane Roe, a marine
engineer
at
Eastport
College, said the repair would take
weeks. "It is a big job," she said.

Ferry captain looks back on forty
years of crossings

By Tom Fry

I

n forty years the captain has seen
every kind of weather on the crossing.`);
  const seg = segmentDocument(doc);
  assert.deepEqual(seg.articles.map((a) => a.title), [
    'Storm closes the harbour for the second time this winter',
    'Ferry captain looks back on forty years of crossings',
  ]);
  const texts = seg.articles[0]!.paragraphs.map((p) => p.text);
  assert.ok(texts.some((t) => t.includes('Jane Roe, a marine engineer at Eastport College, said')), texts.join('\n'));
});

test('articles: a title in the title face may ask a question before its phrase; running text may not', () => {
  const body = `The ferry left the pier at noon and
sailed for the island with forty cars
on board, the harbour master said.

`;
  const cases: [string, boolean, string[]][] = [
    ['Who runs the quay? A festival panel', true, ['Ferry sails', 'Who runs the quay? A festival panel']],
    ['Who runs the quay? A festival panel', false, ['Ferry sails']],
    ['The quay was sold. A festival panel', true, ['Ferry sails']],
  ];
  for (const [title, face, want] of cases) {
    const doc = pages(`Ferry sails\n\n${body}${title}\n\n${body}`);
    for (const b of doc) for (const l of b.lines) l.fontSize = l.text === 'Ferry sails' || (face && l.text === title) ? 24 : 10;
    const got = segmentArticles(doc).articles.map((a) => a.title.map((l) => l.text).join(' '));
    assert.deepEqual(got, want, `${title} (title face: ${face})`);
  }
});

test('articles (dump): a line over text set across the columns heads a piece, even asking a question', () => {
  const col = `The ferry left the pier at noon and
sailed for the island with forty cars
on board, and the crossing was calm
all the way, the harbour master said.
`;
  const wide = 'Three people with a stake in the quay argued about its future at the festival in the town hall';
  const cases: [string, string, boolean][] = [
    ['Who runs the quay? A festival panel', wide, true],
    ['A festival panel on the old quay', wide, true],
    ['Who runs the quay? A festival panel', 'Three people with a stake argued.', false],
    ['The quay was sold. A festival panel', wide, false],
    ['Who runs the quay? A\nfestival panel', wide, true], // its first line ends mid-phrase: the second breaks early
    ['Who runs the quay? A\nfestival panel', 'Three people with a stake argued.', false],
  ];
  for (const [title, under, found] of cases) {
    const doc = pages(`Ferry sails\n\n${col}${col}\n${title}\n${under}\nabout it, and nobody won the argument.\n\n${col}${col}`);
    const got = segmentArticles(doc).articles.map((a) => a.title.map((l) => l.text).join(' '));
    assert.equal(got.includes(title.replace('\n', ' ')), found, `${title} / ${under}: ${JSON.stringify(got)}`);
  }
});
