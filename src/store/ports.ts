// The store interfaces both engines implement: SQLite (src/annotations, src/documents; synchronous, embedded)
// and PostgreSQL (src/store/pg; asynchronous, shared by many API nodes). Callers always `await`, so one service
// layer serves both. Additive: the SQLite classes satisfy these without change.
import type { AnnotationSummary } from '../domain/ports.ts';
import type {
  AnchorStatus, Annotation, AnnotationChanges, AnnotationFilter, AnnotationTarget, HistoryEntry, NewAnnotation, Principal, Viewer,
} from '../annotations/model.ts';
import type { Page } from '../annotations/queries.ts';
import type { IfVersion } from '../annotations/store.ts';
import type { DocumentRow, DocumentStatus } from '../documents/store.ts';
import type { DocumentMeta, RepairStats } from '../domain/types.ts';
import type { KeyInfo } from '../annotations/keys.ts';
import type { Role } from '../annotations/model.ts';

export type Awaitable<T> = T | Promise<T>;

/** Annotations with history and tombstones (the system of record). */
export interface AnnotationRepository {
  create(input: NewAnnotation, creator: Principal): Awaitable<Annotation>;
  get(id: string): Awaitable<Annotation | null>;
  /** `ifVersion` (If-Match): 412 PreconditionFailedError unless the current version is one of these. */
  update(id: string, changes: AnnotationChanges, actor: string, ifVersion?: IfVersion): Awaitable<Annotation>;
  delete(id: string, actor: string, ifVersion?: IfVersion): Awaitable<Annotation>;
  restore(id: string, actor: string): Awaitable<Annotation>;
  moveTarget(
    id: string, target: AnnotationTarget, status: AnchorStatus, detail: Record<string, unknown>, writtenOn?: AnnotationTarget | null,
  ): Awaitable<Annotation>;
  refreshAttribution(id: string, articleId: string | null, speakers: string[]): Awaitable<void>;
  /** Earlier versions; private ones only for the annotation's creator and admins. */
  history(id: string, viewer: Viewer): Awaitable<HistoryEntry[]>;
  byDocument(docId: string): Awaitable<Annotation[]>;
  documentIds(): Awaitable<string[]>;
  list(filter: AnnotationFilter, viewer: Viewer, page: Page): Awaitable<{ total: number; items: Annotation[] }>;
  summarize(paragraphIds: string[]): Awaitable<Map<string, AnnotationSummary>>;
  annotatedParagraphIds(verdicts?: string[]): Awaitable<string[]>;
}

/** API keys: only hashes are stored. */
export interface KeyRepository {
  create(name: string, role: Role): Awaitable<{ key: string; info: KeyInfo }>;
  list(): Awaitable<KeyInfo[]>;
  revoke(id: string): Awaitable<KeyInfo>;
  resolve(key: string): Awaitable<Principal | null>;
}

export type QueuedUpload = Pick<DocumentRow, 'id' | 'fileName' | 'kind' | 'bytes' | 'contentHash' | 'meta' | 'uploadedBy'> & { uploaderKeyId?: string | null };
export interface DoneCounts {
  title: string;
  pages: number;
  paragraphs: number;
  articles: number;
  stats: RepairStats;
}

/** Upload records: status, counts, error, repair statistics. */
export interface DocumentRecords {
  get(id: string): Awaitable<DocumentRow | null>;
  findByHash(contentHash: string): Awaitable<DocumentRow | null>;
  list(): Awaitable<DocumentRow[]>;
  saveQueued(r: QueuedUpload): Awaitable<DocumentRow>;
  setStatus(id: string, status: DocumentStatus): Awaitable<void>;
  setProgress(id: string, pagesDone: number, pages: number): Awaitable<void>;
  setDone(id: string, r: DoneCounts): Awaitable<void>;
  setFailed(id: string, code: string, message: string): Awaitable<void>;
  failInterrupted(message: string): Awaitable<number>;
  delete(id: string): Awaitable<boolean>;
}

/** A job as a worker holds it: the upload record's id and its file. */
export interface ClaimedJob {
  id: number;
  docId: string;
  attempt: number;
  bytes: Uint8Array;
}

export interface QueueStats {
  queued: number;
  running: number;
  failed: number;
  done: number;
}

/**
 * Extraction jobs any node can take. A claim is a lease: the holder renews it while it works; a lease that runs
 * out (the node died) puts the job back for another node, until the set number of tries is spent.
 */
export interface JobQueue {
  enqueue(upload: QueuedUpload, bytes: Uint8Array): Promise<DocumentRow>;
  claim(node: string): Promise<ClaimedJob | null>;
  renew(jobId: number, node: string): Promise<boolean>;
  complete(jobId: number, node: string): Promise<void>;
  /** A retryable failure: back to the queue, or failed for good when the tries are spent. */
  release(jobId: number, node: string, reason: string): Promise<void>;
  /** Failed for good (bad file): no retry. */
  fail(jobId: number, node: string, reason: string): Promise<void>;
  stats(): Promise<QueueStats>;
  /** Wakes `onJob` when a job may be waiting (another node's enqueue, an expired lease). */
  subscribe(onJob: () => void): Promise<() => Promise<void>>;
}

export type { DocumentMeta };
