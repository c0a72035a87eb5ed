// Adapter: put extracted documents into Meilisearch, idempotently. An unchanged document is skipped; a changed
// one gets its new paragraphs added and its vanished paragraphs deleted; every task's final status is checked.
import { isDeepStrictEqual } from 'node:util';
import type { EnqueuedTask, Meilisearch } from 'meilisearch';
import type { Logger } from 'pino';
import type { DocumentReplacedListener, ReplacementImpact } from '../domain/ports.ts';
import { DEFAULT_BATCH_LIMITS, payloadsOf, type BatchLimits } from './batches.ts';
import { filterIn } from './filters.ts';
import { upstream, waitTasks } from './meili-client.ts';
import {
  toDocumentRecord, toParagraphRecord, toParagraphRecords,
  type DocumentRecord, type IndexedParagraph, type IngestableDocument,
} from './records.ts';
import { fetchDocumentParagraphs, fetchDocumentRecords, fetchParagraphs, type IndexNames } from './store.ts';
import { syncSynonyms } from './synonyms.ts';
import { deleteVocabulary, enqueueVocabularies, vocabularyRecords, type VocabularyRecord } from './terms.ts';
import { createWriteQueue, type WriteQueue } from './write-queue.ts';

/** Ids per deleteDocuments call. */
const DELETE_BATCH = 1000;

export interface IngestResult {
  docId: string;
  status: 'added' | 'replaced' | 'unchanged';
  paragraphs: number;
  added: number;
  deleted: number;
}

export interface IngestProgress {
  indexed: number;
  total: number;
}

export interface Ingester {
  ingestDocuments(docs: IngestableDocument[], onProgress?: (p: IngestProgress) => void): Promise<IngestResult[]>;
  /** Remove a document and all its paragraphs. False when it was not indexed. */
  deleteDocument(docId: string): Promise<boolean>;
  /** Every document the index holds (corpus and uploads): its record with title, publisher, date and counts. */
  listDocuments(): Promise<DocumentRecord[]>;
  /** Live annotations on a document, from the listener (0 without one). */
  countAnnotations(docId: string): number | Promise<number>;
  /** What replacing a document with these paragraphs would do to its annotations (the listener's dry run). */
  assessReplacement(docId: string, after: Array<{ id: string; text: string }>): ReplacementImpact | Promise<ReplacementImpact>;
}

export interface IngesterOptions {
  client: Meilisearch;
  names: IndexNames;
  logger: Logger;
  listener?: DocumentReplacedListener;
  /** The settings file's synonym groups; each indexed document's own groups are merged in after a change. */
  synonymGroups?: string[][];
  /** Called after documents were added, replaced or deleted (the search service drops its cached corpus terms). */
  onChange?: () => void;
  /** Size of each addDocuments payload (default DEFAULT_BATCH_LIMITS); tests force small batches. */
  batch?: Partial<BatchLimits>;
}

interface Plan {
  records: IndexedParagraph[];
  record: DocumentRecord;
  before: IndexedParagraph[];
  existed: boolean;
  vanished: string[];
}

/**
 * Calls may overlap: a call reads what is stored and builds its records while an earlier call's records are being
 * indexed (Meilisearch works in its own process), and the writes themselves go one call at a time, in order.
 */
export function createIngester(opts: IngesterOptions): Ingester {
  const writes = createWriteQueue();
  return {
    ingestDocuments: (docs, onProgress) => ingestDocuments(opts, writes, docs, onProgress),
    deleteDocument: (docId) => writes.run([docId], async () => undefined, () => deleteDocument(opts, docId)),
    listDocuments: () => fetchDocumentRecords(opts.client, opts.names),
    countAnnotations: (docId) => opts.listener?.countAnnotations?.(docId) ?? 0,
    assessReplacement: (docId, after) => opts.listener?.assessReplacement?.(docId, after) ?? { orphaned: 0, needsReview: 0 },
  };
}

async function ingestDocuments(
  opts: IngesterOptions, writes: WriteQueue, docs: IngestableDocument[], onProgress?: (p: IngestProgress) => void,
): Promise<IngestResult[]> {
  const ids = docs.map((d) => d.document.id);
  return writes.run(ids, () => planIngest(opts, docs), (planned) => writePlanned(opts, docs, planned, onProgress));
}

/** Write what planIngest decided: paragraphs, then document records and vocabularies, synonyms; then the results. */
async function writePlanned(
  opts: IngesterOptions, docs: IngestableDocument[], { plans, unchanged, vocabulary }: Planned, onProgress?: (p: IngestProgress) => void,
): Promise<IngestResult[]> {
  await writeParagraphs(opts, plans, onProgress);
  if (plans.length) {
    // Only once the paragraphs are in: a record would make a retry skip its document as unchanged.
    const records = plans.map((p) => p.record);
    const recordTask = await upstream(() => opts.client.index(opts.names.documents).addDocuments(records));
    await waitTasks(opts.client, [recordTask, ...(await enqueueVocabularies(opts.client, opts.names, vocabulary))]);
    await syncSynonyms(opts.client, opts.names, opts.synonymGroups ?? []);
    opts.onChange?.();
  }
  const results = new Map(unchanged.map((r) => [r.docId, r]));
  for (const p of plans) {
    const known = new Set(p.before.map((b) => b.id));
    results.set(p.record.id, {
      docId: p.record.id, status: p.existed ? 'replaced' : 'added', paragraphs: p.records.length,
      added: p.records.filter((r) => !known.has(r.id)).length, deleted: p.vanished.length,
    });
    if (p.existed) await opts.listener?.onDocumentReplaced(p.record.id, p.before.map(toParagraphRecord), p.records.map(toParagraphRecord));
  }
  return docs.map((d) => results.get(d.document.id)!);
}

interface Planned {
  plans: Plan[];
  unchanged: IngestResult[];
  /** The vocabulary records of the planned documents, built with them (before the write). */
  vocabulary: VocabularyRecord[];
}

/** Compare each document with its stored record: unchanged ones are skipped, the others get a plan. */
async function planIngest(opts: IngesterOptions, docs: IngestableDocument[]): Promise<Planned> {
  const ids = docs.map((d) => d.document.id);
  if (new Set(ids).size !== ids.length) throw new TypeError('the same document id appears twice in one ingest');
  const previous = new Map((await fetchDocumentRecords(opts.client, opts.names, ids)).map((r) => [r.id, r]));
  const unchanged: IngestResult[] = [];
  const changed: Array<{ records: IndexedParagraph[]; record: DocumentRecord; prev: DocumentRecord | undefined }> = [];
  for (const doc of docs) {
    const records = toParagraphRecords(doc);
    const record = toDocumentRecord(doc, records);
    const prev = previous.get(record.id);
    if (prev && prev.contentHash === record.contentHash && prev.fingerprint === record.fingerprint && sameSynonyms(prev, record)) {
      unchanged.push({ docId: record.id, status: 'unchanged', paragraphs: records.length, added: 0, deleted: 0 });
    } else changed.push({ records, record, prev });
  }
  // Read what is stored even without a record (a crashed earlier run may have left paragraphs behind): one read for
  // all the changed documents, not one each.
  const stored = await storedParagraphs(opts, changed.map((c) => c.record.id));
  const plans = changed.map(({ records, record, prev }): Plan => {
    const before = stored.get(record.id) ?? [];
    const keep = new Set(records.map((r) => r.id));
    return { records, record, before, existed: !!prev || before.length > 0, vanished: before.map((b) => b.id).filter((id) => !keep.has(id)) };
  });
  return { plans, unchanged, vocabulary: vocabularyRecords(plans.map((p) => [p.record.id, p.records])) };
}

/** The stored paragraphs of these documents, by document, in document order. */
async function storedParagraphs(opts: IngesterOptions, docIds: string[]): Promise<Map<string, IndexedParagraph[]>> {
  const byDoc = new Map<string, IndexedParagraph[]>();
  if (!docIds.length) return byDoc;
  for (const p of await fetchParagraphs(opts.client, opts.names.paragraphs, [filterIn('docId', docIds)])) {
    const list = byDoc.get(p.docId);
    if (list) list.push(p);
    else byDoc.set(p.docId, [p]);
  }
  return byDoc;
}

/** A document's metadata may gain or change synonym groups while its text stays the same. */
function sameSynonyms(prev: DocumentRecord, next: DocumentRecord): boolean {
  return isDeepStrictEqual(prev.synonyms ?? [], next.synonyms ?? []);
}

/**
 * Add every planned paragraph in bounded payloads, all enqueued before the first wait (Meilisearch indexes
 * queued additions together), then delete the vanished ones; document records come after.
 */
async function writeParagraphs(opts: IngesterOptions, plans: Plan[], onProgress?: (p: IngestProgress) => void): Promise<void> {
  const index = opts.client.index(opts.names.paragraphs);
  const all = plans.flatMap((p) => p.records);
  const vanished = plans.flatMap((p) => p.vanished);
  const adds: Array<{ task: EnqueuedTask; count: number }> = [];
  for (const payload of payloadsOf(all, { ...DEFAULT_BATCH_LIMITS, ...opts.batch })) {
    const task = await upstream(() => index.addDocumentsFromString(payload.body, 'application/json', { primaryKey: 'id' }));
    adds.push({ task, count: payload.count });
  }
  let indexed = 0;
  for (const { task, count } of adds) {
    await waitTasks(opts.client, [task]);
    indexed += count;
    onProgress?.({ indexed, total: all.length });
    opts.logger.info({ indexed, total: all.length }, 'indexing paragraphs');
  }
  const deletes: EnqueuedTask[] = [];
  for (let i = 0; i < vanished.length; i += DELETE_BATCH) {
    const batch = vanished.slice(i, i + DELETE_BATCH);
    deletes.push(await upstream(() => index.deleteDocuments(batch)));
  }
  await waitTasks(opts.client, deletes);
}

async function deleteDocument(opts: IngesterOptions, docId: string): Promise<boolean> {
  const before = await fetchDocumentParagraphs(opts.client, opts.names.paragraphs, docId);
  const [record] = await fetchDocumentRecords(opts.client, opts.names, [docId]);
  if (!record && before.length === 0) return false;
  const tasks = [
    await upstream(() => opts.client.index(opts.names.paragraphs).deleteDocuments({ filter: filterIn('docId', [docId]) })),
    await upstream(() => opts.client.index(opts.names.documents).deleteDocument(docId)),
  ];
  await waitTasks(opts.client, tasks);
  await syncSynonyms(opts.client, opts.names, opts.synonymGroups ?? []);
  await deleteVocabulary(opts.client, opts.names, docId);
  opts.onChange?.();
  opts.logger.info({ docId, paragraphs: before.length }, 'document deleted from the index');
  await opts.listener?.onDocumentDeleted?.(docId, before.map(toParagraphRecord));
  return true;
}
