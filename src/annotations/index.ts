// Entry point for the server: open data/annotations.db and build what the rest of the service needs from it.
import { annotationsDbPath, openDatabase, type Db } from './db.ts';
import { KeyStore } from './keys.ts';
import { AnnotationReanchorer } from './reanchor.ts';
import { AnnotationStore } from './store.ts';

export interface Annotations {
  db: Db;
  /** The store; also the AnnotationIndex search uses for counts and filters. */
  store: AnnotationStore;
  keys: KeyStore;
  /** The DocumentReplacedListener for ingestion; `reconcile(lookup)` after an index rebuild. */
  reanchorer: AnnotationReanchorer;
  close(): Promise<void>;
}

export function openAnnotations(dataDir: string, logger?: { info(obj: object, msg?: string): void }): Annotations {
  const db = openDatabase(annotationsDbPath(dataDir));
  const store = new AnnotationStore(db);
  return {
    db,
    store,
    keys: new KeyStore(db),
    reanchorer: new AnnotationReanchorer(store, logger),
    close: async () => void db.close(),
  };
}
