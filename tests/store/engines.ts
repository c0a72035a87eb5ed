// Test helper: the same store interfaces opened on each engine, SQLite (a temp folder) and PostgreSQL (a real
// server started by tests/helpers/postgres.ts, a fresh database per suite).
import fs from 'node:fs';
import type { AnnotationIndex, DocumentReplacedListener, ParagraphLookup } from '../../src/domain/ports.ts';
import { annotationsDbPath, openDatabase } from '../../src/annotations/db.ts';
import { KeyStore } from '../../src/annotations/keys.ts';
import { AnnotationReanchorer } from '../../src/annotations/reanchor.ts';
import { AnnotationStore } from '../../src/annotations/store.ts';
import { DocumentStore, documentsDbPath } from '../../src/documents/store.ts';
import type { AnnotationRepository, DocumentRecords, KeyRepository } from '../../src/store/ports.ts';
import { PgAnnotationStore } from '../../src/store/pg/annotations.ts';
import { PgDocumentStore } from '../../src/store/pg/documents.ts';
import { PgKeyStore } from '../../src/store/pg/keys.ts';
import { migratePg, openPool } from '../../src/store/pg/pool.ts';
import { PgReanchorer } from '../../src/store/pg/reanchor.ts';
import { tempDir } from '../annotations/helpers.ts';
import type { TestPostgres } from '../helpers/postgres.ts';

export interface EngineStores {
  annotations: AnnotationRepository & AnnotationIndex;
  keys: KeyRepository;
  documents: DocumentRecords;
  reanchorer: DocumentReplacedListener & { reconcile(l: ParagraphLookup): Promise<unknown> };
  close(): Promise<void>;
}

export type EngineName = 'sqlite' | 'postgres';
export const ENGINES: EngineName[] = ['sqlite', 'postgres'];

export async function openEngine(engine: EngineName, pg: () => TestPostgres): Promise<EngineStores> {
  if (engine === 'sqlite') {
    const dir = tempDir('verbatim-engines-');
    const db = openDatabase(annotationsDbPath(dir));
    const annotations = new AnnotationStore(db);
    const documents = new DocumentStore(documentsDbPath(dir));
    return {
      annotations, keys: new KeyStore(db), documents, reanchorer: new AnnotationReanchorer(annotations),
      close: async () => (db.close(), documents.close(), fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const pool = openPool(await pg().url());
  await migratePg(pool);
  const annotations = new PgAnnotationStore(pool);
  return {
    annotations, keys: new PgKeyStore(pool), documents: new PgDocumentStore(pool), reanchorer: new PgReanchorer(annotations),
    close: () => pool.end(),
  };
}
