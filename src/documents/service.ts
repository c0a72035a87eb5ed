// Adapter: the uploads service. A file is checked and recorded at once (202), then extracted in the worker
// thread and indexed, one document at a time, off the request thread; its record tells how far it got.
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { documentIdFor } from '../corpus.ts';
import type { DocumentMeta, ExtractedDocument } from '../domain/types.ts';
import { AppError, ConflictError, NotFoundError, UnsupportedTypeError, UpstreamError } from '../domain/errors.ts';
import type { DocumentRecords, JobQueue } from '../store/ports.ts';
import { detectKind, type DocumentKind, type Extracted } from './load.ts';
import type { ExtractJob, Progress } from './runner.ts';
import { BUSY, type DocumentRow } from './store.ts';
import { toView, type DocumentView } from './view.ts';

/** What the service needs from the search adapter (src/search/ingest.ts). */
export interface DocumentIndex {
  ingestDocuments(docs: Array<ExtractedDocument & { contentHash: string }>): Promise<unknown>;
  deleteDocument(docId: string): Promise<boolean>;
}

export type Extractor = (bytes: Uint8Array, job: ExtractJob, onProgress?: Progress) => Promise<Extracted>;

export interface UploadInput {
  bytes: Uint8Array;
  fileName: string;
  /** The media type the client declared for the file part. */
  declaredType: string;
  meta: DocumentMeta;
  /** Id of a document this file is a new version of. */
  replaces?: string;
  uploadedBy?: string;
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
    /** Shared job queue (PostgreSQL): uploads are extracted by whichever node takes them (src/documents/jobs.ts). */
    private readonly jobs?: JobQueue,
  ) {
    if (jobs) return; // on a shared store another node may be working on a record; expired leases bring back the dead
    void Promise.resolve(store.failInterrupted('the server stopped before this upload was processed; upload the file again')).then((failed) => {
      if (failed) logger.warn({ failed }, 'uploads interrupted by a restart marked failed');
    });
  }

  /** Record an upload and queue it; the same bytes again give the existing record (created: false). */
  async upload(input: UploadInput): Promise<{ document: DocumentView; created: boolean }> {
    const kind = checkType(input.bytes, input.declaredType, input.fileName);
    const contentHash = createHash('sha256').update(input.bytes).digest('hex');
    const same = await this.store.findByHash(contentHash);
    if (same && same.status !== 'failed' && (!input.replaces || input.replaces === same.id)) return { document: toView(same), created: false };
    const id = input.replaces ? (await this.replaceable(input.replaces)).id : await this.newId(input.fileName, contentHash);
    const upload = { id, fileName: input.fileName, kind, bytes: input.bytes.length, contentHash, meta: input.meta, uploadedBy: input.uploadedBy ?? null };
    if (this.jobs) return { document: toView(await this.jobs.enqueue(upload, input.bytes)), created: true };
    const row = await this.store.saveQueued(upload);
    this.enqueue(row, input.bytes);
    return { document: toView(row), created: true };
  }

  async list(): Promise<DocumentView[]> {
    return (await this.store.list()).map(toView);
  }

  async get(id: string): Promise<DocumentView> {
    const row = await this.store.get(id);
    if (!row) throw new NotFoundError(`no document ${id}`);
    return toView(row);
  }

  /** Remove a document's paragraphs from the index (its annotations are kept, orphaned) and its record. */
  async remove(id: string): Promise<void> {
    const row = await this.store.get(id);
    if (row && BUSY.includes(row.status)) throw new ConflictError(`document ${id} is ${row.status}; delete it when it is done or failed`);
    const indexed = await this.index.deleteDocument(id);
    const recorded = await this.store.delete(id);
    if (!indexed && !recorded) throw new NotFoundError(`no document ${id}`);
  }

  /**
   * Extract and index one job taken from the shared queue. Resolves with null when done, the reason when failed for good (a bad
   * file); a failure worth another try (the search engine unreachable) is thrown for the queue to retry.
   */
  async runJob(docId: string, bytes: Uint8Array): Promise<string | null> {
    const row = await this.store.get(docId);
    if (!row) return null; // deleted meanwhile: nothing to do
    return this.process(row, bytes, (e) => e instanceof UpstreamError);
  }

  /** Resolves when every queued upload has been processed (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async replaceable(id: string): Promise<DocumentRow> {
    const row = await this.store.get(id);
    if (!row) throw new NotFoundError(`no document ${id} to replace`);
    if (BUSY.includes(row.status)) throw new ConflictError(`document ${id} is ${row.status}; upload the new version when it is done or failed`);
    return row;
  }

  /** The file name gives the id (as for the corpus); another file under a taken name gets a hash suffix. */
  private async newId(fileName: string, contentHash: string): Promise<string> {
    const base = documentIdFor(fileName);
    const taken = await this.store.get(base);
    return taken && taken.contentHash !== contentHash ? `${base}-${contentHash.slice(0, ID_HASH_CHARS)}` : base;
  }

  private enqueue(row: DocumentRow, bytes: Uint8Array): void {
    const copy = new Uint8Array(bytes);
    this.queue = this.queue.then(async () => void (await this.process(row, copy))).catch((e: unknown) => {
      this.logger.error({ err: e, id: row.id }, 'upload processing failed unexpectedly');
    });
  }

  private async process(row: DocumentRow, bytes: Uint8Array, retryable?: (e: unknown) => boolean): Promise<string | null> {
    const { id } = row;
    try {
      await this.store.setStatus(id, 'extracting');
      const job = { fileName: row.fileName, meta: row.meta, id };
      const doc = await this.extract(bytes, job, (done, total) => void Promise.resolve(this.store.setProgress(id, done, total)).catch(() => undefined));
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

/** The declared type must be one we read, and the bytes must agree with it (PDF magic bytes or not). */
function checkType(bytes: Uint8Array, declared: string, fileName: string): DocumentKind {
  const want = DECLARED[declared.split(';')[0]!.trim().toLowerCase()];
  if (!want) throw new UnsupportedTypeError(`${fileName}: declared as ${declared || 'nothing'}; send application/pdf or text/plain`);
  const is = detectKind(bytes, fileName);
  if (is !== want) {
    throw new UnsupportedTypeError(`${fileName} is declared ${declared} but its content is ${is === 'pdf' ? 'a PDF' : 'not a PDF'}`, 'type_mismatch');
  }
  return is;
}
