// Part of `npm run bench -- --only scale`: search latency of two Meilisearch shards (documents split by id,
// queries fanned out and merged by src/search/shards.ts) against one Meilisearch holding the same paragraphs, at
// 1×, 100× and 1000× the corpus (copies with new ids). Measured in-process through the search service, so the
// figures include the fan-out and the merge; setups alternate in rounds on the same machine.
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { extractAny } from '../src/documents/load.ts';
import { openSearchEngine, type SearchEngine } from '../src/search/engine.ts';
import { corpusFiles } from '../src/search/ingest-files.ts';
import { waitTasks } from '../src/search/meili-client.ts';
import type { SearchRequest } from '../src/search/query.ts';
import { toParagraphRecords, type IngestableDocument } from '../src/search/records.ts';
import { openShardedEngine } from '../src/search/sharded-engine.ts';
import { shardOf } from '../src/search/shards.ts';
import { startTestMeili, type TestMeili } from '../tests/helpers/meili.ts';
import { percentile } from './search-load.ts';

const logger = pino({ level: 'silent' });
const CONCURRENCY = 10;
const REQUESTS = 600;
const ROUNDS = 3;
/** Paragraphs per addDocuments call: large batches index fastest. */
const BATCH = 20_000;
const QUERIES: Partial<SearchRequest>[] = [
  { q: 'election' }, { q: 'parliament reform' }, { q: 'president', kinds: ['answer'] }, { q: 'opposition party' },
  { q: '' }, { q: 'vote', offset: 20 }, { q: 'democracy' }, { q: 'minister said' },
];

function copyOf(doc: IngestableDocument, i: number): IngestableDocument {
  const suffix = (id: string) => `${id}_c${i}`;
  return {
    ...doc, contentHash: `${doc.contentHash}-${i}`,
    document: { ...doc.document, id: `${doc.document.id}-copy-${i}` },
    articles: doc.articles.map((a) => ({ ...a, id: suffix(a.id) })),
    paragraphs: doc.paragraphs.map((p) => ({ ...p, id: suffix(p.id), articleId: p.articleId && suffix(p.articleId) })),
  };
}

async function load(engine: SearchEngine, records: Record<string, unknown>[]): Promise<void> {
  const index = engine.connection.client.index(engine.names.paragraphs);
  for (let i = 0; i < records.length; i += BATCH) {
    await waitTasks(engine.connection.client, [await index.addDocuments(records.slice(i, i + BATCH), { primaryKey: 'id' })]);
  }
}

async function latencies(engine: SearchEngine): Promise<number[]> {
  const out: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      const q = QUERIES[next++ % QUERIES.length]!;
      const req: SearchRequest = { q: '', speakers: [], articles: [], kinds: [], pages: [], verdicts: [], limit: 20, offset: 0, sort: 'relevance', ...q };
      const t0 = performance.now();
      await engine.service.search(req, { baseUrl: 'http://bench' });
      out.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return out;
}

export async function runShards(scales: number[]): Promise<void> {
  const docs = await Promise.all((await corpusFiles('corpus')).map((f) => extractAny(f)));
  for (const scale of scales) {
    const meilis: TestMeili[] = await Promise.all([startTestMeili(), startTestMeili(), startTestMeili()]);
    const [one, s0, s1] = meilis as [TestMeili, TestMeili, TestMeili];
    try {
      const single = await openSearchEngine({ url: one.url, key: one.key, index: 'paragraphs', logger });
      const sharded = await openShardedEngine({ index: 'paragraphs', logger }, [{ url: s0.url, key: s0.key }, { url: s1.url, key: s1.key }]);
      const copies = scale === 1 ? docs : Array.from({ length: scale }, (_, i) => docs.map((d) => copyOf(d, i + 1))).flat();
      const records = copies.flatMap((c) => toParagraphRecords(c) as unknown as Record<string, unknown>[]);
      const t0 = performance.now();
      await load(single, records);
      const [r0, r1] = [0, 1].map((s) => records.filter((r) => shardOf(String(r.docId), 2) === s));
      const engines = await Promise.all([s0, s1].map((m) => openSearchEngine({ url: m.url, key: m.key, index: 'paragraphs', logger })));
      await Promise.all([load(engines[0]!, r0!), load(engines[1]!, r1!)]);
      const loadS = ((performance.now() - t0) / 1000).toFixed(0);
      await latencies(single);
      await latencies(sharded);
      const all = { single: [] as number[], sharded: [] as number[] };
      for (let r = 0; r < ROUNDS; r++) {
        all.single.push(...(await latencies(single)));
        all.sharded.push(...(await latencies(sharded)));
      }
      const p = (xs: number[], q: number) => percentile(xs, q).toFixed(1);
      console.log(`shards ${scale}×: ${records.length} paragraphs (${r0!.length} + ${r1!.length} on two shards; loaded in ${loadS} s) · ` +
        `single p50 ${p(all.single, 50)} ms p99 ${p(all.single, 99)} ms · two shards p50 ${p(all.sharded, 50)} ms p99 ${p(all.sharded, 99)} ms · ` +
        `p50 ratio ${(percentile(all.sharded, 50) / percentile(all.single, 50)).toFixed(2)}×`);
      await Promise.all([single.close(), sharded.close(), ...engines.map((e) => e.close())]);
    } finally {
      await Promise.all(meilis.map((m) => m.stop()));
    }
  }
}
