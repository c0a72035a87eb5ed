// Meilisearch shards (all real): the same documents in one instance and split by document id over two. Searches
// on the shards give the same hits and facet counts as the single instance; the order may differ only within
// hits of equal ranking score. Reads by id, articles, speakers and health agree too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { extractFile } from '../../src/corpus.ts';
import { openSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import type { SearchRequest } from '../../src/search/query.ts';
import { openShardedEngine } from '../../src/search/sharded-engine.ts';
import { shardOf } from '../../src/search/shards.ts';
import { silentLogger, startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { corpusDocument } from './fixtures.ts';

const FIXTURES = path.resolve('tests/fixtures');
/** Six reports of different house styles; their ids happen to split 4 / 2 over two shards (checked below). */
const FILES = ['dev/dev1-meridian-review', 'dev/dev2-northfield-courier', 'dev/dev3-signal-quarterly', 'dev/dev5-crosswind', 'heldout/heldout-a-saltmarsh-weekly']
  .map((n) => path.join(FIXTURES, `${n}.txt`));

let meilis: TestMeili[] = [];
let single: SearchEngine;
let sharded: SearchEngine;
let docIds: string[] = [];

before(async () => {
  meilis = await Promise.all([startTestMeili(), startTestMeili(), startTestMeili()]);
  const [one, s0, s1] = meilis as [TestMeili, TestMeili, TestMeili];
  single = await openSearchEngine({ url: one.url, key: one.key, index: 'paragraphs', logger: silentLogger });
  sharded = await openShardedEngine({ index: 'paragraphs', logger: silentLogger }, [{ url: s0.url, key: s0.key }, { url: s1.url, key: s1.key }]);
  const docs = [await corpusDocument(), ...(await Promise.all(FILES.map((f) => extractFile(f))))];
  docIds = docs.map((d) => d.document.id);
  await single.ingester.ingestDocuments(docs);
  await sharded.ingester.ingestDocuments(docs);
});

after(async () => {
  await Promise.all([single?.close(), sharded?.close()]);
  await Promise.all(meilis.map((m) => m.stop()));
});

const req = (over: Partial<SearchRequest>): SearchRequest => ({
  q: '', speakers: [], articles: [], kinds: [], pages: [], verdicts: [], limit: 100, offset: 0, sort: 'relevance', ...over,
});
const ctx = { baseUrl: 'https://verbatim.test' };

test('documents are split across both shards by id, and each lives on exactly one', async () => {
  const per = [0, 1].map((i) => docIds.filter((id) => shardOf(id, 2) === i).length);
  assert.ok(per[0]! > 0 && per[1]! > 0, `both shards hold documents: ${per}`);
  const [h1, h2] = await Promise.all([single.service.health(), sharded.service.health()]);
  assert.deepEqual(h2, h1, 'the shards together hold what the single instance holds');
});

const QUERIES: Partial<SearchRequest>[] = [
  { q: 'election' }, { q: 'government policy' }, { q: 'the' }, { q: 'president', kinds: ['answer', 'question'] },
  { q: 'market' }, { q: 'said' }, { q: 'zzzz-nothing' },
];

for (const q of QUERIES) {
  test(`search ${JSON.stringify(q)}: same hits, totals and facets; order differs only within equal scores`, async () => {
    const [a, b] = await Promise.all([single.service.search(req(q), ctx), sharded.service.search(req(q), ctx)]);
    assert.equal(b.total, a.total);
    assert.deepEqual(b.facets, a.facets);
    // Scores from the single instance (all matches): the sharded page must hold the same hits, except that a group
    // of equal scores cut by the page end may be cut differently; and never a lower score before a higher one.
    const body = { q: q.q, limit: 1000, showRankingScore: true, filter: q.kinds?.length ? [`kind IN [${q.kinds.join(', ')}]`] : [] };
    const scored = await single.connection.search<{ id: string; _rankingScore: number }>('paragraphs', body);
    const score = new Map(scored.hits.map((h) => [h.id, h._rankingScore]));
    const cut = a.hits.length === a.total ? -1 : score.get(a.hits.at(-1)?.id ?? '') ?? -1;
    const above = (hits: { id: string }[]) => hits.map((h) => h.id).filter((id) => (score.get(id) ?? -1) > cut).sort();
    assert.deepEqual(above(b.hits), above(a.hits));
    assert.equal(b.hits.length, a.hits.length);
    assert.ok(b.hits.every((h) => (score.get(h.id) ?? -1) >= cut), 'nothing below the cut');
    const inOrder = b.hits.map((h) => score.get(h.id) ?? -1);
    for (let i = 1; i < inOrder.length; i++) assert.ok(inOrder[i - 1]! >= inOrder[i]!, `rank ${i} is out of score order`);
  });
}

test('document order and paging are identical (no ties: docId, position)', async () => {
  for (const page of [{ limit: 10, offset: 0 }, { limit: 10, offset: 20 }, { limit: 7, offset: 3 }]) {
    const [a, b] = await Promise.all([single.service.search(req(page), ctx), sharded.service.search(req(page), ctx)]);
    assert.deepEqual(b.hits.map((h) => h.id), a.hits.map((h) => h.id));
    assert.equal(b.total, a.total);
  }
});

test('reads by id, articles and speakers agree with the single instance', async () => {
  const some = (await single.service.search(req({ limit: 50 }), ctx)).hits.map((h) => h.id);
  for (const id of some.slice(0, 10)) {
    assert.deepEqual(await sharded.service.getParagraph(id), await single.service.getParagraph(id));
    assert.deepEqual(await sharded.service.paragraphContext(id, ctx), await single.service.paragraphContext(id, ctx));
  }
  assert.deepEqual(await sharded.service.listArticles(), await single.service.listArticles());
  assert.deepEqual(await sharded.service.listSpeakers(), await single.service.listSpeakers());
  for (const id of docIds) assert.deepEqual(await sharded.service.listDocumentParagraphs(id), await single.service.listDocumentParagraphs(id));
});

test('documents, the quotes of a speaker (paged) and their profile agree with the single instance', async () => {
  const same = <T extends { ingestedAt?: string }>(d: T): T => ({ ...d, ingestedAt: undefined }); // ingested twice, at two moments
  assert.deepEqual((await sharded.service.listDocuments()).map(same), (await single.service.listDocuments()).map(same));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id); // the ingester's list has no set order
  assert.deepEqual((await sharded.ingester.listDocuments()).map(same).sort(byId), (await single.ingester.listDocuments()).map(same).sort(byId));
  const names = (await single.service.listSpeakers()).slice(0, 4).map((s) => s.name);
  assert.ok(names.length > 0);
  for (const speaker of names) {
    for (const page of [{ limit: 50, offset: 0 }, { limit: 3, offset: 2 }]) {
      const q = { speaker, articles: [], ...page };
      assert.deepEqual(await sharded.service.listQuotes(q, ctx), await single.service.listQuotes(q, ctx), `quotes of ${speaker}`);
    }
    assert.deepEqual(await sharded.service.speakerProfile(speaker), await single.service.speakerProfile(speaker), `profile of ${speaker}`);
  }
  assert.equal(await sharded.service.speakerProfile('Nobody Atall'), null);
});

test('delete goes to the shard that holds the document', async () => {
  const id = docIds[1]!;
  assert.equal(await sharded.ingester.deleteDocument(id), true);
  assert.equal(await sharded.ingester.deleteDocument(id), false);
  assert.deepEqual(await sharded.service.listDocumentParagraphs(id), []);
});
