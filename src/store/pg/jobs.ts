// Adapter: extraction jobs in PostgreSQL. Any node takes the oldest waiting job with FOR UPDATE SKIP LOCKED (two
// nodes never take the same one, and neither waits for the other's lock). A taken job carries a lease that its
// node renews while it works; when the node dies, the lease runs out and the job is taken again, until
// `maxAttempts` tries are spent: then the job and its upload record fail for good, with the reason.
// The uploaded file is stored in PostgreSQL (bytea), keyed by content hash: every node reads it from there.
import type { DocumentRow } from '../../documents/store.ts';
import type { ClaimedJob, JobQueue, QueueStats, QueuedUpload } from '../ports.ts';
import { SAVE_QUEUED_SQL, fromPg, saveQueuedParams } from './documents.ts';
import { withTransaction, type PgPool } from './pool.ts';

/** The NOTIFY channel that wakes idle workers on every node when a job is queued. */
const CHANNEL = 'verbatim_jobs';

export interface JobQueueOptions {
  leaseMs: number;
  maxAttempts: number;
}

export class PgJobQueue implements JobQueue {
  constructor(
    private readonly pool: PgPool,
    readonly options: JobQueueOptions,
  ) {}

  /** The record, the file and the job in one transaction: an acknowledged upload is never without its job. */
  enqueue(upload: QueuedUpload, bytes: Uint8Array): Promise<DocumentRow> {
    return withTransaction(this.pool, async (c) => {
      await c.query('INSERT INTO document_files (content_hash, bytes) VALUES ($1, $2) ON CONFLICT (content_hash) DO NOTHING',
        [upload.contentHash, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)]);
      const { rows } = await c.query<Record<string, unknown>>(SAVE_QUEUED_SQL, saveQueuedParams(upload));
      await c.query('INSERT INTO jobs (doc_id, content_hash, max_attempts) VALUES ($1, $2, $3)', [upload.id, upload.contentHash, this.options.maxAttempts]);
      await c.query(`NOTIFY ${CHANNEL}`);
      return fromPg(rows[0]!);
    });
  }

  async claim(node: string): Promise<ClaimedJob | null> {
    await this.expire();
    const { rows } = await this.pool.query<{ id: number; doc_id: string; attempts: number; bytes: Buffer }>(`
      WITH next AS (
        SELECT id FROM jobs
        WHERE state = 'queued' OR (state = 'running' AND lease_until < now() AND attempts < max_attempts)
        ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
      UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, node = $1, nodes = array_append(j.nodes, $1),
        lease_until = now() + make_interval(secs => $2), updated_at = now()
      FROM next, document_files f WHERE j.id = next.id AND f.content_hash = j.content_hash
      RETURNING j.id, j.doc_id, j.attempts, f.bytes`, [node, this.options.leaseMs / 1000]);
    const r = rows[0];
    return r ? { id: r.id, docId: r.doc_id, attempt: r.attempts, bytes: new Uint8Array(r.bytes) } : null;
  }

  async renew(jobId: number, node: string): Promise<boolean> {
    const res = await this.pool.query(`UPDATE jobs SET lease_until = now() + make_interval(secs => $3), updated_at = now()
      WHERE id = $1 AND node = $2 AND state = 'running'`, [jobId, node, this.options.leaseMs / 1000]);
    return (res.rowCount ?? 0) > 0;
  }

  async complete(jobId: number, node: string): Promise<void> {
    await this.pool.query(`UPDATE jobs SET state = 'done', lease_until = NULL, updated_at = now() WHERE id = $1 AND node = $2`, [jobId, node]);
  }

  async release(jobId: number, node: string, reason: string): Promise<void> {
    await withTransaction(this.pool, async (c) => {
      const { rows } = await c.query<{ doc_id: string; spent: boolean }>(`
        UPDATE jobs SET state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END, last_error = $3,
          lease_until = NULL, updated_at = now()
        WHERE id = $1 AND node = $2 AND state = 'running' RETURNING doc_id, attempts >= max_attempts AS spent`, [jobId, node, reason]);
      const r = rows[0];
      if (r?.spent) await failDocument(c, r.doc_id, `${reason} (gave up after the set number of tries)`);
      else if (r) await c.query(`NOTIFY ${CHANNEL}`);
    });
  }

  async fail(jobId: number, node: string, reason: string): Promise<void> {
    await this.pool.query(`UPDATE jobs SET state = 'failed', last_error = $3, lease_until = NULL, updated_at = now()
      WHERE id = $1 AND node = $2`, [jobId, node, reason]);
  }

  async stats(): Promise<QueueStats> {
    const { rows } = await this.pool.query<{ state: keyof QueueStats; n: number }>('SELECT state, COUNT(*)::int AS n FROM jobs GROUP BY state');
    const out: QueueStats = { queued: 0, running: 0, failed: 0, done: 0 };
    for (const r of rows) out[r.state] = r.n;
    return out;
  }

  /** Which nodes held a job, in order (a test and an operator's question: who took it, who finished it). */
  async holders(docId: string): Promise<{ state: string; attempts: number; nodes: string[]; lastError: string | null }[]> {
    const { rows } = await this.pool.query<{ state: string; attempts: number; nodes: string[]; last_error: string | null }>(
      'SELECT state, attempts, nodes, last_error FROM jobs WHERE doc_id = $1 ORDER BY id', [docId]);
    return rows.map((r) => ({ state: r.state, attempts: r.attempts, nodes: r.nodes, lastError: r.last_error }));
  }

  async subscribe(onJob: () => void): Promise<() => Promise<void>> {
    const client = await this.pool.connect();
    client.on('notification', () => onJob());
    await client.query(`LISTEN ${CHANNEL}`);
    return async () => {
      await client.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
      client.release();
    };
  }

  /** Jobs whose lease ran out with no tries left fail for good, and so do their upload records. */
  private async expire(): Promise<void> {
    await withTransaction(this.pool, async (c) => {
      const { rows } = await c.query<{ doc_id: string; attempts: number }>(`
        UPDATE jobs SET state = 'failed', last_error = 'the node extracting it stopped before finishing', lease_until = NULL, updated_at = now()
        WHERE id IN (SELECT id FROM jobs WHERE state = 'running' AND lease_until < now() AND attempts >= max_attempts FOR UPDATE SKIP LOCKED)
        RETURNING doc_id, attempts`);
      for (const r of rows) {
        await failDocument(c, r.doc_id, `extraction was interrupted ${r.attempts} times (the node extracting it stopped); upload the file again`);
      }
    });
  }
}

async function failDocument(c: { query: PgPool['query'] }, docId: string, message: string): Promise<void> {
  await c.query(`UPDATE documents SET status = 'failed', error_code = 'interrupted', error_message = $2, updated_at = $3
    WHERE id = $1 AND status IN ('queued', 'extracting', 'indexing')`, [docId, message, new Date().toISOString()]);
}
