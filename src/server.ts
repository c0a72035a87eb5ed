// Service entry (`npm start`): config → Meilisearch (embedded or external) → index settings → ingest corpus/ → listen.
// Shutdown on SIGINT/SIGTERM/crash closes the server, then the client, then stops the Meilisearch child.
import type { Server } from 'node:http';
import pino, { type Logger } from 'pino';
import { loadConfig } from './config.ts';
import { AppError } from './domain/errors.ts';
import { createApp } from './http/app.ts';
import { bindServer } from './http/listen.ts';
import { openStores } from './store/open.ts';
import { ExtractionPool, limitsFrom } from './documents/runner.ts';
import { openSearchEngine, startSearchBackend } from './search/engine.ts';
import { openShardedEngine } from './search/sharded-engine.ts';
import { corpusFiles, ingestFiles } from './search/ingest-files.ts';
import { ensurePrivateDir, tightenDataDir } from './files.ts';

/** Open connections get this long to finish their request after a shutdown signal. */
const SHUTDOWN_GRACE_MS = 5_000;

type Cleanup = () => Promise<void>;

/** Cleanups run once, newest first; a second signal during shutdown exits at once. */
function createShutdown(logger: Logger) {
  const cleanups: Cleanup[] = [];
  let running = false;
  const run = async (code: number): Promise<void> => {
    if (running) {
      logger.warn('forced exit');
      process.exit(code || 1);
    }
    running = true;
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((e: unknown) => logger.error({ err: e }, 'error during shutdown'));
    }
    process.exit(code);
  };
  return { add: (c: Cleanup) => void cleanups.push(c), run };
}

function closeServer(server: Server): Cleanup {
  return async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    await closed;
    clearTimeout(timer);
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const shutdown = createShutdown(logger);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      logger.info({ signal }, 'shutting down');
      void shutdown.run(0);
    });
  }
  const crash = (err: unknown): void => {
    logger.fatal({ err }, 'crash');
    void shutdown.run(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  try {
    await boot(config, logger, shutdown.add);
  } catch (e) {
    logger.fatal(e instanceof AppError ? { code: e.code } : { err: e }, e instanceof Error ? e.message : String(e));
    await shutdown.run(1);
  }
}

async function boot(config: ReturnType<typeof loadConfig>, logger: Logger, onStop: (c: Cleanup) => void) {
  const bound = await bindServer(config.port, config.host); // a taken port fails here, before Meilisearch and the ingest
  secureDataDir(config.dataDir, logger);
  const shards = config.meili.shards; // MEILI_SHARDS: several Meilisearch servers, nothing embedded
  const meili = shards ? null : await startSearchBackend(config, logger, { restartOnCrash: true });
  if (meili) onStop(() => meili.stop());
  const stores = await openStores(config, logger); // SQLite in DATA_DIR, or PostgreSQL when DATABASE_URL is set
  onStop(stores.close);
  const listener = stores.reanchorer;
  const engine = meili
    ? await openSearchEngine({ url: meili.url, key: meili.key, index: config.meili.index, logger, listener })
    : await openShardedEngine({ index: config.meili.index, logger, listener }, shards ?? []);
  onStop(() => engine.close());
  // One extraction pool with the configured limits serves the start-up ingest and uploads alike.
  const pool = new ExtractionPool(limitsFrom(config));
  if (config.ingestOnStart) {
    const files = await corpusFiles(config.corpusDir);
    logger.info({ corpus: config.corpusDir, files: files.length }, 'ingesting corpus');
    // Once for all nodes sharing a store (an advisory lock on PostgreSQL); always on SQLite.
    await stores.ingestOnce(files, () => ingestFiles(engine.ingester, files, logger, () => ({ pool })), async () => (await engine.service.health()).documents > 0);
  }
  await stores.reanchorer.reconcile(engine.service); // annotations follow an index rebuilt from scratch too
  const documents = await stores.openDocuments(engine.ingester, pool);
  onStop(documents.close);
  const { annotations: store, keys } = stores;
  const app = createApp({
    config, logger, search: engine.service, annotations: store, annotationApi: { store, keys }, documents: documents.service,
    storeHealth: () => stores.health(),
  });
  bound.serve(app);
  onStop(closeServer(bound.server));
  logger.info({ port: bound.port }, `verbatim is listening on http://localhost:${bound.port}`);
}

/**
 * The data folder holds private notes and key hashes: 0700, files 0600. What an older version or a loose umask
 * left readable is tightened (and logged); files made from now on (Meilisearch's too) get no group or other bits.
 */
function secureDataDir(dataDir: string, logger: Logger): void {
  process.umask(0o077);
  const { tightened } = tightenDataDir(dataDir);
  if (tightened) logger.warn({ dataDir, tightened }, 'data folder was readable by others: tightened to 0700 (folders) and 0600 (files)');
  ensurePrivateDir(dataDir);
}

void main();
