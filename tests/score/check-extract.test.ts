// The ported gold scorer (tests/helpers/score) on an invented two-sentence gold: a good extraction passes, and
// each figure and bar can fail on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkExtract, reportLines, type FigureKey, type Gold, type Globals } from '../helpers/score/checkExtract.ts';
import { fmt0f, pyRepr, casefold, wordCount } from '../helpers/score/py.ts';

type Para = Record<string, unknown>;
type Out = { articles: Para[]; paragraphs: Para[] };

const gold: Gold = {
  articles: [{ key: 'moon', title: 'Moon Cheese Found', authors: ['Ada Lóvelace'] }],
  sentences: [
    { t: 'The moon is made of cheese.', a: 'moon', p: 2, kind: 'body', sp: ['Ada Lovelace'], not_sp: ['Bob Stone'], sep: ['A grey rock.'] },
    { t: 'Nobody believed it.', tier: 'hard', a: 'moon', p: 3, kind: 'quote', sp_hard: ['Bob Stone'] },
  ],
};

function good(): Out {
  return {
    articles: [{ id: 'a1', title: 'Moon  cheese found!', authors: ['Ada Lovelace'] }],
    paragraphs: [
      { id: 'p1', articleId: 'a1', page: 2, kind: 'body', text: 'The moon is made of cheese. It smelt.', speakers: ['Dr. Ada Lovelace'] },
      { id: 'p2', articleId: 'a1', page: 3, kind: 'quote', text: '“Nobody believed it.”', speakers: [], quotes: [{ speaker: 'Bob Stone' }] },
      { id: 'p3', articleId: 'a1', page: 2, kind: 'caption', text: 'A grey rock.' },
    ],
  };
}

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ') + '.';
const para = (o: Out, i: number) => o.paragraphs[i]!;

const cases: { name: string; change: (o: Out) => void; figure?: [FigureKey, number, number]; global?: Partial<Globals>; pass: boolean }[] = [
  { name: 'text only loosely found', change: (o) => { para(o, 0).text = 'The moon is made-of cheese.'; }, figure: ['exact_core', 0, 1], pass: false },
  { name: 'hard text lost (its article, page and kind then count as misses)', change: (o) => { para(o, 1).text = 'Nobody.'; }, figure: ['loose', 1, 2], pass: false },
  { name: 'wrong article', change: (o) => { para(o, 0).articleId = null; }, figure: ['article', 1, 2], pass: false },
  { name: 'article through a nested object', change: (o) => { delete para(o, 0).articleId; para(o, 0).article = { id: 'a1' }; }, figure: ['article', 2, 2], pass: true },
  { name: 'wrong page', change: (o) => { para(o, 1).page = 4; }, figure: ['page', 1, 2], pass: false },
  { name: 'wrong kind', change: (o) => { para(o, 0).kind = 'quote'; }, figure: ['kind', 1, 2], pass: false },
  { name: 'speaker missing', change: (o) => { para(o, 0).speakers = []; }, figure: ['speaker_core', 0, 1], pass: false },
  { name: 'hard speaker missing (not in the bar)', change: (o) => { para(o, 1).quotes = []; }, figure: ['speaker_hard', 0, 1], pass: true },
  { name: 'wrong person tagged', change: (o) => { para(o, 0).speaker = 'Bob Stone'; }, figure: ['not_speaker', 0, 1], pass: false },
  { name: 'glued to a caption', change: (o) => { para(o, 0).text += ' A grey rock.'; }, figure: ['separate', 0, 1], pass: false },
  { name: 'wrong authors (not in the bar)', change: (o) => { o.articles[0]!.authors = ['Bob Stone']; }, global: { authors_right: [0, 1] }, pass: true },
  { name: 'article title lost', change: (o) => { o.articles[0]!.title = 'Moon'; }, global: { articles_found: [0, 1] }, pass: false },
  { name: 'duplicate ids', change: (o) => { para(o, 2).id = 'p1'; }, global: { unique_ids: false }, pass: false },
  { name: 'a paragraph over 160 words', change: (o) => { o.paragraphs.push({ id: 'p4', kind: 'body', text: words(161) }); }, global: { over_160_words: 1, max_words: 161 }, pass: false },
  { name: 'a jump line left in', change: (o) => { o.paragraphs.push({ id: 'p4', text: 'Continued on Page 4' }); }, global: { no_continued_markers: false }, pass: false },
  { name: 'letter-spaced text left in', change: (o) => { o.paragraphs.push({ id: 'p4', text: 'S P E C I A L report.' }); }, global: { no_letter_spacing: false }, pass: false },
  { name: 'a drop-cap orphan', change: (o) => { o.paragraphs.push({ id: 'p4', text: ' T ' }); }, global: { no_dropcap_orphans: false, tiny_fragments: 1 }, pass: false },
];

test('a good extraction passes', () => {
  const r = checkExtract(gold, good());
  assert.equal(r.pass, true, r.fails.join('\n'));
  assert.deepEqual(r.fails, []);
  assert.equal(reportLines(r).at(-1), 'PASS core 1/1 hard 1/1 speakers 1/1+1/1 articles 1/1 pages 2/2 kinds 2/2');
});

for (const c of cases) {
  test(`scorer: ${c.name}`, () => {
    const out = good();
    c.change(out);
    const r = checkExtract(gold, out);
    if (c.figure) assert.deepEqual(r.figures[c.figure[0]], [c.figure[1], c.figure[2]]);
    for (const [k, v] of Object.entries(c.global ?? {})) assert.deepEqual(r.globals[k as keyof Globals], v, k);
    assert.equal(r.pass, c.pass, r.fails.join('\n'));
    if (!c.pass) assert.match(reportLines(r).at(-1)!, /^FAIL /);
  });
}

test('printed lines follow Python: median of an even count is a float, percentages round half to even', () => {
  const out = good();
  para(out, 1).kind = 'body';
  const lines = reportLines(checkExtract(gold, out), true);
  assert.ok(lines.includes('median_words: 5.5'), lines.join('\n'));
  assert.ok(lines.includes('kind: 1/2 (50%)'));
  assert.ok(lines.some((l) => l.startsWith('  - kind: want quote got body: Nobody')));
});

test('Python helpers', () => {
  const table: [string, string, string][] = [
    [fmt0f(12.5), '12', 'half rounds to even'], [fmt0f(13.5), '14', 'half rounds to even'], [fmt0f(2 / 3 * 100), '67', 'plain'],
    [pyRepr(["o'neil", 'a"b', 'x']), `["o'neil", 'a"b', 'x']`, 'repr picks quotes'], [pyRepr(['a\u00a0b']), "['a\\xa0b']", 'repr escapes'],
    [casefold('STRASSE straße ẞ'), 'strasse strasse ss', 'casefold'], [String(wordCount(' a\u0085b\u2009c ')), '3', 'Python whitespace'],
  ];
  for (const [got, want, why] of table) assert.equal(got, want, why);
});
