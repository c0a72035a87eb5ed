// Adapter entry: open the uploads service (record store in DATA_DIR/documents.db, one extraction worker).
import type { Logger } from 'pino';
import path from 'node:path';
import type { Config } from '../config.ts';
import { FileStore } from './files.ts';
import { ExtractionPool, limitsFrom } from './runner.ts';
import { DocumentService, type DocumentIndex } from './service.ts';
import { DocumentStore, documentsDbPath } from './store.ts';

export interface Documents {
  service: DocumentService;
  /** Wait for queued uploads, stop the worker, close the database. */
  close(): Promise<void>;
}

/** `pool`: the service's one extraction pool, shared with the start-up ingest; made here when not given. */
export function openDocuments(config: Config, index: DocumentIndex, logger: Logger, pool = new ExtractionPool(limitsFrom(config))): Documents {
  const store = new DocumentStore(documentsDbPath(config.dataDir));
  const service = new DocumentService(store, index, (bytes, job, onProgress) => pool.run(bytes, job, onProgress), logger, new FileStore(path.join(config.dataDir, 'files')));
  return {
    service,
    close: async () => {
      await service.idle();
      await pool.close();
      store.close();
    },
  };
}
