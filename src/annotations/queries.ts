// Filtered listing of annotations. Every user value reaches SQL as a bound parameter; column names are fixed here.
import { InputError } from '../domain/errors.ts';
import type { Db } from './db.ts';
import type { AnnotationFilter, Annotation, Viewer } from './model.ts';
import { ROW_COLUMNS, fromRow, type AnnotationRow } from './rows.ts';

export interface Page {
  limit: number;
  offset: number;
  /** Oldest first (exports) or newest first (browsing). */
  order?: 'asc' | 'desc';
}

interface Where {
  sql: string;
  params: unknown[];
}

/** Equality filters: filter field → column (both engines). */
export const EQUALS: [keyof AnnotationFilter, string][] = [
  ['paragraph', 'paragraph_id'],
  ['document', 'doc_id'],
  ['article', 'article_id'],
  ['motivation', 'motivation'],
  ['verdict', 'verdict'],
];

function buildWhere(f: AnnotationFilter, viewer: Viewer): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (f.status === 'deleted') clauses.push('deleted_at IS NOT NULL');
  else {
    clauses.push('deleted_at IS NULL');
    if (f.status === 'needs-review') clauses.push('needs_review = 1');
    else if (f.status) (clauses.push('status = ? AND needs_review = 0'), params.push(f.status));
    if (f.attached) clauses.push("status = 'anchored'");
  }
  if (!viewer.admin) (clauses.push("(visibility = 'public' OR creator_key_id = ?)"), params.push(viewer.keyId ?? ''));
  for (const [field, column] of EQUALS) {
    const v = f[field];
    if (v !== undefined) (clauses.push(`${column} = ?`), params.push(v));
  }
  if (f.creator !== undefined) (clauses.push('creator_name = ? COLLATE NOCASE'), params.push(f.creator));
  if (f.speaker !== undefined) {
    clauses.push('EXISTS (SELECT 1 FROM json_each(annotations.speakers) WHERE value = ? COLLATE NOCASE)');
    params.push(f.speaker);
  }
  if (f.tag !== undefined) {
    clauses.push('EXISTS (SELECT 1 FROM json_each(annotations.tags) WHERE value = ? COLLATE NOCASE)');
    params.push(f.tag);
  }
  if (f.q !== undefined) {
    clauses.push('seq IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)');
    params.push(ftsQuery(f.q));
  }
  return { sql: clauses.join(' AND '), params };
}

/**
 * A user's words as an FTS5 query: every word must occur, the last one as a prefix (search as you type).
 * Each word is quoted, so FTS5 operators in user input (NEAR, OR, *, ^, :) are plain text.
 */
export function ftsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) throw new InputError('q must contain at least one word', 'bad_query');
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

export function countAnnotations(db: Db, f: AnnotationFilter, viewer: Viewer): number {
  const w = buildWhere(f, viewer);
  const row = db.prepare(`SELECT COUNT(*) AS n FROM annotations WHERE ${w.sql}`).get(...w.params) as { n: number };
  return row.n;
}

export function listAnnotations(db: Db, f: AnnotationFilter, viewer: Viewer, page: Page): Annotation[] {
  const w = buildWhere(f, viewer);
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  const rows = db
    .prepare(`SELECT ${ROW_COLUMNS} FROM annotations WHERE ${w.sql} ORDER BY seq ${dir} LIMIT ? OFFSET ?`)
    .all(...w.params, page.limit, page.offset) as AnnotationRow[];
  return rows.map(fromRow);
}
