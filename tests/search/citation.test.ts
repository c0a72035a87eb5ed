// Citations: permalink, plain text, Markdown and CSL-JSON from a paragraph record (pure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citeParagraph, citeQuote, escapeMarkdown, toCslName, type CitationInput } from '../../src/search/citation.ts';

const base: CitationInput = {
  id: 'p_00112233aabbccdd', n: 7, page: 4, speakers: ['Jane Roe'], voice: 'Jane Roe', roles: { 'Jane Roe': 'interviewee' }, docId: 'report', docTitle: 'Annual Report',
  publisher: 'The Press', year: 2020, articleTitle: 'Rivers rise', articleAuthors: ['John Doe'], articleKind: 'interview',
};

const textCases: Array<[string, Partial<CitationInput>, string]> = [
  ['everything', {}, 'Jane Roe, “Rivers rise”, by John Doe, The Press, 2020, p. 4, para. 7. https://v.example/p/p_00112233aabbccdd'],
  ['no speaker, no page', { speakers: [], voice: null, page: null }, '“Rivers rise”, by John Doe, The Press, 2020, para. 7. https://v.example/p/p_00112233aabbccdd'],
  ['front matter: document title, no author', { articleTitle: null, articleAuthors: [], articleKind: null }, 'Jane Roe, “Annual Report”, The Press, 2020, p. 4, para. 7. https://v.example/p/p_00112233aabbccdd'],
  ['a voice and a person quoted, three authors', { speakers: ['A B', 'C D'], voice: 'A B', roles: { 'A B': 'author', 'C D': 'quoted' }, articleAuthors: ['E F', 'G H', 'I J'] }, 'A B, “Rivers rise”, by E F, G H and I J, The Press, 2020, p. 4, para. 7. https://v.example/p/p_00112233aabbccdd'],
  ['narration quoting someone: never the person quoted', { speakers: ['C D'], voice: null, roles: { 'C D': 'quoted' } }, '“Rivers rise”, by John Doe, The Press, 2020, p. 4, para. 7. https://v.example/p/p_00112233aabbccdd'],
  ['a record without voice: a speaker not quoted', { voice: undefined, speakers: ['C D', 'Jane Roe'], roles: { 'C D': 'quoted', 'Jane Roe': 'interviewee' } }, 'Jane Roe, “Rivers rise”, by John Doe, The Press, 2020, p. 4, para. 7. https://v.example/p/p_00112233aabbccdd'],
  ['a record without voice, only quoted people: no name', { voice: undefined, speakers: ['C D'], roles: { 'C D': 'quoted' } }, '“Rivers rise”, by John Doe, The Press, 2020, p. 4, para. 7. https://v.example/p/p_00112233aabbccdd'],
  ['no publisher or year', { publisher: undefined, year: undefined }, 'Jane Roe, “Rivers rise”, by John Doe, p. 4, para. 7. https://v.example/p/p_00112233aabbccdd'],
  ['a title that quotes: its marks become single', { articleTitle: '"High water": the river rises' }, 'Jane Roe, “‘High water’: the river rises”, by John Doe, The Press, 2020, p. 4, para. 7. https://v.example/p/p_00112233aabbccdd'],
  ['a title with typographic quotes', { articleTitle: 'Why “high water” matters' }, 'Jane Roe, “Why ‘high water’ matters”, by John Doe, The Press, 2020, p. 4, para. 7. https://v.example/p/p_00112233aabbccdd'],
];

for (const [name, change, expected] of textCases) {
  test(`plain-text citation: ${name}`, () => {
    const input = { ...base, ...change } as CitationInput;
    assert.equal(citeParagraph(input, 'https://v.example/').text, expected);
  });
}

test('a quote\'s citation: its speaker, "quoted in", the quote permalink', () => {
  const narration = { ...base, articleKind: 'news' as const, speakers: ['C D'], voice: null, roles: { 'C D': 'quoted' as const } };
  const c = citeQuote(narration, { id: 'q_0a1b2c3d4e5f', speaker: 'C D' }, 'https://v.example/');
  assert.equal(c.permalink, 'https://v.example/p/p_00112233aabbccdd#q-q_0a1b2c3d4e5f');
  assert.equal(c.text, 'C D, quoted in “Rivers rise”, by John Doe, The Press, 2020, p. 4, para. 7. https://v.example/p/p_00112233aabbccdd#q-q_0a1b2c3d4e5f');
  assert.match(c.markdown, /^\*\*C D\*\*, quoted in “\*Rivers rise\*”, by John Doe, .*\]\(https:\/\/v\.example\/p\/p_00112233aabbccdd#q-q_0a1b2c3d4e5f\)$/);
  assert.equal(c.csl.URL, c.permalink);
  assert.equal(c.csl.id, 'p_00112233aabbccdd#q-q_0a1b2c3d4e5f');
  assert.equal(c.csl.note, 'Quoted: C D. Paragraph 7');
});

test('permalink and Markdown (escaped)', () => {
  const c = citeParagraph({ ...base, articleTitle: 'Rivers *rise* [again]' }, 'https://v.example');
  assert.equal(c.permalink, 'https://v.example/p/p_00112233aabbccdd');
  assert.equal(
    c.markdown,
    '**Jane Roe**, “*Rivers \\*rise\\* \\[again\\]*”, by John Doe, The Press, 2020, p. 4, para. 7. [https://v.example/p/p\\_00112233aabbccdd](https://v.example/p/p_00112233aabbccdd)',
  );
});

test('CSL-JSON item', () => {
  assert.deepEqual(citeParagraph(base, 'https://v.example').csl, {
    id: 'p_00112233aabbccdd',
    type: 'interview',
    title: 'Rivers rise',
    'container-title': 'Annual Report',
    author: [{ given: 'John', family: 'Doe' }],
    publisher: 'The Press',
    issued: { 'date-parts': [[2020]] },
    page: '4',
    URL: 'https://v.example/p/p_00112233aabbccdd',
    note: 'Speaker: Jane Roe. Paragraph 7',
  });
  const news = citeParagraph({ ...base, articleKind: 'news', speakers: [], page: null, year: undefined }, 'https://v.example').csl;
  assert.equal(news.type, 'article-newspaper');
  assert.equal(news.page, undefined);
  assert.equal(news.issued, undefined);
  assert.equal(citeParagraph({ ...base, articleKind: null, articleTitle: null }, 'x').csl.type, 'report');
});

test('CSL names: given/family for personal names, literal otherwise', () => {
  assert.deepEqual(toCslName('Mary Ann Smith'), { given: 'Mary Ann', family: 'Smith' });
  assert.deepEqual(toCslName('Reuters'), { literal: 'Reuters' });
  assert.deepEqual(toCslName('News.com staff'), { literal: 'News.com staff' });
});

test('escapeMarkdown', () => {
  assert.equal(escapeMarkdown('a_b*c[d](e)#f'), 'a\\_b\\*c\\[d\\]\\(e\\)\\#f');
});
