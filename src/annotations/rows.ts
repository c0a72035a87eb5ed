// Mapping between SQLite rows and Annotation records.
import type { Annotation, AnnotationTarget, Motivation, Verdict, Visibility } from './model.ts';

export interface AnnotationRow {
  id: string;
  motivation: Motivation;
  note: string | null;
  tags: string;
  verdict: Verdict | null;
  visibility: Visibility;
  /** 'anchored' or 'orphaned'; `needs-review` is 'anchored' with needs_review = 1. */
  status: 'anchored' | 'orphaned';
  needs_review: number;
  written_on: string | null;
  paragraph_id: string;
  doc_id: string;
  article_id: string | null;
  speakers: string;
  paragraph_text: string;
  sel_exact: string | null;
  sel_prefix: string | null;
  sel_suffix: string | null;
  sel_start: number | null;
  sel_end: number | null;
  creator_key_id: string;
  creator_name: string;
  created: string;
  modified: string;
  version: number;
  deleted_at: string | null;
  deleted_by: string | null;
}

export const ROW_COLUMNS = `id, motivation, note, tags, verdict, visibility, status, paragraph_id, doc_id, article_id,
  speakers, paragraph_text, sel_exact, sel_prefix, sel_suffix, sel_start, sel_end, creator_key_id, creator_name,
  created, modified, version, deleted_at, deleted_by, needs_review, written_on`;

export function fromRow(r: AnnotationRow): Annotation {
  const hasSelector = r.sel_exact !== null && r.sel_start !== null && r.sel_end !== null;
  return {
    id: r.id,
    motivation: r.motivation,
    note: r.note,
    tags: JSON.parse(r.tags) as string[],
    verdict: r.verdict,
    visibility: r.visibility,
    status: r.needs_review ? 'needs-review' : r.status,
    target: {
      paragraphId: r.paragraph_id,
      docId: r.doc_id,
      articleId: r.article_id,
      speakers: JSON.parse(r.speakers) as string[],
      paragraphText: r.paragraph_text,
      selector: hasSelector
        ? { exact: r.sel_exact ?? '', prefix: r.sel_prefix ?? '', suffix: r.sel_suffix ?? '', start: r.sel_start ?? 0, end: r.sel_end ?? 0 }
        : null,
    },
    creator: { keyId: r.creator_key_id, name: r.creator_name },
    created: r.created,
    modified: r.modified,
    version: r.version,
    deleted: r.deleted_at ? { at: r.deleted_at, by: r.deleted_by ?? '' } : null,
    writtenOn: r.written_on ? (JSON.parse(r.written_on) as AnnotationTarget) : null,
  };
}

/** Named parameters for INSERT/UPDATE statements. */
export function toParams(a: Annotation): Record<string, string | number | null> {
  const s = a.target.selector;
  return {
    id: a.id,
    motivation: a.motivation,
    note: a.note,
    tags: JSON.stringify(a.tags),
    verdict: a.verdict,
    visibility: a.visibility,
    status: a.status === 'needs-review' ? 'anchored' : a.status,
    needs_review: a.status === 'needs-review' ? 1 : 0,
    written_on: a.status === 'needs-review' && a.writtenOn ? JSON.stringify(a.writtenOn) : null,
    paragraph_id: a.target.paragraphId,
    doc_id: a.target.docId,
    article_id: a.target.articleId,
    speakers: JSON.stringify(a.target.speakers),
    paragraph_text: a.target.paragraphText,
    sel_exact: s?.exact ?? null,
    sel_prefix: s?.prefix ?? null,
    sel_suffix: s?.suffix ?? null,
    sel_start: s?.start ?? null,
    sel_end: s?.end ?? null,
    creator_key_id: a.creator.keyId,
    creator_name: a.creator.name,
    created: a.created,
    modified: a.modified,
    version: a.version,
    deleted_at: a.deleted?.at ?? null,
    deleted_by: a.deleted?.by ?? null,
  };
}
