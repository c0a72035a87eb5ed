// Adapter: the annotation store on PostgreSQL, the same semantics as the SQLite one (src/annotations/store.ts):
// edits keep the previous version in annotation_history, deletes are restorable tombstones, every write is one
// transaction, and a write is acknowledged only once committed (synchronous_commit is on by default).
import { randomBytes } from 'node:crypto';
import { InputError, NotFoundError } from '../../domain/errors.ts';
import type { AnnotationSummary } from '../../domain/ports.ts';
import type {
  AnchorStatus, Annotation, AnnotationChanges, AnnotationFilter, AnnotationTarget, HistoryAction, HistoryEntry,
  NewAnnotation, Principal, Viewer,
} from '../../annotations/model.ts';
import type { Page } from '../../annotations/queries.ts';
import { checkVersion, type IfVersion } from '../../annotations/store.ts';
import { ROW_COLUMNS, fromRow, toParams, type AnnotationRow } from '../../annotations/rows.ts';
import type { AnnotationRepository } from '../ports.ts';
import { withTransaction, type PgPool, type Queryable } from './pool.ts';
import { countPg, listPg } from './queries.ts';

const COLUMNS = ROW_COLUMNS.split(',').map((c) => c.trim());
const INSERT_SQL = `INSERT INTO annotations (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;
const UPDATE_SQL = `UPDATE annotations SET ${COLUMNS.slice(1).map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`;
/** Visible to everyone and pointing at a live paragraph: what search may count. */
const PUBLIC_LIVE = "deleted_at IS NULL AND visibility = 'public' AND status = 'anchored' AND needs_review = 0";

type PgRow = Omit<AnnotationRow, 'tags' | 'speakers'> & { tags: string[]; speakers: string[] };

/** A PostgreSQL row (JSONB arrays already parsed) as an Annotation. */
export function fromPgRow(r: PgRow): Annotation {
  return fromRow({ ...r, tags: JSON.stringify(r.tags), speakers: JSON.stringify(r.speakers) });
}

function values(a: Annotation): unknown[] {
  const p = toParams(a);
  return COLUMNS.map((c) => p[c] ?? null);
}

export class PgAnnotationStore implements AnnotationRepository {
  constructor(readonly pool: PgPool) {}

  async create(input: NewAnnotation, creator: Principal): Promise<Annotation> {
    const now = new Date().toISOString();
    const a: Annotation = {
      id: 'an_' + randomBytes(12).toString('hex'), ...input, status: 'anchored',
      creator: { keyId: creator.keyId, name: creator.name }, created: now, modified: now, version: 1, deleted: null, writtenOn: null,
    };
    await this.pool.query(INSERT_SQL, values(a));
    return a;
  }

  get(id: string, db: Queryable = this.pool, lock = false): Promise<Annotation | null> {
    const sql = `SELECT ${ROW_COLUMNS} FROM annotations WHERE id = $1${lock ? ' FOR UPDATE' : ''}`;
    return db.query<PgRow>(sql, [id]).then((r) => (r.rows[0] ? fromPgRow(r.rows[0]) : null));
  }

  /** `ifVersion` (If-Match) is compared under the row lock: of two nodes writing at once, one gets 412. */
  update(id: string, changes: AnnotationChanges, actor: string, ifVersion?: IfVersion): Promise<Annotation> {
    return this.change(id, 'update', actor, null, (b) => {
      const before = checkVersion(b, ifVersion);
      return { ...before, ...withoutUndefined(changes), target: changes.target ?? before.target };
    });
  }

  delete(id: string, actor: string, ifVersion?: IfVersion): Promise<Annotation> {
    return this.change(id, 'delete', actor, null, (b) => ({ ...checkVersion(b, ifVersion), deleted: { at: new Date().toISOString(), by: actor } }));
  }

  restore(id: string, actor: string): Promise<Annotation> {
    return this.change(id, 'restore', actor, null, (before) => {
      if (!before.deleted) throw new InputError(`annotation ${id} is not deleted`, 'not_deleted');
      return { ...before, deleted: null };
    }, true);
  }

  /** `writtenOn`: the target the note was written on, kept with status `needs-review` (null otherwise). */
  moveTarget(
    id: string, target: AnnotationTarget, status: AnchorStatus, detail: Record<string, unknown>, writtenOn: AnnotationTarget | null = null, db?: Queryable,
  ): Promise<Annotation> {
    const action: HistoryAction = status === 'orphaned' ? 'orphan' : 'reanchor';
    const next = (before: Annotation): Annotation => ({ ...before, target, status, writtenOn: status === 'needs-review' ? writtenOn : null });
    return this.change(id, action, 'system', detail, next, true, db);
  }

  async refreshAttribution(id: string, articleId: string | null, speakers: string[], db: Queryable = this.pool): Promise<void> {
    await db.query('UPDATE annotations SET article_id = $1, speakers = $2 WHERE id = $3', [articleId, JSON.stringify(speakers), id]);
  }

  /** Earlier versions; one that was private is returned only to the annotation's creator and admins. */
  async history(id: string, viewer: Viewer): Promise<HistoryEntry[]> {
    const { rows } = await this.pool.query<{ version: number; action: HistoryAction; at: string; by: string; snapshot: Annotation; detail: Record<string, unknown> | null }>(
      `SELECT h.version, h.action, h.at, h.by, h.snapshot, h.detail FROM annotation_history h JOIN annotations a ON a.id = h.annotation_id
       WHERE h.annotation_id = $1 AND (h.visibility = 'public' OR $2 OR a.creator_key_id = $3) ORDER BY h.seq`, [id, viewer.admin, viewer.keyId ?? '']);
    return rows.map((r) => ({ version: r.version, action: r.action, at: r.at, by: r.by, before: r.snapshot, detail: r.detail }));
  }

  async byDocument(docId: string, db: Queryable = this.pool): Promise<Annotation[]> {
    const { rows } = await db.query<PgRow>(`SELECT ${ROW_COLUMNS} FROM annotations WHERE doc_id = $1 ORDER BY seq`, [docId]);
    return rows.map(fromPgRow);
  }

  async documentIds(): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>('SELECT DISTINCT doc_id AS id FROM annotations ORDER BY doc_id');
    return rows.map((r) => r.id);
  }

  async list(filter: AnnotationFilter, viewer: Viewer, page: Page): Promise<{ total: number; items: Annotation[] }> {
    const [total, items] = await Promise.all([countPg(this.pool, filter, viewer), listPg(this.pool, filter, viewer, page)]);
    return { total, items: items.map(fromPgRow) };
  }

  async summarize(paragraphIds: string[]): Promise<Map<string, AnnotationSummary>> {
    const out = new Map<string, AnnotationSummary>();
    if (paragraphIds.length === 0) return out;
    const { rows } = await this.pool.query<{ id: string; n: number; verdicts: (string | null)[] }>(
      `SELECT paragraph_id AS id, COUNT(*)::int AS n, array_agg(DISTINCT verdict) AS verdicts FROM annotations
       WHERE ${PUBLIC_LIVE} AND paragraph_id = ANY($1) GROUP BY paragraph_id`, [paragraphIds]);
    for (const r of rows) out.set(r.id, { count: r.n, verdicts: r.verdicts.filter((v): v is string => v !== null).sort() });
    return out;
  }

  async annotatedParagraphIds(verdicts?: string[]): Promise<string[]> {
    const byVerdict = verdicts?.length ? ' AND verdict = ANY($1)' : '';
    const sql = `SELECT DISTINCT paragraph_id AS id FROM annotations WHERE ${PUBLIC_LIVE}${byVerdict} ORDER BY id`;
    const { rows } = await this.pool.query<{ id: string }>(sql, byVerdict ? [verdicts] : []);
    return rows.map((r) => r.id);
  }

  /**
   * Read the row under a row lock (FOR UPDATE: a concurrent writer on another node waits, then sees the new
   * version), record the old version in history, write the new one; one transaction unless `db` is one already.
   */
  private change(
    id: string, action: HistoryAction, actor: string, detail: Record<string, unknown> | null,
    next: (before: Annotation) => Annotation, includeDeleted = false, db?: Queryable,
  ): Promise<Annotation> {
    const run = async (c: Queryable) => {
      const before = await this.get(id, c, true);
      if (!before || (before.deleted && !includeDeleted)) throw new NotFoundError(`no annotation ${id}`);
      const after: Annotation = { ...next(before), version: before.version + 1, modified: new Date().toISOString() };
      await c.query(`INSERT INTO annotation_history (annotation_id, version, action, at, by, snapshot, detail, visibility)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [before.id, before.version, action, after.modified, actor, JSON.stringify(before), detail ? JSON.stringify(detail) : null, before.visibility]);
      await c.query(UPDATE_SQL, values(after));
      return after;
    };
    return db ? run(db) : withTransaction(this.pool, run);
  }
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
