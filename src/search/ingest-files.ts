// Adapter: extract files from disk and ingest them, a few documents at a time, with progress in the log.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { extractAny, type AnyOptions } from '../documents/load.ts';
import type { Ingester, IngestResult } from './ingest.ts';
import type { IngestableDocument } from './records.ts';

/** Documents extracted and held in memory before they are sent: bounds memory on a large corpus. */
const DOCUMENTS_PER_INGEST = 20;
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
  const results: IngestResult[] = [];
  for (let i = 0; i < files.length; i += DOCUMENTS_PER_INGEST) {
    const group = files.slice(i, i + DOCUMENTS_PER_INGEST);
    const docs: IngestableDocument[] = [];
    for (const file of group) {
      const doc = await extractAny(file, optionsFor(file));
      logger.info({ file: path.basename(file), paragraphs: doc.paragraphs.length }, 'extracted');
      docs.push(doc);
    }
    const done = await ingester.ingestDocuments(docs);
    for (const r of done) {
      results.push(r);
      logger.info({ ...r, progress: `${results.length}/${files.length}` }, `document ${r.status}`);
    }
  }
  return results;
}
