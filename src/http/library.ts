// HTTP: the library — GET /api/documents (every report: the corpus and uploads, with counts) and
// GET /api/documents/:id/file (the original file, under the same access rules as the document).
import fs from 'node:fs';
import path from 'node:path';
import { Router, type Response } from 'express';
import type { KeyResolver } from '../annotations/keys.ts';
import type { Principal } from '../annotations/model.ts';
import type { AnnotationRepository } from '../store/ports.ts';
import { AnnotationService } from '../annotations/service.ts';
import { NotFoundError } from '../domain/errors.ts';
import type { DocumentService } from '../documents/service.ts';
import type { DocumentView, PublicDocumentView } from '../documents/view.ts';
import type { SearchService } from '../search/service.ts';
import type { DocumentRecord } from '../search/records.ts';
import { authenticate, principalOf } from './auth.ts';
import { uploaderOf } from './documents.ts';
import { idParam } from './params.ts';

export interface LibraryDeps {
  search: SearchService;
  keys: KeyResolver;
  corpusDir: string;
  documents?: DocumentService;
  annotations?: AnnotationRepository;
}

/** One report as the list shows it. Without a key, only what a reader of the report may see. */
export interface LibraryEntry {
  id: string;
  title: string;
  origin: 'corpus' | 'upload';
  status: string;
  publisher?: string;
  date?: string;
  year?: number;
  pages?: number;
  paragraphs?: number;
  annotations: number;
  articles: { id: string; title: string; kind: string; pages: (number | null)[]; paragraphs: number }[];
  /** The same figures in the shape of the uploads' records (`counts`), for clients of either. */
  counts: { pages?: number; paragraphs?: number; articles: number };
  /** GET /api/documents/:id/file serves the original (PDF or text). */
  file: { url: string; kind: 'pdf' | 'text' } | null;
}

const TYPES = { pdf: 'application/pdf', text: 'text/plain; charset=utf-8' } as const;

export function libraryRouter(deps: LibraryDeps): Router {
  const router = Router();
  const notes = deps.annotations ? new AnnotationService(deps.annotations, deps.search) : null;
  const countNotes = async (id: string, who: Principal | null) => (await notes?.list({ document: id, status: 'anchored' }, who, { limit: 1, offset: 0 }))?.total ?? 0;
  router.use('/api/documents', authenticate(deps.keys));
  router.get('/api/documents', async (_req, res) => {
    const who = principalOf(res);
    const indexed = await deps.search.listDocuments();
    const listed = deps.documents ? await deps.documents.list(uploaderOf(res)) : [];
    const uploads = new Map(listed.filter(isUpload).map((u) => [u.id, u]));
    const counts = await Promise.all(indexed.map((d) => countNotes(d.id, who)));
    const entries = indexed.map((d, i) => entryOf(d, uploads.get(d.id), deps, counts[i] ?? 0));
    for (const u of listed.filter(isFullView)) if (!indexed.some((d) => d.id === u.id) && (who || u.status === 'done')) entries.push(pendingEntry(u, deps));
    res.json({ documents: entries });
  });
  router.get('/api/documents/:id/file', async (req, res) => {
    const id = idParam(req, 'document');
    const found = await fileOf(id, deps, res);
    if (!found) throw new NotFoundError(`no file for document ${id}`);
    sendFile(res, found);
  });
  return router;
}

/** `upload`: the upload's record as this caller may see it (full for its uploader and admins, else public). */
function entryOf(d: DocumentRecord, upload: DocumentView | PublicDocumentView | undefined, deps: LibraryDeps, annotations: number): LibraryEntry {
  const stored = upload ? deps.documents?.files?.pathOf(d.id) : corpusPath(deps.corpusDir, d.source);
  const hasFile = upload ? !!deps.documents?.files?.has(d.id) : stored !== null;
  const kind = upload && isFullView(upload) ? upload.kind : stored && hasFile ? fileKind(stored) : 'text';
  const full = upload && isFullView(upload) ? upload : null; // its uploader (or an admin) sees the whole record
  return {
    ...full,
    id: d.id, title: d.title, origin: upload ? 'upload' : 'corpus', status: upload?.status ?? 'done',
    ...(d.publisher ? { publisher: d.publisher } : {}), ...(d.date ? { date: d.date } : {}), ...(d.year ? { year: d.year } : {}),
    pages: d.pageCount, paragraphs: d.paragraphCount, annotations,
    articles: d.articles.map((a) => ({ id: a.id, title: a.title, kind: a.kind, pages: a.pages, paragraphs: a.paragraphCount })),
    counts: { pages: d.pageCount, paragraphs: d.paragraphCount, articles: d.articles.length },
    file: hasFile ? { url: `/api/documents/${encodeURIComponent(d.id)}/file`, kind } : null,
  };
}

/** PDF or text, by the file's first bytes (what the readers go by too). */
function fileKind(file: string): 'pdf' | 'text' {
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head.toString('latin1') === '%PDF-' ? 'pdf' : 'text';
}

/** An upload not (yet) in the index: queued, extracting, failed. */
function pendingEntry(u: DocumentView, deps: LibraryDeps): LibraryEntry {
  return {
    ...u,
    id: u.id, title: u.title ?? u.meta.title ?? u.fileName, origin: 'upload', status: u.status,
    ...(u.meta.publisher ? { publisher: u.meta.publisher } : {}), ...(u.meta.date ? { date: u.meta.date } : {}),
    ...(u.counts.pages !== undefined ? { pages: u.counts.pages } : {}), annotations: 0, articles: [],
    counts: { ...u.counts, articles: u.counts.articles ?? 0 },
    file: deps.documents?.files?.has(u.id) ? { url: `/api/documents/${encodeURIComponent(u.id)}/file`, kind: u.kind } : null,
  };
}

interface FoundFile {
  path: string;
  kind: 'pdf' | 'text';
  name: string;
}

/** An upload as its viewer may see it: the full view (their own, or an admin's) or the public one (done only). */
const isFullView = (u: DocumentView | PublicDocumentView): u is DocumentView => 'fileName' in u;
/** The service lists corpus reports too (as public views); an upload is a full view or a public one from an upload. */
const isUpload = (u: DocumentView | PublicDocumentView): boolean => isFullView(u) || u.source === 'upload';

async function fileOf(id: string, deps: LibraryDeps, res: Response): Promise<FoundFile | null> {
  const listed = deps.documents ? await safeGet(deps.documents, id, res) : null;
  const upload = listed && (isFullView(listed) || listed.source === 'upload') ? listed : null;
  if (upload) {
    if (upload.status !== 'done' && !isFullView(upload)) return null;
    const file = deps.documents?.files?.has(id) ? deps.documents.files.pathOf(id) : null;
    const kind = isFullView(upload) ? upload.kind : file ? fileKind(file) : 'text';
    return file ? { path: file, kind, name: isFullView(upload) ? upload.fileName : `${id}.${kind === 'pdf' ? 'pdf' : 'txt'}` } : null;
  }
  const record = (await deps.search.listDocuments()).find((d) => d.id === id);
  const file = record ? corpusPath(deps.corpusDir, record.source) : null;
  return record && file ? { path: file, kind: fileKind(file), name: record.source } : null;
}

async function safeGet(documents: DocumentService, id: string, res: Response): Promise<DocumentView | PublicDocumentView | null> {
  try {
    const found = await documents.get(id, uploaderOf(res));
    return isUpload(found) ? found : null;
  } catch {
    return null;
  }
}

/** The corpus file a document was read from: a plain file name inside the corpus folder, or nothing. */
function corpusPath(dir: string, source: string): string | null {
  if (!source || path.basename(source) !== source) return null;
  const file = path.join(dir, source);
  return fs.existsSync(file) ? file : null;
}

function sendFile(res: Response, f: FoundFile): void {
  const ascii = f.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  res.set({
    'Content-Type': TYPES[f.kind],
    'Content-Disposition': `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.name)}`,
    'Cache-Control': 'private, max-age=300',
  });
  res.sendFile(f.path, { headers: { 'Content-Type': TYPES[f.kind] } });
}
