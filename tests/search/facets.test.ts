// Facets against a real Meilisearch: every facet comes most frequent first, the article facet too, although
// Meilisearch lists articles by id (index-config/paragraphs.json: counting every article of a large corpus is slow).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import type { SearchRequest } from '../../src/search/query.ts';
import { silentLogger, startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { fixtureDocument } from './fixtures.ts';

let meili: TestMeili;
let engine: SearchEngine;

/** The fixture's articles renamed so that the one with more paragraphs has the later id. */
const RENAME: Record<string, string> = { a_fixture000001: 'a_zz_six_paragraphs', a_fixture000002: 'a_aa_two_paragraphs' };

before(async () => {
  meili = await startTestMeili();
  engine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'facets_test', logger: silentLogger });
  const doc = fixtureDocument();
  await engine.ingester.ingestDocuments([{
    ...doc,
    articles: doc.articles.map((a) => ({ ...a, id: RENAME[a.id]! })),
    paragraphs: doc.paragraphs.map((p) => ({ ...p, articleId: p.articleId && RENAME[p.articleId]! })),
  }]);
});
after(async () => {
  await engine?.close();
  await meili?.stop();
});

const request = (q: string): SearchRequest =>
  ({ q, speakers: [], articles: [], kinds: [], pages: [], limit: 20, offset: 0, sort: 'relevance', verdicts: [] });

const cases: Array<[string, string, Record<string, number>]> = [
  ['every paragraph', '', { a_zz_six_paragraphs: 6, a_aa_two_paragraphs: 2 }],
  ['a word in both articles (in the title of the first)', 'quokka', { a_zz_six_paragraphs: 6, a_aa_two_paragraphs: 1 }],
];
for (const [name, q, articles] of cases) {
  test(`facets: ${name}: articles by count, most first, whatever their ids`, async () => {
    const res = await engine.service.search(request(q), { baseUrl: 'http://x' });
    assert.deepEqual(Object.entries(res.facets.articles), Object.entries(articles));
    const kinds = Object.values(res.facets.kinds);
    assert.deepEqual(kinds, [...kinds].sort((a, b) => b - a), 'kinds most frequent first');
  });
}
