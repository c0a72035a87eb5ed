// The service started on two Meilisearch shards (MEILI_SHARDS, one key each), all real: nothing embedded is
// started, the corpus lands on the shard its id hashes to, and the API searches, reads and reports over both.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { shardOf } from '../../src/search/shards.ts';
import { startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { startNode, type ApiNode } from './nodes.ts';

let shards: TestMeili[] = [];
let node: ApiNode;

before(async () => {
  shards = await Promise.all([startTestMeili(), startTestMeili()]);
  node = await startNode('sharded', {
    corpusDir: path.resolve('corpus'),
    extra: { MEILI_SHARDS: shards.map((s) => s.url).join(','), MEILI_SHARD_KEYS: shards.map((s) => s.key).join(',') },
  });
});

after(async () => {
  await node?.stop();
  await Promise.all(shards.map((s) => s.stop()));
});

const get = async (p: string) => (await fetch(`${node.origin}${p}`)).json() as Promise<Record<string, unknown>>;

test('the corpus is on the shard its id hashes to; search, paragraph and health answer over both shards', async () => {
  const counts = await Promise.all(shards.map(async (s) => {
    const r = await fetch(`${s.url}/indexes/paragraphs/stats`, { headers: { Authorization: `Bearer ${s.key}` } });
    return r.ok ? ((await r.json()) as { numberOfDocuments: number }).numberOfDocuments : 0;
  }));
  const want = shardOf('kazakhstan-elections-special-report', 2);
  assert.ok(counts[want]! > 0 && counts[1 - want] === 0, `paragraphs per shard: ${counts}`);
  const health = await get('/health');
  assert.equal(health.paragraphs, counts[want]);
  assert.equal((health.meilisearch as { status: string }).status, 'available');
  const found = (await get('/api/search?q=election&limit=3')) as { total: number; hits: { id: string }[] };
  assert.ok(found.total > 0);
  const para = (await get(`/api/paragraphs/${found.hits[0]!.id}`)) as { paragraph: { id: string } };
  assert.equal(para.paragraph.id, found.hits[0]!.id);
  assert.ok(!node.log().includes('meilisearch started'), 'nothing embedded was started');
});
