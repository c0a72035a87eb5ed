import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseByline, segmentArticles } from '../../src/segment/articles.ts';
import { segmentParagraphs } from '../../src/segment/paragraphs.ts';
import { assignParagraphKinds, classifyArticle, isQuestionText } from '../../src/segment/kinds.ts';
import { joinLines, splitCredit } from '../../src/segment/lines.ts';
import { segmentDocument } from '../../src/segment/index.ts';
import type { Block, ParagraphDraft } from '../../src/domain/types.ts';
import { blocks } from '../helpers/pages.ts';

const W = new Map([[1, 34]]);

test('parseByline', () => {
  const cases: [string, string[]][] = [
    ['By Jane Roe | Newswire.com', ['Jane Roe']],
    ['By Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['By Ann Lee, Bo Park', ['Ann Lee', 'Bo Park']],
    ['By Jane Roe | Newswire.com', ['Jane Roe']],
    ['By Newswire.com', []],
    ['By Jane Roe, Newsroom', ['Jane Roe']],
    ['By EDDY O’BRIEN AND ANN LEE', ['Eddy O’Brien', 'Ann Lee']],
  ];
  for (const [input, want] of cases) assert.deepEqual(parseByline(input), want);
});

test('joinLines keeps a real line-end hyphen and splitCredit takes the credit out', () => {
  assert.equal(joinLines([{ text: 'Anna-' }, { text: 'Maria spoke' }]), 'Anna-Maria spoke');
  assert.equal(joinLines([{ text: 'one – ' }, { text: 'two' }]), 'one – two');
  assert.deepEqual(splitCredit('A man votes. [Photo Agency]'), { text: 'A man votes.', credit: 'Photo Agency' });
  assert.deepEqual(splitCredit('No credit here.'), { text: 'No credit here.' });
});

const paraCases: { name: string; input: string; want: [string, string][] }[] = [
  {
    name: 'a short last line after a sentence end closes a paragraph',
    input: 'The committee met on a cold morning\nand then voted on the new rules today.\nIt was short.\nThen the chair spoke about the plan\nfor the coming year at length.',
    want: [['body', 'The committee met on a cold morning and then voted on the new rules today. It was short.'], ['body', 'Then the chair spoke about the plan for the coming year at length.']],
  },
  {
    name: 'a question runs straight into its answer',
    input: 'What do you expect from the vote in\nthe coming weeks and months ahead?\nWe expect a lot from the vote in the\ncoming weeks, said the minister now.',
    want: [['body', 'What do you expect from the vote in the coming weeks and months ahead?'], ['body', 'We expect a lot from the vote in the coming weeks, said the minister now.']],
  },
  {
    name: 'capital lines at a block start are a heading',
    input: 'PARTY “NEW DAWN”\n(“RISING”).\nThis party was founded in spring\nby former members of the cabinet.',
    want: [['heading', 'PARTY “NEW DAWN” (“RISING”).'], ['body', 'This party was founded in spring by former members of the cabinet.']],
  },
  {
    name: 'a caption keeps its credit apart',
    input: 'Voters queue outside a polling station\nin the capital. [Photo Agency]',
    want: [['caption', 'Voters queue outside a polling station in the capital.']],
  },
  {
    name: 'a one-word justified line does not end a paragraph',
    input: 'The government must take its most\neffective\nanti-crisis\nmeasures, the minister said on TV.',
    want: [['body', 'The government must take its most effective anti-crisis measures, the minister said on TV.']],
  },
  {
    name: 'a quotation opening a line after a sentence starts a paragraph',
    input: 'The chair of the board spoke at length\nabout the new budget plan last year.\n“We will not cut pensions,” she said to\nthe reporters who were waiting outside.',
    want: [['body', 'The chair of the board spoke at length about the new budget plan last year.'], ['body', '“We will not cut pensions,” she said to the reporters who were waiting outside.']],
  },
];

for (const c of paraCases) {
  test(`segmentParagraphs: ${c.name}`, () => {
    const got = segmentParagraphs(blocks(c.input), W).map((p) => [p.kind, p.text]);
    assert.deepEqual(got, c.want);
  });
}

test('segmentParagraphs: a continuing block joins the paragraph across a column', () => {
  const bs: Block[] = blocks('The committee met and\nagreed that the\n\nbudget should grow next year.');
  bs[1]!.continues = true;
  assert.deepEqual(segmentParagraphs(bs, W).map((p) => p.text), ['The committee met and agreed that the budget should grow next year.']);
});

test('segmentParagraphs: no body paragraph is left over the word cap', () => {
  const sentence = 'The council discussed the long list of items again';
  const lines = Array.from({ length: 60 }, (_, i) => (i % 6 === 5 ? 'and it ended.' : sentence));
  const paras = segmentParagraphs([{ lines: lines.map((text) => ({ text, page: 1, physicalPage: 1 })), continues: false }], new Map([[1, 10]]));
  assert.ok(paras.length > 1);
  assert.ok(paras.every((p) => p.text.split(' ').length <= 150));
});

test('isQuestionText', () => {
  const cases: [string, boolean][] = [
    ['What is your take?', true],
    ['The vote is near. Is this a setback?', true],
    ['Holding it in winter can be a problem?', true],
    ['One. Two. Three. Four. Five. And is that all?', false],
    ['This is an answer.', false],
  ];
  for (const [t, want] of cases) assert.equal(isQuestionText(t), want, t);
});

const p = (kind: ParagraphDraft['kind'], text: string): ParagraphDraft => ({ kind, text, page: 1 });

test('classifyArticle and assignParagraphKinds: interview', () => {
  const paras = [p('caption', 'Jane Roe'), p('body', 'The vote is near, Jane Roe told us.'), p('body', 'Jane Roe is a professor of law.'),
    p('body', 'What do you expect?'), p('body', 'A lot.'), p('heading', 'A HEADING'), p('body', 'Is it a setback?'), p('body', 'No.')];
  const kind = classifyArticle(paras, undefined, ['John Doe']);
  assert.equal(kind, 'interview');
  // a plain first paragraph is not a standfirst by position alone (the layout places or sets one apart)
  assert.deepEqual(assignParagraphKinds(kind, paras).map((x) => x.kind), ['caption', 'body', 'bio', 'question', 'answer', 'heading', 'question', 'answer']);
});

test('classifyArticle: opinion from rubric, disclaimer or "writes"; else news', () => {
  assert.equal(classifyArticle([p('body', 'Text.')], 'GUEST OPINION', []), 'opinion');
  assert.equal(classifyArticle([p('disclaimer', 'DISCLAIMER: the views of the author(s) only.')], undefined, []), 'opinion');
  assert.equal(classifyArticle([p('body', 'We must act, writes Ann Lee.')], undefined, ['Ann Lee']), 'opinion');
  assert.equal(classifyArticle([p('body', 'Is it? Maybe.'), p('body', 'News text.')], undefined, []), 'news');
});

test('segmentArticles and segmentDocument: byline, drop cap, rubric, front matter', () => {
  const bs = blocks(`Cover text of the whole report.

City votes on
new budget
By Jane Roe | Newswire

Voters in the square. [Agency]`, 1);
  const dropped = blocks('The city council voted on Monday\nfor the new budget plan, finally.\nThe mayor signed it at once and\nsaid so on the radio that evening.', 1);
  dropped[0]!.dropCap = true;
  const page2 = blocks(`GUEST OPINION

Why the budget
matters now
By Ann Lee

We must act now to save the city
budget, writes Ann Lee.`, 2);
  const all = [...bs, ...dropped, ...page2];
  const split = segmentArticles(all);
  assert.equal(split.front.length, 1);
  assert.equal(split.articles.length, 2);
  const doc = segmentDocument(all);
  assert.deepEqual(doc.articles.map((a) => [a.title, a.authors, a.kind, a.rubric]), [
    ['City votes on new budget', ['Jane Roe'], 'news', undefined],
    ['Why the budget matters now', ['Ann Lee'], 'opinion', 'GUEST OPINION'],
  ]);
  assert.deepEqual(doc.articles[0]!.paragraphs.map((x) => x.kind), ['caption', 'body']);
  assert.equal(doc.articles[0]!.paragraphs[0]!.credit, 'Agency');
});

test('transcript turns: a repeated capital label opens a turn paragraph', async () => {
  const { findTurnLabels } = await import('../../src/segment/turns.ts');
  const text = 'JUSTICE HALE: Counsel, is that right?\nMR. PARK: It is, Your Honor.\nJUSTICE HALE: Then go on.\nMR. PARK: Thank you.\nNOTE: one line.';
  const labels = findTurnLabels(text.split('\n'));
  assert.deepEqual([...labels].sort(), ['JUSTICE HALE', 'MR. PARK']);
  const paras = segmentParagraphs(blocks(text), W, labels);
  assert.deepEqual(paras.slice(0, 2).map((x) => [x.kind, x.label, x.text]), [
    ['turn', 'JUSTICE HALE', 'Counsel, is that right?'],
    ['turn', 'MR. PARK', 'It is, Your Honor.'],
  ]);
});

test('transcript turns: a label alone on its line opens a turn with the lines after it', async () => {
  const { findTurnLabels } = await import('../../src/segment/turns.ts');
  const text = 'JUSTICE HALE:\nCounsel, is that right?\nMR. PARK:\nIt is.\nJUSTICE HALE:\nGo on.\nMR. PARK:\nThanks.';
  const labels = findTurnLabels(text.split('\n'));
  const paras = segmentParagraphs(blocks(text), W, labels);
  assert.deepEqual(paras.map((x) => [x.kind, x.label, x.text]), [
    ['turn', 'JUSTICE HALE', 'Counsel, is that right?'], ['turn', 'MR. PARK', 'It is.'],
    ['turn', 'JUSTICE HALE', 'Go on.'], ['turn', 'MR. PARK', 'Thanks.'],
  ]);
});

test('transcript turns: a time-stamped label alone on its line opens a turn with the lines after it', async () => {
  const { findTurnLabels } = await import('../../src/segment/turns.ts');
  const lines = ['[0:01:10] JUSTICE HALE:', 'Counsel, is that right?', '[0:01:30] MR. PARK:', 'Ms. Roe is right about it.', '[0:02:05] JUSTICE HALE:', 'Go on.', '[0:02:11] MR. PARK:', 'Thanks.'];
  const labels = findTurnLabels(lines);
  const bs = [{ continues: false, lines: lines.map((text, k) => ({ text, page: 1, physicalPage: 1, box: { page: 1, x: 60, y: 100 + 14 * k, w: text.length * 6, h: 11 } })) }];
  const paras = segmentParagraphs(bs, new Map([[1, 40]]), labels);
  assert.deepEqual(paras.map((x) => [x.label, x.text]), [
    ['JUSTICE HALE', '[0:01:10] Counsel, is that right?'], ['MR. PARK', '[0:01:30] Ms. Roe is right about it.'],
    ['JUSTICE HALE', '[0:02:05] Go on.'], ['MR. PARK', '[0:02:11] Thanks.'],
  ]);
});

test('a capitals line on top of a mixed-case title is its rubric', () => {
  const doc = segmentDocument(blocks('SPECIAL REPORT\nWater prices rise\nBy Ann Lee\n\nPrices rose again this year in\nthe city, the mayor said today.'));
  assert.deepEqual(doc.articles.map((a) => [a.title, a.rubric, a.authors]), [['Water prices rise', 'SPECIAL REPORT', ['Ann Lee']]]);
});

test('a byline block keeps the text that follows it, and a layout title may stand above a standfirst', () => {
  const bs = blocks('Moose count begins\n\nThe census starts today, experts say.\n\nBy Bo Park\nThe count began at dawn in the\nnorthern forests, rangers said.');
  for (const l of bs[0]!.lines) l.role = 'title';
  const doc = segmentDocument(bs);
  assert.equal(doc.articles.length, 1);
  assert.equal(doc.articles[0]!.title, 'Moose count begins');
  assert.deepEqual(doc.articles[0]!.authors, ['Bo Park']);
  assert.deepEqual(doc.articles[0]!.paragraphs.map((p) => p.text), [
    'The census starts today, experts say.', 'The count began at dawn in the northern forests, rangers said.',
  ]);
});

test('segmentParagraphs: text without sentence ends (an index) is still cut under the word cap', () => {
  const lines = Array.from({ length: 80 }, (_, i) => `entry${i} 12:3 14:5 word`);
  const paras = segmentParagraphs([{ lines: lines.map((text) => ({ text, page: 1, physicalPage: 1 })), continues: false }], new Map([[1, 10]]));
  assert.ok(paras.length > 1);
  assert.ok(paras.every((p) => p.text.split(' ').length <= 150));
  assert.equal(paras.map((p) => p.text).join(' '), lines.join(' '));
});

test('segmentParagraphs: a quote closed by its attribution at a line end ends the paragraph', () => {
  const text = '“We will hold the line on taxes this year,”\nsaid the finance minister on Monday.\nIn March, the cabinet approved a plan\nto cut spending by a tenth next year.';
  assert.deepEqual(segmentParagraphs(blocks(text), new Map([[1, 40]])).map((p) => p.text), [
    '“We will hold the line on taxes this year,” said the finance minister on Monday.',
    'In March, the cabinet approved a plan to cut spending by a tenth next year.',
  ]);
  const noQuote = 'The minister said on Monday that taxes\nwould stay as they are for the year.\nIn March, the cabinet approved a plan\nto cut spending by a tenth next year.';
  assert.equal(segmentParagraphs(blocks(noQuote), new Map([[1, 40]])).length, 1);
});

test('transcript turns: in a transcript, a two-word label heard once is a speaker too', async () => {
  const { findTurnLabels } = await import('../../src/segment/turns.ts');
  const lines = ['JUSTICE HALE: One.', 'MR. PARK: Two.', 'JUSTICE HALE: Three.', 'MR. PARK: Four.', 'JUSTICE ORR: Once.', 'NOTE: aside.'];
  assert.deepEqual([...findTurnLabels(lines)].sort(), ['JUSTICE HALE', 'JUSTICE ORR', 'MR. PARK']);
  assert.deepEqual([...findTurnLabels(['JUSTICE ORR: Once.', 'NOTE: aside.'])], []);
});
