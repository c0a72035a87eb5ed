// Adapter: the uploads service. A file is checked and recorded at once (202), then extracted in the worker
// thread and indexed, one document at a time, off the request thread; its record tells how far it got.
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { documentIdFor } from '../corpus.ts';
import type { DocumentMeta, ExtractedDocument } from '../domain/types.ts';
import type { ReplacementImpact } from '../domain/ports.ts';
import { AppError, ConflictError, ForbiddenError, NotFoundError, UnsupportedTypeError, UpstreamError } from '../domain/errors.ts';
import type { DocumentRecords, JobQueue } from '../store/ports.ts';
import type { FileStore } from './files.ts';
import { decodeText } from '../extract/textCheck.ts';
import { loadLexicon } from '../lexicon.ts';
import { detectKind, type DocumentKind, type Extracted } from './load.ts';
import type { ExtractJob, Progress } from './runner.ts';
import { BUSY, type DocumentRow } from './store.ts';
import { toPublicView, toView, type DocumentView, type IndexedDocument, type PublicDocumentView } from './view.ts';

/** What the service needs from the search adapter (src/search/ingest.ts). */
export interface DocumentIndex {
  ingestDocuments(docs: Array<ExtractedDocument & { contentHash: string }>): Promise<unknown>;
  deleteDocument(docId: string): Promise<boolean>;
  /** Every indexed document (corpus and uploads): the public list, and which ids the corpus holds. */
  listDocuments(): Promise<Array<IndexedDocument & { contentHash?: string }>>;
  /** Live annotations on a document; absent: none are kept. */
  countAnnotations?(docId: string): number | Promise<number>;
  /** What replacing the document with these paragraphs would do to its annotations (a dry run). */
  assessReplacement?(docId: string, after: Array<{ id: string; text: string }>): ReplacementImpact | Promise<ReplacementImpact>;
}

/** Who is uploading or looking: replacing needs the uploader's key or an admin. */
export interface Uploader {
  keyId: string;
  name: string;
  admin: boolean;
}

/** A replacement would orphan annotations: 409 with the counts, until the caller confirms (?confirm=orphan). */
export class WouldOrphanError extends AppError {
  override readonly status = 409;
  override readonly code = 'would_orphan';
  override readonly exitCode = 2;
  constructor(id: string, readonly details: ReplacementImpact) {
    const n = details.orphaned;
    const review = details.needsReview ? `, and ${details.needsReview} more would need review` : '';
    super(`replacing ${id} would orphan ${n} annotation${n === 1 ? '' : 's'} (their quotes are not in the new version${review}). `
      + 'Send the upload again with ?confirm=orphan to replace it anyway: orphaned annotations are kept and listed by GET /api/annotations?status=orphaned.');
  }
}

export type Extractor = (bytes: Uint8Array, job: ExtractJob, onProgress?: Progress) => Promise<Extracted>;

export interface UploadInput {
  bytes: Uint8Array;
  fileName: string;
  /** The media type the client declared for the file part. */
  declaredType: string;
  meta: DocumentMeta;
  /** Id of a document this file is a new version of (its uploader or an admin; a corpus document: an admin). */
  replaces?: string;
  uploader: Uploader;
  /** The caller accepts that the replacement orphans annotations (?confirm=orphan). */
  confirmOrphans?: boolean;
}

const DECLARED: Record<string, DocumentKind> = { 'application/pdf': 'pdf', 'text/plain': 'text' };
/** Hex digits of the content hash that tell apart two different files uploaded under the same name. */
const ID_HASH_CHARS = 8;

export class DocumentService {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: DocumentRecords,
    private readonly index: DocumentIndex,
    private readonly extract: Extractor,
    private readonly logger: Logger,
    /** Where the original files are kept (GET /api/documents/:id/file); none: files are not kept. */
    readonly files?: FileStore,
    /** Shared job queue (PostgreSQL): uploads are extracted by whichever node takes them (src/documents/jobs.ts). */
    private readonly jobs?: JobQueue,
  ) {
    if (jobs) return; // on a shared store another node may be working on a record; expired leases bring back the dead
    void Promise.resolve(store.failInterrupted('the server stopped before this upload was processed; upload the file again')).then((failed) => {
      if (failed) logger.warn({ failed }, 'uploads interrupted by a restart marked failed');
    });
  }

  /**
   * Record an upload and queue it; the same bytes again give the existing record (created: false). A file name
   * never replaces anything: a name taken by the corpus or by another upload gets a hash suffix. Replacing is
   * explicit (`replaces`), by the uploader or an admin, and refused with 409 while it would orphan annotations.
   */
  async upload(input: UploadInput): Promise<{ document: DocumentView | PublicDocumentView; created: boolean }> {
    const kind = checkType(input.bytes, input.declaredType, input.fileName);
    const contentHash = createHash('sha256').update(input.bytes).digest('hex');
    const same = await this.store.findByHash(contentHash);
    if (same && same.status !== 'failed' && (!input.replaces || input.replaces === same.id)) {
      // Someone else's record is shown as anyone sees it: the public view once indexed, nothing before.
      if (canManage(same, input.uploader) || same.status === 'done') return { document: await this.get(same.id, input.uploader), created: false };
      throw new ConflictError(`the same file is already being processed as document ${same.id}; try again when it is done`);
    }
    const id = input.replaces ?? (await this.newId(input.fileName, contentHash));
    const extracted = input.replaces ? await this.checkReplacement(input) : undefined;
    const upload = {
      id, fileName: input.fileName, kind, bytes: input.bytes.length, contentHash, meta: input.meta,
      uploadedBy: input.uploader.name, uploaderKeyId: input.uploader.keyId,
    };
    this.files?.save(id, input.bytes);
    // Shared queue: the record, the file and the job in one transaction; any node extracts it.
    if (this.jobs) return { document: toView(await this.jobs.enqueue(upload, input.bytes)), created: true };
    const row = await this.store.saveQueued(upload);
    this.enqueue(row, input.bytes, extracted);
    return { document: toView(row), created: true };
  }

  /**
   * The caller's view of every document: their own uploads (an admin: every upload) in full, whatever their
   * status; every other document only when it is indexed, without uploader, file name or hash.
   */
  async list(who: Uploader | null): Promise<Array<DocumentView | PublicDocumentView>> {
    const rows = await this.store.list();
    const uploads = new Set(rows.map((r) => r.id));
    const full = rows.filter((r) => canManage(r, who));
    const shown = new Set(full.map((r) => r.id));
    const indexed = (await this.index.listDocuments()).filter((d) => !shown.has(d.id)).sort((a, b) => a.id.localeCompare(b.id));
    return [...full.map(toView), ...indexed.map((d) => toPublicView(d, uploads.has(d.id) ? 'upload' : 'corpus'))];
  }

  /** One document as `who` may see it (404 for an upload of someone else's that is not indexed). */
  async get(id: string, who: Uploader | null): Promise<DocumentView | PublicDocumentView> {
    const row = await this.store.get(id);
    if (row && canManage(row, who)) return toView(row);
    const indexed = (await this.index.listDocuments()).find((d) => d.id === id);
    if (!indexed) throw new NotFoundError(`no document ${id}`);
    return toPublicView(indexed, row ? 'upload' : 'corpus');
  }

  /** Remove a document's paragraphs from the index (its annotations are kept, orphaned) and its record. */
  async remove(id: string): Promise<void> {
    const row = await this.store.get(id);
    if (row && BUSY.includes(row.status)) throw new ConflictError(`document ${id} is ${row.status}; delete it when it is done or failed`);
    const indexed = await this.index.deleteDocument(id);
    const recorded = await this.store.delete(id);
    this.files?.remove(id);
    if (!indexed && !recorded) throw new NotFoundError(`no document ${id}`);
  }

  /**
   * Extract and index one job taken from the shared queue. Resolves with null when done, the reason when failed
   * for good (a bad file); a failure worth another try (the search engine unreachable) is thrown for the queue.
   */
  async runJob(docId: string, bytes: Uint8Array): Promise<string | null> {
    const row = await this.store.get(docId);
    if (!row) return null; // deleted meanwhile: nothing to do
    return this.process(row, bytes, undefined, (e) => e instanceof UpstreamError);
  }

  /** Resolves when every queued upload has been processed (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  /**
   * May `input.uploader` replace `input.replaces`, and what would it do to the annotations? When the document
   * carries annotations and the caller has not confirmed, the new version is extracted now (the request waits)
   * and the re-anchoring is dry-run: orphans give 409. The extraction is handed on, not repeated.
   */
  private async checkReplacement(input: UploadInput): Promise<Extracted | undefined> {
    const id = input.replaces!;
    const row = await this.store.get(id);
    const who = input.uploader;
    if (row) {
      if (BUSY.includes(row.status)) throw new ConflictError(`document ${id} is ${row.status}; upload the new version when it is done or failed`);
      if (!canManage(row, who)) throw new ForbiddenError(`document ${id} was uploaded by someone else: only its uploader or an admin can replace it`);
    } else {
      if (!(await this.index.listDocuments()).some((d) => d.id === id)) throw new NotFoundError(`no document ${id} to replace`);
      if (!who.admin) throw new ForbiddenError(`document ${id} belongs to the corpus: it is replaced from the corpus folder, or by an admin`);
    }
    if (input.confirmOrphans || !(await this.index.countAnnotations?.(id))) return undefined;
    const extracted = await this.extract(input.bytes, { fileName: input.fileName, meta: input.meta, id });
    const impact = (await this.index.assessReplacement?.(id, extracted.paragraphs)) ?? { orphaned: 0, needsReview: 0 };
    if (impact.orphaned > 0) throw new WouldOrphanError(id, impact);
    return extracted;
  }

  /**
   * The file name gives the id (as for the corpus). A name already taken, by another upload or by a document
   * of the index (the corpus), gets a hash suffix: an upload never replaces anything by its name.
   */
  private async newId(fileName: string, contentHash: string): Promise<string> {
    const base = documentIdFor(fileName);
    const row = await this.store.get(base);
    if (row) return row.contentHash === contentHash ? base : `${base}-${contentHash.slice(0, ID_HASH_CHARS)}`;
    const indexed = (await this.index.listDocuments()).find((d) => d.id === base);
    if (indexed?.contentHash === contentHash) throw new ConflictError(`this file is already indexed as document ${base}`);
    return indexed ? `${base}-${contentHash.slice(0, ID_HASH_CHARS)}` : base;
  }

  private enqueue(row: DocumentRow, bytes: Uint8Array, extracted?: Extracted): void {
    const copy = new Uint8Array(bytes);
    this.queue = this.queue.then(async () => void (await this.process(row, copy, extracted))).catch((e: unknown) => {
      this.logger.error({ err: e, id: row.id }, 'upload processing failed unexpectedly');
    });
  }

  /** Null when indexed; the reason when it failed for good. `retryable` failures are thrown (the shared queue retries). */
  private async process(row: DocumentRow, bytes: Uint8Array, extracted?: Extracted, retryable?: (e: unknown) => boolean): Promise<string | null> {
    const { id } = row;
    try {
      await this.store.setStatus(id, 'extracting');
      const job = { fileName: row.fileName, meta: row.meta, id };
      const progress = (done: number, total: number) => void Promise.resolve(this.store.setProgress(id, done, total)).catch(() => undefined);
      const doc = extracted ?? (await this.extract(bytes, job, progress));
      await this.store.setStatus(id, 'indexing');
      await this.index.ingestDocuments([doc]);
      await this.store.setDone(id, {
        title: doc.document.title, pages: doc.document.pageCount, paragraphs: doc.paragraphs.length, articles: doc.articles.length, stats: doc.stats,
      });
      this.logger.info({ id, paragraphs: doc.paragraphs.length }, 'upload indexed');
      return null;
    } catch (e) {
      if (retryable?.(e)) throw e;
      const err = e instanceof AppError ? e : new AppError(e instanceof Error ? e.message : String(e));
      await this.store.setFailed(id, err.code, err.message);
      this.logger.warn({ id, code: err.code }, `upload failed: ${err.message}`);
      return err.message;
    }
  }
}

/** The uploader of a record (by key) or an admin. Records from before keys were recorded: admins only. */
function canManage(row: DocumentRow, who: Uploader | null): boolean {
  return !!who && (who.admin || (row.uploaderKeyId !== null && row.uploaderKeyId === who.keyId));
}

/** The declared type must be one we read, and the bytes must agree with it (PDF magic bytes or not). */
function checkType(bytes: Uint8Array, declared: string, fileName: string): DocumentKind {
  const want = DECLARED[declared.split(';')[0]!.trim().toLowerCase()];
  if (!want) throw new UnsupportedTypeError(`${fileName}: declared as ${declared || 'nothing'}; send application/pdf or text/plain`);
  const is = detectKind(bytes, fileName);
  if (is !== want) {
    throw new UnsupportedTypeError(`${fileName} is declared ${declared} but its content is ${is === 'pdf' ? 'a PDF' : 'not a PDF'}`, 'type_mismatch');
  }
  if (is === 'text') decodeText(bytes, fileName, loadLexicon()); // 422 `not_text` now, not a failed upload later
  return is;
}
