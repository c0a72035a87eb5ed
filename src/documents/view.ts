// The public shape of an upload record (what GET /api/documents/:id answers).
import type { DocumentMeta, RepairStats } from '../domain/types.ts';
import type { DocumentRow, DocumentStatus } from './store.ts';

export interface DocumentView {
  id: string;
  status: DocumentStatus;
  title: string | null;
  fileName: string;
  kind: 'pdf' | 'text';
  bytes: number;
  contentHash: string;
  version: number;
  meta: DocumentMeta;
  /** Pages read so far, and once known: pages, paragraphs, articles. */
  counts: { pagesDone: number; pages?: number; paragraphs?: number; articles?: number };
  /** What the repair stage fixed: hyphens, jumps, drop caps, columns, letter spacing, stray words. */
  stats: RepairStats | null;
  /** Why it failed (status 'failed'). */
  error: string | null;
  errorCode: string | null;
  uploadedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * What anyone may see of a finished document (corpus or upload), read from the index: no uploader, file name,
 * hash or error. `source` tells a bundled corpus document from an upload.
 */
export interface PublicDocumentView {
  id: string;
  status: 'done';
  source: 'corpus' | 'upload';
  title: string;
  publisher?: string;
  date?: string;
  year?: number;
  language?: string;
  url?: string;
  counts: { pages: number; paragraphs: number; articles: number };
}

/** The fields of an index record the public view reads (src/search's DocumentRecord has them). */
export interface IndexedDocument {
  id: string;
  title: string;
  pageCount: number;
  paragraphCount: number;
  articles: unknown[];
  publisher?: string;
  date?: string;
  year?: number;
  language?: string;
  url?: string;
}

export function toPublicView(d: IndexedDocument, source: PublicDocumentView['source']): PublicDocumentView {
  const optional = { publisher: d.publisher, date: d.date, year: d.year, language: d.language, url: d.url };
  return {
    id: d.id, status: 'done', source, title: d.title,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    counts: { pages: d.pageCount, paragraphs: d.paragraphCount, articles: d.articles.length },
  };
}

export function toView(r: DocumentRow): DocumentView {
  return {
    id: r.id, status: r.status, title: r.title, fileName: r.fileName, kind: r.kind, bytes: r.bytes, contentHash: r.contentHash,
    version: r.version, meta: r.meta,
    counts: { pagesDone: r.pagesDone, ...known({ pages: r.pages, paragraphs: r.paragraphs, articles: r.articles }) },
    stats: r.stats, error: r.errorMessage, errorCode: r.errorCode, uploadedBy: r.uploadedBy, createdAt: r.createdAt, updatedAt: r.updatedAt,
  };
}

function known(counts: Record<string, number | null>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter((e): e is [string, number] => e[1] !== null));
}
