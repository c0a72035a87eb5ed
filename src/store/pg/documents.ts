// Adapter: upload records on PostgreSQL (the same records as src/documents/store.ts).
import type { DocumentRow, DocumentStatus } from '../../documents/store.ts';
import type { DocumentMeta, RepairStats } from '../../domain/types.ts';
import type { DocumentRecords, DoneCounts, QueuedUpload } from '../ports.ts';
import type { Queryable } from './pool.ts';

type Raw = Record<string, unknown>;

export const SAVE_QUEUED_SQL = `
  INSERT INTO documents (id, file_name, kind, bytes, content_hash, meta, status, title, uploaded_by, created_at, updated_at, uploader_key_id)
  VALUES ($1, $2, $3, $4, $5, $6, 'queued', $7, $8, $9, $9, $10)
  ON CONFLICT (id) DO UPDATE SET file_name = $2, kind = $3, bytes = $4, content_hash = $5, meta = $6, status = 'queued',
    title = $7, version = documents.version + 1, pages = NULL, pages_done = 0, paragraphs = NULL, articles = NULL,
    stats = NULL, error_code = NULL, error_message = NULL, uploaded_by = $8, updated_at = $9, uploader_key_id = $10
  RETURNING *`;

export function saveQueuedParams(r: QueuedUpload): unknown[] {
  return [r.id, r.fileName, r.kind, r.bytes, r.contentHash, JSON.stringify(r.meta), r.meta.title ?? null, r.uploadedBy, new Date().toISOString(), r.uploaderKeyId ?? null];
}

export class PgDocumentStore implements DocumentRecords {
  constructor(private readonly db: Queryable) {}

  async get(id: string): Promise<DocumentRow | null> {
    const { rows } = await this.db.query<Raw>('SELECT * FROM documents WHERE id = $1', [id]);
    return rows[0] ? fromPg(rows[0]) : null;
  }

  async findByHash(contentHash: string): Promise<DocumentRow | null> {
    const { rows } = await this.db.query<Raw>('SELECT * FROM documents WHERE content_hash = $1 ORDER BY updated_at DESC LIMIT 1', [contentHash]);
    return rows[0] ? fromPg(rows[0]) : null;
  }

  async list(): Promise<DocumentRow[]> {
    return (await this.db.query<Raw>('SELECT * FROM documents ORDER BY created_at DESC, id')).rows.map(fromPg);
  }

  async saveQueued(r: QueuedUpload): Promise<DocumentRow> {
    const { rows } = await this.db.query<Raw>(SAVE_QUEUED_SQL, saveQueuedParams(r));
    return fromPg(rows[0]!);
  }

  setStatus(id: string, status: DocumentStatus): Promise<void> {
    return this.update(id, { status });
  }

  setProgress(id: string, pagesDone: number, pages: number): Promise<void> {
    return this.update(id, { pages_done: pagesDone, pages });
  }

  setDone(id: string, r: DoneCounts): Promise<void> {
    return this.update(id, {
      status: 'done', title: r.title, pages: r.pages, pages_done: r.pages, paragraphs: r.paragraphs, articles: r.articles, stats: JSON.stringify(r.stats),
    });
  }

  setFailed(id: string, code: string, message: string): Promise<void> {
    return this.update(id, { status: 'failed', error_code: code, error_message: message });
  }

  /** Nothing to do on a shared store: another node may be working on these; leases bring back the dead ones. */
  async failInterrupted(): Promise<number> {
    return 0;
  }

  async delete(id: string): Promise<boolean> {
    return ((await this.db.query('DELETE FROM documents WHERE id = $1', [id])).rowCount ?? 0) > 0;
  }

  private async update(id: string, fields: Record<string, string | number | null>): Promise<void> {
    const keys = Object.keys(fields);
    const sets = keys.map((k, i) => `${k} = $${i + 3}`).join(', ');
    await this.db.query(`UPDATE documents SET ${sets}, updated_at = $2 WHERE id = $1`, [id, new Date().toISOString(), ...keys.map((k) => fields[k])]);
  }
}

export function fromPg(r: Raw): DocumentRow {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    id: String(r.id), fileName: String(r.file_name), kind: r.kind as DocumentRow['kind'], bytes: Number(r.bytes),
    contentHash: String(r.content_hash), meta: r.meta as DocumentMeta, status: r.status as DocumentStatus,
    title: (r.title as string | null) ?? null, version: Number(r.version), pages: num(r.pages), pagesDone: Number(r.pages_done),
    paragraphs: num(r.paragraphs), articles: num(r.articles), stats: (r.stats as RepairStats | null) ?? null,
    errorCode: (r.error_code as string | null) ?? null, errorMessage: (r.error_message as string | null) ?? null,
    uploadedBy: (r.uploaded_by as string | null) ?? null, uploaderKeyId: (r.uploader_key_id as string | null) ?? null,
    createdAt: String(r.created_at), updatedAt: String(r.updated_at),
  };
}
