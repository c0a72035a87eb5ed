// Filtered listing of annotations on PostgreSQL: the same filters as src/annotations/queries.ts. Every user value
// is a bound parameter; column names are fixed here. Case-insensitive matches use lower() on both sides.
import type { AnnotationFilter, Viewer } from '../../annotations/model.ts';
import { EQUALS, ftsQuery, type Page } from '../../annotations/queries.ts';
import { ROW_COLUMNS, type AnnotationRow } from '../../annotations/rows.ts';
import type { Queryable } from './pool.ts';

interface Where {
  sql: string;
  params: unknown[];
}

function buildWhere(f: AnnotationFilter, viewer: Viewer): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const bind = (v: unknown) => `$${params.push(v)}`;
  if (f.status === 'deleted') clauses.push('deleted_at IS NOT NULL');
  else {
    clauses.push('deleted_at IS NULL');
    if (f.status === 'needs-review') clauses.push('needs_review = 1');
    else if (f.status) clauses.push(`status = ${bind(f.status)} AND needs_review = 0`);
    if (f.attached) clauses.push("status = 'anchored'");
  }
  if (!viewer.admin) clauses.push(`(visibility = 'public' OR creator_key_id = ${bind(viewer.keyId ?? '')})`);
  for (const [field, column] of EQUALS) {
    const v = f[field];
    if (v !== undefined) clauses.push(`${column} = ${bind(v)}`);
  }
  if (f.creator !== undefined) clauses.push(`lower(creator_name) = lower(${bind(f.creator)})`);
  if (f.speaker !== undefined) clauses.push(`EXISTS (SELECT 1 FROM jsonb_array_elements_text(speakers) s WHERE lower(s) = lower(${bind(f.speaker)}))`);
  if (f.tag !== undefined) clauses.push(`EXISTS (SELECT 1 FROM jsonb_array_elements_text(tags) t WHERE lower(t) = lower(${bind(f.tag)}))`);
  if (f.q !== undefined) clauses.push(`search @@ to_tsquery('simple', ${bind(tsQuery(f.q))})`);
  return { sql: clauses.join(' AND '), params };
}

/** The same words as the SQLite FTS query (all must occur, the last as a prefix), in tsquery syntax. */
function tsQuery(q: string): string {
  const words = ftsQuery(q).split(' ').map((w) => w.replace(/^"|"\*?$/g, ''));
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}

export async function countPg(db: Queryable, f: AnnotationFilter, viewer: Viewer): Promise<number> {
  const w = buildWhere(f, viewer);
  const { rows } = await db.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM annotations WHERE ${w.sql}`, w.params);
  return rows[0]?.n ?? 0;
}

export async function listPg(db: Queryable, f: AnnotationFilter, viewer: Viewer, page: Page) {
  const w = buildWhere(f, viewer);
  const dir = page.order === 'asc' ? 'ASC' : 'DESC';
  const n = w.params.length;
  const { rows } = await db.query<Omit<AnnotationRow, 'tags' | 'speakers'> & { tags: string[]; speakers: string[] }>(
    `SELECT ${ROW_COLUMNS} FROM annotations WHERE ${w.sql} ORDER BY seq ${dir} LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...w.params, page.limit, page.offset]);
  return rows;
}
