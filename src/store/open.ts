// Adapter entry: the stores the server runs on. SQLite files in DATA_DIR (the embedded default), or PostgreSQL
// when DATABASE_URL is set: then many API nodes share records, keys, uploads and extraction jobs.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { AnnotationIndex, DocumentReplacedListener, ParagraphLookup } from '../domain/ports.ts';
import { openAnnotations } from '../annotations/index.ts';
import type { KeyResolver } from '../annotations/keys.ts';
import { openDocuments, type Documents } from '../documents/index.ts';
import { FileStore } from '../documents/files.ts';
import { JobWorker } from '../documents/jobs.ts';
import type { ExtractionPool } from '../documents/runner.ts';
import { DocumentService, type DocumentIndex } from '../documents/service.ts';
import type { AnnotationRepository, KeyRepository, QueueStats } from './ports.ts';
import { PgAnnotationStore } from './pg/annotations.ts';
import { PgDocumentStore } from './pg/documents.ts';
import { PgJobQueue } from './pg/jobs.ts';
import { PgKeyStore } from './pg/keys.ts';
import { LOCKS, migratePg, openPool, withAdvisoryLock, type PgPool } from './pg/pool.ts';
import { PgReanchorer } from './pg/reanchor.ts';

export type StoreHealth = {
  store: { engine: 'sqlite' | 'postgres'; status: 'available' | 'unavailable' };
  queue: (QueueStats & { node: string; busy: number }) | { engine: 'in-process' } | { status: 'unavailable' };
};

export interface Stores {
  engine: 'sqlite' | 'postgres';
  annotations: AnnotationRepository & AnnotationIndex;
  keys: KeyRepository & KeyResolver;
  reanchorer: DocumentReplacedListener & { reconcile(lookup: ParagraphLookup): Promise<unknown> };
  /** The uploads service on this store, with its extraction pool (and, on PostgreSQL, this node's job worker). */
  openDocuments(index: DocumentIndex, pool: ExtractionPool): Promise<Documents>;
  /**
   * Run the start-up ingest of the corpus once for all nodes: under an advisory lock, skipped when this very corpus
   * (same files, same bytes) was already ingested and the index still holds documents.
   */
  ingestOnce(files: string[], ingest: () => Promise<unknown>, indexHoldsDocuments: () => Promise<boolean>): Promise<boolean>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

export async function openStores(config: Config, logger: Logger): Promise<Stores> {
  return config.database.url ? openPostgres(config, config.database.url, logger) : openSqlite(config, logger);
}

function openSqlite(config: Config, logger: Logger): Stores {
  const a = openAnnotations(config.dataDir, logger);
  return {
    engine: 'sqlite', annotations: a.store, keys: a.keys, reanchorer: a.reanchorer,
    openDocuments: async (index, pool) => openDocuments(config, index, logger, pool),
    ingestOnce: async (_files, ingest) => (await ingest(), true),
    health: async () => ({ store: { engine: 'sqlite', status: 'available' }, queue: { engine: 'in-process' } }),
    close: a.close,
  };
}

async function openPostgres(config: Config, url: string, logger: Logger): Promise<Stores> {
  const pool = openPool(url);
  try {
    const applied = await migratePg(pool);
    if (applied.length) logger.info({ applied }, 'PostgreSQL migrations applied');
  } catch (e) {
    await pool.end();
    throw e;
  }
  const annotations = new PgAnnotationStore(pool);
  const jobs = new PgJobQueue(pool, { leaseMs: config.database.jobLeaseMs, maxAttempts: config.database.jobMaxAttempts });
  let worker: JobWorker | undefined;
  return {
    engine: 'postgres', annotations, keys: new PgKeyStore(pool), reanchorer: new PgReanchorer(annotations, logger),
    async openDocuments(index, extraction) {
      const files = new FileStore(path.join(config.dataDir, 'files')); // this node's copy for GET …/file; jobs read PostgreSQL's
      const service = new DocumentService(new PgDocumentStore(pool), index, (b, job, p) => extraction.run(b, job, p), logger, files, jobs);
      const { node, jobPollMs, jobLeaseMs } = config.database;
      worker = new JobWorker(jobs, (id, bytes) => service.runJob(id, bytes), { node, slots: 1, pollMs: jobPollMs, leaseMs: jobLeaseMs }, logger);
      await worker.start();
      return { service, close: async () => (await worker?.stop(), await extraction.close()) };
    },
    ingestOnce: (files, ingest, holds) => ingestOnce(pool, files, ingest, holds, logger),
    async health() {
      try {
        const stats = await jobs.stats();
        return { store: { engine: 'postgres', status: 'available' }, queue: { ...stats, node: config.database.node, busy: worker?.busy ?? 0 } };
      } catch {
        return { store: { engine: 'postgres', status: 'unavailable' }, queue: { status: 'unavailable' } };
      }
    },
    close: () => pool.end(),
  };
}

async function ingestOnce(pool: PgPool, files: string[], ingest: () => Promise<unknown>, holds: () => Promise<boolean>, logger: Logger): Promise<boolean> {
  const fingerprint = await corpusFingerprint(files);
  return withAdvisoryLock(pool, LOCKS.ingest, async () => {
    const { rows } = await pool.query<{ value: string }>("SELECT value FROM boot_state WHERE key = 'corpus'");
    if (rows[0]?.value === fingerprint && (await holds())) {
      logger.info({ files: files.length }, 'corpus already ingested by another node');
      return false;
    }
    await ingest();
    await pool.query(`INSERT INTO boot_state (key, value) VALUES ('corpus', $1)
      ON CONFLICT (key) DO UPDATE SET value = $1, at = now()`, [fingerprint]);
    return true;
  });
}

/** The corpus as its file names and contents (and metadata files): equal on every node that has the same corpus. */
async function corpusFingerprint(files: string[]): Promise<string> {
  const h = createHash('sha256');
  for (const file of files) {
    h.update(path.basename(file)).update('\0').update(await fs.readFile(file));
    const meta = file.replace(/\.[^.]+$/, '.meta.json');
    h.update('\0').update(await fs.readFile(meta).catch(() => Buffer.alloc(0)));
  }
  return h.digest('hex');
}
