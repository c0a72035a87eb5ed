// The relevance set's floor (issue 11), and what a fact-checker sees: whole-word highlights, figures marked as
// printed, and suggestions when nothing matches. One real Meilisearch with the bundled report and the dev dumps.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateRelevance, formatRelevance, ingestRelevanceCorpus, loadRelevanceSet, scoreRanking } from '../../bench/relevance.ts';
import { openSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import type { SearchRequest } from '../../src/search/query.ts';
import { silentLogger, startTestMeili, type TestMeili } from '../helpers/meili.ts';

/** The floor the issue sets. */
const FLOOR = { recallAt5: 0.9, mrr: 0.8 };
/** Every failure class the issue names has queries in the set. */
const CLASSES = ['figures', 'quotes', 'variants', 'synonyms', 'stopwords'];

let meili: TestMeili;
let engine: SearchEngine;

before(async () => {
  meili = await startTestMeili();
  engine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'relevance_test', logger: silentLogger });
  await ingestRelevanceCorpus(engine);
});
after(async () => {
  await engine?.close();
  await meili?.stop();
});

const request = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest =>
  ({ q, speakers: [], articles: [], kinds: [], pages: [], limit: 20, offset: 0, sort: 'relevance', verdicts: [], ...extra });
const search = (q: string, extra?: Partial<SearchRequest>) => engine.service.search(request(q, extra), { baseUrl: 'http://x' });

test('scoring: recall@5 over at most five expected paragraphs, reciprocal rank of the first', () => {
  const cases: Array<[string[], string[], number, number]> = [
    [['a', 'b', 'c'], ['a'], 1, 1],
    [['x', 'a', 'b'], ['a', 'b'], 1, 0.5],
    [['x', 'y', 'z', 'w', 'v', 'a'], ['a'], 0, 1 / 6],
    [['x'], ['a', 'b'], 0, 0],
  ];
  for (const [ranked, expected, recall, rr] of cases) assert.deepEqual(scoreRanking(ranked, expected), { recall, reciprocalRank: rr });
});

test(`the relevance set passes its floor (recall@5 ≥ ${FLOOR.recallAt5}, MRR ≥ ${FLOOR.mrr})`, async () => {
  const queries = await loadRelevanceSet();
  assert.ok(queries.length >= 40, `${queries.length} queries`);
  for (const c of CLASSES) assert.ok(queries.some((q) => q.class === c), `class ${c} is covered`);
  const report = await evaluateRelevance(engine, queries);
  const detail = formatRelevance(report).join('\n');
  assert.ok(report.recallAt5 >= FLOOR.recallAt5, detail);
  assert.ok(report.mrr >= FLOOR.mrr, detail);
});

test('a typo-tolerant match marks the whole word', async () => {
  const res = await search('Tokaev');
  assert.ok(res.hits.length > 0);
  for (const h of res.hits) assert.doesNotMatch(h.snippet, /<mark>[^<]*<\/mark>\p{L}|\p{L}<mark>/u, h.snippet);
  assert.ok(res.hits.some((h) => h.snippet.includes('<mark>Tokayev</mark>')));
});

test('a figure found through its search form is marked as printed', async () => {
  const res = await search('30.3 million');
  assert.match(res.hits[0]?.snippet ?? '', /<mark>€30\.3 million<\/mark>/);
  const bare = await search('30');
  assert.ok(!bare.hits.some((h) => h.snippet.includes('€30.3')), '"30" is not 30.3');
});

test('nothing found: suggestions from the corpus words and speaker names, each of which finds something', async () => {
  const res = await search('Tukaev');
  assert.equal(res.total, 0);
  assert.ok(res.suggestions.includes('Tokayev'), JSON.stringify(res.suggestions));
  for (const s of res.suggestions) assert.ok((await search(s)).total > 0, s);
  assert.deepEqual((await search('Tokayev')).suggestions, [], 'no suggestions when something matched');
  assert.deepEqual((await search('qwxzvbnm')).suggestions, [], 'nothing close: nothing suggested');
});

test('stop words do not decide, but phrases with them still match word for word', async () => {
  assert.equal((await search('"the clear dominating force"')).total, 1);
  assert.equal((await search('"clear the dominating force"')).total, 0);
  const onlyStopWords = await search('"who said it"');
  assert.ok(onlyStopWords.total < 10, `a phrase of stop words is a phrase, not everything: ${onlyStopWords.total}`);
});
