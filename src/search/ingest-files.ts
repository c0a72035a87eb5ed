// Adapter: extract files from disk and ingest them, a few documents at a time, with progress in the log.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { extractAny, type AnyOptions } from '../documents/load.ts';
import type { Ingester, IngestResult } from './ingest.ts';
import type { IngestableDocument } from './records.ts';

/**
 * A group of documents sent in one ingest call closes at this many paragraphs or documents, whichever comes first:
 * Meilisearch's work per indexing task grows with the index, so fewer, larger calls index a large corpus faster
 * (1000 copies of the corpus, two calls in flight: 47.9 s in calls of 20 documents, 43.1 s in groups of 5,000
 * paragraphs, against 30 s for raw addDocuments), while what is held in memory stays bounded. 5,000 is also one
 * payload (batches.ts).
 */
export const INGEST_GROUP = { maxParagraphs: 5_000, maxDocuments: 50 };
/** File types the readers understand; a `.meta.json` beside a document describes it and is not one. */
const DOCUMENT_EXTENSIONS = new Set(['.txt', '.pdf']);

/** The document files of a corpus directory, sorted by name. A missing directory holds none. */
export async function corpusFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return names
    .filter((n) => DOCUMENT_EXTENSIONS.has(path.extname(n).toLowerCase()) && !n.endsWith('.meta.json'))
    .sort()
    .map((n) => path.join(dir, n));
}

/** How to extract one file (metadata overrides, limits, page progress); none by default. */
export type ExtractOptionsFor = (file: string) => AnyOptions;

export async function ingestFiles(ingester: Ingester, files: string[], logger: Logger, optionsFor: ExtractOptionsFor = () => ({})): Promise<IngestResult[]> {
  let reported = 0;
  return ingestGroups(ingester, groupDocuments(extractGroups(files, logger, optionsFor)), (done) => {
    for (const r of done) logger.info({ ...r, progress: `${++reported}/${files.length}` }, `document ${r.status}`);
  });
}

async function* extractGroups(files: string[], logger: Logger, optionsFor: ExtractOptionsFor): AsyncGenerator<IngestableDocument> {
  for (const file of files) {
    const doc = await extractAny(file, optionsFor(file));
    logger.info({ file: path.basename(file), paragraphs: doc.paragraphs.length }, 'extracted');
    yield doc;
  }
}

/** Documents in groups of at most INGEST_GROUP (a document over the paragraph bound goes alone). */
export async function* groupDocuments(
  docs: AsyncIterable<IngestableDocument> | Iterable<IngestableDocument>, limits = INGEST_GROUP,
): AsyncGenerator<IngestableDocument[]> {
  let group: IngestableDocument[] = [];
  let paragraphs = 0;
  for await (const doc of docs) {
    if (group.length && (group.length >= limits.maxDocuments || paragraphs + doc.paragraphs.length > limits.maxParagraphs)) {
      yield group;
      group = [];
      paragraphs = 0;
    }
    group.push(doc);
    paragraphs += doc.paragraphs.length;
  }
  if (group.length) yield group;
}

const ignore = (): void => undefined;

/**
 * Ingest groups of documents in order, two at a time: the next group is extracted, and its records built, while
 * Meilisearch indexes the one before (the ingester writes one call at a time). Results come in order; on a failure
 * the group still in flight is let finish before the error is thrown, so nothing is left half written behind it.
 */
export async function ingestGroups(
  ingester: Ingester, groups: AsyncIterable<IngestableDocument[]> | Iterable<IngestableDocument[]>, onResults?: (done: IngestResult[]) => void,
): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  let pending: Promise<IngestResult[]> | null = null;
  const take = async (): Promise<void> => {
    if (!pending) return;
    const done = await pending.finally(() => { pending = null; });
    results.push(...done);
    onResults?.(done);
  };
  try {
    for await (const docs of groups) {
      const next = ingester.ingestDocuments(docs);
      next.catch(ignore); // awaited below or in the catch: never an unhandled rejection
      try {
        await take();
      } catch (e) {
        await next.catch(ignore);
        throw e;
      }
      pending = next;
    }
    await take();
  } catch (e) {
    await take().catch(ignore);
    throw e;
  }
  return results;
}
