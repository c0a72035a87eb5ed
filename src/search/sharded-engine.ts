// Adapter: a search engine over several Meilisearch shards (MEILI_SHARDS), built from one ordinary engine per
// shard (src/search/engine.ts) and the merging layer in src/search/shards.ts. A document's synonym groups (from its
// metadata) are applied on every shard, so a query expands the same way whichever shard a paragraph is on.
import { createSearchService } from './service.ts';
import { openSearchEngine, type OpenEngineOptions, type SearchEngine } from './engine.ts';
import type { Ingester } from './ingest.ts';
import { fanOutConnection, shardedIngester, shardedService } from './shards.ts';
import { storedSynonymGroups, syncSynonyms } from './synonyms.ts';

export interface ShardAddress {
  url: string;
  key: string;
}

export async function openShardedEngine(opts: Omit<OpenEngineOptions, 'url' | 'key'>, shards: readonly ShardAddress[]): Promise<SearchEngine> {
  const engines: SearchEngine[] = [];
  try {
    for (const s of shards) engines.push(await openSearchEngine({ ...opts, url: s.url, key: s.key }));
  } catch (e) {
    await Promise.all(engines.map((x) => x.close()));
    throw e;
  }
  const first = engines[0]!;
  const syncAll = () => syncAcross(engines, first.indexConfig.synonymGroups);
  await syncAll();
  const connection = fanOutConnection(engines.map((e) => e.connection));
  const merged = createSearchService({ connection, names: first.names, search: first.indexConfig.search });
  return {
    service: shardedService(merged, engines.map((e) => e.service)),
    ingester: withSynonymSync(shardedIngester(engines.map((e) => e.ingester)), syncAll),
    connection,
    names: first.names,
    indexConfig: first.indexConfig,
    close: async () => void (await Promise.all(engines.map((e) => e.close()))),
  };
}

/** Every shard gets the settings file's groups plus the groups of every document on any shard. */
async function syncAcross(engines: SearchEngine[], base: string[][]): Promise<void> {
  const groups = (await Promise.all(engines.map((e) => storedSynonymGroups(e.connection.client, e.names)))).flat();
  await Promise.all(engines.map((e) => syncSynonyms(e.connection.client, e.names, [...base, ...groups])));
}

function withSynonymSync(inner: Ingester, sync: () => Promise<void>): Ingester {
  return {
    ...inner,
    async ingestDocuments(docs, onProgress) {
      const results = await inner.ingestDocuments(docs, onProgress);
      await sync();
      return results;
    },
    async deleteDocument(docId) {
      const removed = await inner.deleteDocument(docId);
      await sync();
      return removed;
    },
  };
}
