// Adapter: the annotations database (SQLite, the system of record). Opening it applies pending migrations.
import path from 'node:path';
import Database from 'better-sqlite3';
import { ensurePrivateFile } from '../files.ts';
import { MIGRATIONS } from './migrations.ts';

export type Db = Database.Database;

/** How long a writer waits for another connection's lock (the CLI and the server share the file). */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Open (or create) the database: WAL, synchronous=FULL (a 201 means the row is on disk), foreign keys on.
 * The file is created 0600 in a 0700 folder before SQLite opens it (its -wal and -shm files take its mode).
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') ensurePrivateFile(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  migrate(db);
  return db;
}

export function annotationsDbPath(dataDir: string): string {
  return path.join(dataDir, 'annotations.db');
}

/** Apply every migration whose version is above the recorded one, each in its own transaction. */
export function migrate(db: Db): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}

export function integrityCheck(db: Db): string {
  return (db.pragma('integrity_check', { simple: true }) as string) ?? '';
}
