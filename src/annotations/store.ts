// Adapter: the annotation store (system of record). Edits keep the previous version in annotation_history;
// deletes are tombstones an admin can list and restore. Every write is one transaction.
import { randomBytes } from 'node:crypto';
import { InputError, NotFoundError, PreconditionFailedError } from '../domain/errors.ts';
import type { AnnotationIndex, AnnotationSummary } from '../domain/ports.ts';
import type { Db } from './db.ts';
import type {
  AnchorStatus, Annotation, AnnotationChanges, AnnotationFilter, AnnotationTarget, HistoryAction, HistoryEntry,
  NewAnnotation, Principal, Viewer,
} from './model.ts';
import { countAnnotations, listAnnotations, type Page } from './queries.ts';
import { ROW_COLUMNS, fromRow, toParams, type AnnotationRow } from './rows.ts';

const INSERT_COLUMNS = ROW_COLUMNS.split(',').map((c) => c.trim());

export class AnnotationStore implements AnnotationIndex {
  constructor(readonly db: Db) {}

  create(input: NewAnnotation, creator: Principal): Annotation {
    const now = new Date().toISOString();
    const a: Annotation = {
      id: 'an_' + randomBytes(12).toString('hex'),
      ...input,
      status: 'anchored',
      creator: { keyId: creator.keyId, name: creator.name },
      created: now,
      modified: now,
      version: 1,
      deleted: null,
    };
    const cols = INSERT_COLUMNS.join(', ');
    const params = INSERT_COLUMNS.map((c) => '@' + c).join(', ');
    this.db.prepare(`INSERT INTO annotations (${cols}) VALUES (${params})`).run(toParams(a));
    return a;
  }

  /** The annotation, including a tombstoned one; null when the id was never used. */
  get(id: string): Annotation | null {
    const row = this.db.prepare(`SELECT ${ROW_COLUMNS} FROM annotations WHERE id = ?`).get(id) as AnnotationRow | undefined;
    return row ? fromRow(row) : null;
  }

  /** `expectedVersion` (If-Match): the write happens only if the annotation is still at that version. */
  update(id: string, changes: AnnotationChanges, actor: string, expectedVersion?: number): Annotation {
    return this.db.transaction(() => {
      const before = this.live(id);
      checkVersion(before, expectedVersion);
      const after: Annotation = {
        ...before,
        ...withoutUndefined(changes),
        target: changes.target ?? before.target,
      };
      return this.replace(before, after, 'update', actor, null);
    }).immediate();
  }

  delete(id: string, actor: string): Annotation {
    return this.db.transaction(() => {
      const before = this.live(id);
      const at = new Date().toISOString();
      return this.replace(before, { ...before, deleted: { at, by: actor } }, 'delete', actor, null);
    }).immediate();
  }

  restore(id: string, actor: string): Annotation {
    return this.db.transaction(() => {
      const before = this.get(id);
      if (!before) throw new NotFoundError(`no annotation ${id}`);
      if (!before.deleted) throw new InputError(`annotation ${id} is not deleted`, 'not_deleted');
      return this.replace(before, { ...before, deleted: null }, 'restore', actor, null);
    }).immediate();
  }

  /** Point an annotation at a new place (or mark it orphaned), recording where it was. Used by re-anchoring. */
  moveTarget(id: string, target: AnnotationTarget, status: AnchorStatus, detail: Record<string, unknown>): Annotation {
    const before = this.get(id);
    if (!before) throw new NotFoundError(`no annotation ${id}`);
    const action: HistoryAction = status === 'orphaned' ? 'orphan' : 'reanchor';
    return this.replace(before, { ...before, target, status }, action, 'system', detail);
  }

  /** Attribution of an unchanged paragraph improved: refresh the copies used for filtering (not a user edit). */
  refreshAttribution(id: string, articleId: string | null, speakers: string[]): void {
    this.db.prepare('UPDATE annotations SET article_id = ?, speakers = ? WHERE id = ?').run(articleId, JSON.stringify(speakers), id);
  }

  history(id: string): HistoryEntry[] {
    const rows = this.db
      .prepare('SELECT version, action, at, by, snapshot, detail FROM annotation_history WHERE annotation_id = ? ORDER BY seq')
      .all(id) as { version: number; action: HistoryAction; at: string; by: string; snapshot: string; detail: string | null }[];
    return rows.map((r) => ({
      version: r.version,
      action: r.action,
      at: r.at,
      by: r.by,
      before: JSON.parse(r.snapshot) as Annotation,
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    }));
  }

  /** Every annotation on a document, tombstones included (they are re-anchored too, so a restore lands well). */
  byDocument(docId: string): Annotation[] {
    const rows = this.db.prepare(`SELECT ${ROW_COLUMNS} FROM annotations WHERE doc_id = ? ORDER BY seq`).all(docId) as AnnotationRow[];
    return rows.map(fromRow);
  }

  /** Documents that carry at least one annotation (tombstones included). */
  documentIds(): string[] {
    return (this.db.prepare('SELECT DISTINCT doc_id AS id FROM annotations ORDER BY doc_id').all() as { id: string }[]).map((r) => r.id);
  }

  list(filter: AnnotationFilter, viewer: Viewer, page: Page): { total: number; items: Annotation[] } {
    return { total: countAnnotations(this.db, filter, viewer), items: listAnnotations(this.db, filter, viewer, page) };
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** Prepared once: search asks for summaries on every query. */
  private summaryStmt: ReturnType<Db['prepare']> | undefined;

  summarize(paragraphIds: string[]): Map<string, AnnotationSummary> {
    const out = new Map<string, AnnotationSummary>();
    if (paragraphIds.length === 0) return out;
    this.summaryStmt ??= this.db.prepare(
      `SELECT paragraph_id AS id, COUNT(*) AS n, json_group_array(DISTINCT verdict) AS verdicts FROM annotations
       WHERE ${PUBLIC_LIVE} AND paragraph_id IN (SELECT value FROM json_each(?)) GROUP BY paragraph_id`,
    );
    const rows = this.summaryStmt.all(JSON.stringify(paragraphIds)) as { id: string; n: number; verdicts: string }[];
    for (const r of rows) {
      const verdicts = (JSON.parse(r.verdicts) as (string | null)[]).filter((v): v is string => v !== null).sort();
      out.set(r.id, { count: r.n, verdicts });
    }
    return out;
  }

  annotatedParagraphIds(verdicts?: string[]): string[] {
    const byVerdict = verdicts?.length ? ' AND verdict IN (SELECT value FROM json_each(?))' : '';
    const stmt = this.db.prepare(`SELECT DISTINCT paragraph_id AS id FROM annotations WHERE ${PUBLIC_LIVE}${byVerdict} ORDER BY id`);
    const rows = (byVerdict ? stmt.all(JSON.stringify(verdicts)) : stmt.all()) as { id: string }[];
    return rows.map((r) => r.id);
  }

  private live(id: string): Annotation {
    const a = this.get(id);
    if (!a || a.deleted) throw new NotFoundError(`no annotation ${id}`);
    return a;
  }

  private replace(before: Annotation, next: Annotation, action: HistoryAction, actor: string, detail: Record<string, unknown> | null): Annotation {
    const after: Annotation = { ...next, version: before.version + 1, modified: new Date().toISOString() };
    this.db
      .prepare('INSERT INTO annotation_history (annotation_id, version, action, at, by, snapshot, detail) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(before.id, before.version, action, after.modified, actor, JSON.stringify(before), detail ? JSON.stringify(detail) : null);
    const sets = INSERT_COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ');
    this.db.prepare(`UPDATE annotations SET ${sets} WHERE id = @id`).run(toParams(after));
    return after;
  }
}

/** Visible to everyone and pointing at a live paragraph: what search may count. */
const PUBLIC_LIVE = "deleted_at IS NULL AND visibility = 'public' AND status = 'anchored'";

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Refuse a write based on an older version than the stored one (a concurrent edit happened in between). */
export function checkVersion(a: Annotation, expected: number | undefined): void {
  if (expected !== undefined && a.version !== expected) {
    throw new PreconditionFailedError(`annotation ${a.id} is at version ${a.version}, not ${expected}: reload it and apply your change again`);
  }
}
