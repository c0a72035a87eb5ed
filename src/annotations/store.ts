// Adapter: the annotation store (system of record). Edits keep the previous version in annotation_history;
// deletes are tombstones an admin can list and restore. Every write is one transaction.
// What any implementation of this store must do (SQLite here; others follow the same contract):
// - `version` starts at 1 and grows by one on every change; a write given `ifVersion` (the client's If-Match)
//   compares it with the current version inside the write's transaction and throws PreconditionFailedError
//   (412, with the current version) when they differ, so two read-then-write clients never lose a change;
// - each history entry records the visibility of the version it holds; history(id, viewer) returns private
//   entries only to the annotation's creator and admins;
// - `needs-review` is kept apart from anchored/orphaned (here: a flag beside status) with the target the note was
//   written on; such notes are not counted on search hits (summarize, annotatedParagraphIds).
import { randomBytes } from 'node:crypto';
import { InputError, NotFoundError, PreconditionFailedError } from '../domain/errors.ts';
import type { AnnotationIndex, AnnotationSummary } from '../domain/ports.ts';
import type { Db } from './db.ts';
import type {
  AnchorStatus, Annotation, AnnotationChanges, AnnotationFilter, AnnotationTarget, HistoryAction, HistoryEntry,
  NewAnnotation, Principal, Viewer,
} from './model.ts';

/** The versions a conditional write accepts (from If-Match); undefined: unconditional. */
export type IfVersion = readonly number[] | undefined;
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
      writtenOn: null,
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

  update(id: string, changes: AnnotationChanges, actor: string, ifVersion?: IfVersion): Annotation {
    return this.db.transaction(() => {
      const before = checkVersion(this.live(id), ifVersion);
      const after: Annotation = {
        ...before,
        ...withoutUndefined(changes),
        target: changes.target ?? before.target,
      };
      return this.replace(before, after, 'update', actor, null);
    }).immediate();
  }

  delete(id: string, actor: string, ifVersion?: IfVersion): Annotation {
    return this.db.transaction(() => {
      const before = checkVersion(this.live(id), ifVersion);
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

  /**
   * Point an annotation at a new place (or mark it orphaned), recording where it was. Used by re-anchoring.
   * `writtenOn`: the target the note was written on, kept with status `needs-review` (null otherwise).
   */
  moveTarget(
    id: string, target: AnnotationTarget, status: AnchorStatus, detail: Record<string, unknown>, writtenOn: AnnotationTarget | null = null,
  ): Annotation {
    const before = this.get(id);
    if (!before) throw new NotFoundError(`no annotation ${id}`);
    const action: HistoryAction = status === 'orphaned' ? 'orphan' : 'reanchor';
    return this.replace(before, { ...before, target, status, writtenOn: status === 'needs-review' ? writtenOn : null }, action, 'system', detail);
  }

  /** Attribution of an unchanged paragraph improved: refresh the copies used for filtering (not a user edit). */
  refreshAttribution(id: string, articleId: string | null, speakers: string[]): void {
    this.db.prepare('UPDATE annotations SET article_id = ?, speakers = ? WHERE id = ?').run(articleId, JSON.stringify(speakers), id);
  }

  /** Earlier versions; one that was private is returned only to the annotation's creator and admins. */
  history(id: string, viewer: Viewer): HistoryEntry[] {
    const rows = this.db
      .prepare(`SELECT h.version, h.action, h.at, h.by, h.snapshot, h.detail FROM annotation_history h
        JOIN annotations a ON a.id = h.annotation_id
        WHERE h.annotation_id = ? AND (h.visibility = 'public' OR ? = 1 OR a.creator_key_id = ?) ORDER BY h.seq`)
      .all(id, viewer.admin ? 1 : 0, viewer.keyId ?? '') as { version: number; action: HistoryAction; at: string; by: string; snapshot: string; detail: string | null }[];
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
      .prepare(`INSERT INTO annotation_history (annotation_id, version, action, at, by, snapshot, detail, visibility)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(before.id, before.version, action, after.modified, actor, JSON.stringify(before), detail ? JSON.stringify(detail) : null, before.visibility);
    const sets = INSERT_COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ');
    this.db.prepare(`UPDATE annotations SET ${sets} WHERE id = @id`).run(toParams(after));
    return after;
  }
}

/** Visible to everyone, pointing at a live paragraph, not waiting for review: what search may count. */
const PUBLIC_LIVE = "deleted_at IS NULL AND visibility = 'public' AND status = 'anchored' AND needs_review = 0";

/** The annotation when its version is one the client named (If-Match), else 412 with the current version. */
export function checkVersion(a: Annotation, ifVersion: IfVersion): Annotation {
  if (ifVersion && !ifVersion.includes(a.version)) {
    throw new PreconditionFailedError(
      `annotation ${a.id} was changed by someone else: it is at version ${a.version}; fetch it, merge your change and send it again`,
      { currentVersion: a.version },
    );
  }
  return a;
}

function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
