// Adapter: upload records in SQLite (data/documents.db): status, counts, error, repair statistics.
import Database from 'better-sqlite3';
import path from 'node:path';
import type { DocumentMeta, RepairStats } from '../domain/types.ts';
import { ensurePrivateFile } from '../files.ts';

export type DocumentStatus = 'queued' | 'extracting' | 'indexing' | 'done' | 'failed';
export const BUSY: readonly DocumentStatus[] = ['queued', 'extracting', 'indexing'];

export interface DocumentRow {
  id: string;
  fileName: string;
  kind: 'pdf' | 'text';
  bytes: number;
  contentHash: string;
  meta: DocumentMeta;
  status: DocumentStatus;
  title: string | null;
  version: number;
  pages: number | null;
  pagesDone: number;
  paragraphs: number | null;
  articles: number | null;
  stats: RepairStats | null;
  errorCode: string | null;
  errorMessage: string | null;
  uploadedBy: string | null;
  /** The API key that uploaded this version: it (or an admin) may replace the document. Null on older records. */
  uploaderKeyId: string | null;
  createdAt: string;
  updatedAt: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  file_name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('pdf', 'text')),
  bytes INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  meta TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'extracting', 'indexing', 'done', 'failed')),
  title TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  pages INTEGER,
  pages_done INTEGER NOT NULL DEFAULT 0,
  paragraphs INTEGER,
  articles INTEGER,
  stats TEXT,
  error_code TEXT,
  error_message TEXT,
  uploaded_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_content_hash ON documents (content_hash);
`;
/** Columns added after the first release (added to an older file when it is opened). */
const ADDED_COLUMNS: Record<string, string> = { uploader_key_id: 'TEXT' };

type Raw = Record<string, unknown>;

export function documentsDbPath(dataDir: string): string {
  return path.join(dataDir, 'documents.db');
}

export class DocumentStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') ensurePrivateFile(file); // 0600 in a 0700 folder; -wal and -shm follow
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    const have = new Set((this.db.prepare('PRAGMA table_info(documents)').all() as { name: string }[]).map((c) => c.name));
    for (const [name, type] of Object.entries(ADDED_COLUMNS)) if (!have.has(name)) this.db.exec(`ALTER TABLE documents ADD COLUMN ${name} ${type}`);
  }

  close(): void {
    this.db.close();
  }

  get(id: string): DocumentRow | null {
    const row = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as Raw | undefined;
    return row ? fromRaw(row) : null;
  }

  /** The newest record of these bytes (uploading them again finds it). */
  findByHash(contentHash: string): DocumentRow | null {
    const row = this.db.prepare('SELECT * FROM documents WHERE content_hash = ? ORDER BY updated_at DESC LIMIT 1').get(contentHash) as Raw | undefined;
    return row ? fromRaw(row) : null;
  }

  list(): DocumentRow[] {
    return (this.db.prepare('SELECT * FROM documents ORDER BY created_at DESC, id').all() as Raw[]).map(fromRaw);
  }

  /** A new upload, or a new version of an existing record (same id): queued again, counts cleared. */
  saveQueued(r: Pick<DocumentRow, 'id' | 'fileName' | 'kind' | 'bytes' | 'contentHash' | 'meta' | 'uploadedBy'> & { uploaderKeyId?: string | null }): DocumentRow {
    const now = new Date().toISOString();
    this.db.prepare(`
      INSERT INTO documents (id, file_name, kind, bytes, content_hash, meta, status, title, uploaded_by, uploader_key_id, created_at, updated_at)
      VALUES (@id, @fileName, @kind, @bytes, @contentHash, @meta, 'queued', @title, @uploadedBy, @uploaderKeyId, @now, @now)
      ON CONFLICT (id) DO UPDATE SET file_name = @fileName, kind = @kind, bytes = @bytes, content_hash = @contentHash,
        meta = @meta, status = 'queued', title = @title, version = version + 1, pages = NULL, pages_done = 0,
        paragraphs = NULL, articles = NULL, stats = NULL, error_code = NULL, error_message = NULL,
        uploaded_by = @uploadedBy, uploader_key_id = @uploaderKeyId, updated_at = @now
    `).run({ ...r, uploaderKeyId: r.uploaderKeyId ?? null, meta: JSON.stringify(r.meta), title: r.meta.title ?? null, now });
    return this.get(r.id)!;
  }

  setStatus(id: string, status: DocumentStatus): void {
    this.update(id, { status });
  }

  setProgress(id: string, pagesDone: number, pages: number): void {
    this.update(id, { pages_done: pagesDone, pages });
  }

  setDone(id: string, r: { title: string; pages: number; paragraphs: number; articles: number; stats: RepairStats }): void {
    this.update(id, { status: 'done', title: r.title, pages: r.pages, pages_done: r.pages, paragraphs: r.paragraphs, articles: r.articles, stats: JSON.stringify(r.stats) });
  }

  setFailed(id: string, code: string, message: string): void {
    this.update(id, { status: 'failed', error_code: code, error_message: message });
  }

  /** Records left in progress by a stopped server can never finish: they fail with a reason. */
  failInterrupted(message: string): number {
    const now = new Date().toISOString();
    return this.db.prepare(`UPDATE documents SET status = 'failed', error_code = 'interrupted', error_message = ?, updated_at = ?
      WHERE status IN ('queued', 'extracting', 'indexing')`).run(message, now).changes;
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
  }

  private update(id: string, fields: Record<string, string | number | null>): void {
    const sets = Object.keys(fields).map((k) => `${k} = @${k}`).join(', ');
    this.db.prepare(`UPDATE documents SET ${sets}, updated_at = @updatedAt WHERE id = @id`).run({ ...fields, id, updatedAt: new Date().toISOString() });
  }
}

function fromRaw(r: Raw): DocumentRow {
  return {
    id: String(r.id), fileName: String(r.file_name), kind: r.kind as DocumentRow['kind'], bytes: Number(r.bytes),
    contentHash: String(r.content_hash), meta: JSON.parse(String(r.meta)) as DocumentMeta, status: r.status as DocumentStatus,
    title: (r.title as string | null) ?? null, version: Number(r.version), pages: (r.pages as number | null) ?? null,
    pagesDone: Number(r.pages_done), paragraphs: (r.paragraphs as number | null) ?? null, articles: (r.articles as number | null) ?? null,
    stats: r.stats ? (JSON.parse(String(r.stats)) as RepairStats) : null, errorCode: (r.error_code as string | null) ?? null,
    errorMessage: (r.error_message as string | null) ?? null, uploadedBy: (r.uploaded_by as string | null) ?? null,
    uploaderKeyId: (r.uploader_key_id as string | null) ?? null,
    createdAt: String(r.created_at), updatedAt: String(r.updated_at),
  };
}
