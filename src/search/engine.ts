// Adapter: wire Meilisearch (external or embedded), index settings, the search service and the ingester.
import type { Settings } from 'meilisearch';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { DocumentReplacedListener } from '../domain/ports.ts';
import type { BatchLimits } from './batches.ts';
import { createIngester, type Ingester } from './ingest.ts';
import { startEmbeddedMeili, type MeiliHandle } from './launcher.ts';
import { connectMeili, type MeiliConnection } from './meili-client.ts';
import { startSupervisedMeili } from './supervisor.ts';
import { applyIndexSettings, loadIndexConfig, type IndexConfig } from './settings.ts';
import { createSearchService, type SearchService } from './service.ts';
import { syncSynonyms } from './synonyms.ts';
import { indexNames, type IndexNames } from './store.ts';
import { createCorpusTerms, ensureVocabularyIndex } from './terms.ts';

/** The bookkeeping index is read by id only; its one searchable field keeps Meilisearch from indexing the rest. */
const DOCUMENT_INDEX_SETTINGS: Settings = {
  searchableAttributes: ['title'],
  filterableAttributes: ['id', 'articleIds'],
};

export interface SearchEngine {
  service: SearchService;
  ingester: Ingester;
  connection: MeiliConnection;
  names: IndexNames;
  indexConfig: IndexConfig;
  close(): Promise<void>;
}

export interface OpenEngineOptions {
  url: string;
  key: string;
  index: string;
  logger: Logger;
  listener?: DocumentReplacedListener;
  settingsFile?: string;
  /** addDocuments payload limits (default DEFAULT_BATCH_LIMITS in batches.ts). */
  batch?: Partial<BatchLimits>;
}

/** Connect, apply both indexes' settings (idempotently), and build the service and the ingester. */
export async function openSearchEngine(opts: OpenEngineOptions): Promise<SearchEngine> {
  const indexConfig = await loadIndexConfig(opts.settingsFile);
  const connection = connectMeili(opts.url, opts.key);
  const names = indexNames(opts.index);
  try {
    const changed = await applyIndexSettings(connection.client, names.paragraphs, indexConfig.settings);
    await applyIndexSettings(connection.client, names.documents, DOCUMENT_INDEX_SETTINGS);
    const synonyms = await syncSynonyms(connection.client, names, indexConfig.synonymGroups);
    await ensureVocabularyIndex(connection.client, names);
    opts.logger.info({ index: names.paragraphs, changed, synonyms }, changed || synonyms ? 'index settings applied' : 'index settings up to date');
  } catch (e) {
    await connection.close();
    throw e;
  }
  const client = connection.client;
  const terms = createCorpusTerms(client, names);
  return {
    service: createSearchService({ connection, names, search: indexConfig.search, terms }),
    ingester: createIngester({
      client, names, logger: opts.logger, synonymGroups: indexConfig.synonymGroups, ...(opts.listener ? { listener: opts.listener } : {}),
      onChange: () => terms.invalidate(),
      ...(opts.batch ? { batch: opts.batch } : {}),
    }),
    connection,
    names,
    indexConfig,
    close: () => connection.close(),
  };
}

export interface BackendOptions {
  /** CLI use: connect to the Meilisearch of a running server on the same data directory instead of failing. */
  reuseRunning?: boolean;
  onUnexpectedExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
  /** The server: restart the embedded Meilisearch with backoff when it crashes (instead of onUnexpectedExit). */
  restartOnCrash?: boolean;
}

/** External Meilisearch when MEILI_URL and MEILI_KEY are set (nothing is spawned), else the embedded one. */
export async function startSearchBackend(config: Config, logger: Logger, opts: BackendOptions = {}): Promise<MeiliHandle> {
  if (config.meili.url && config.meili.key) {
    logger.info({ url: config.meili.url }, 'using external Meilisearch');
    return { url: config.meili.url, key: config.meili.key, pid: null, stop: async () => {} };
  }
  if (opts.restartOnCrash) return startSupervisedMeili({ dataDir: config.dataDir, logger });
  return startEmbeddedMeili({
    dataDir: config.dataDir, logger,
    ...(opts.reuseRunning ? { reuseRunning: true } : {}),
    ...(opts.onUnexpectedExit ? { onUnexpectedExit: opts.onUnexpectedExit } : {}),
  });
}
