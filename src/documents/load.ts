// Adapter: pick the reader for a document by its content (PDF magic bytes) and run the pipeline.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { contentHash, documentIdFor, extractFile, readMeta } from '../corpus.ts';
import { InputError, NotFoundError, TooLargeError } from '../domain/errors.ts';
import type { DocumentMeta, ExtractedDocument, RawDocument } from '../domain/types.ts';
import { isPdf, readPdf } from '../extract/pdf/readPdf.ts';
import { readText } from '../extract/readText.ts';
import { decodeText } from '../extract/textCheck.ts';
import { loadLexicon } from '../lexicon.ts';
import { extractDocument } from '../pipeline.ts';
import { extractInWorker, limitsFrom, type ExtractionPool, type ExtractLimits } from './runner.ts';

export type Extracted = ExtractedDocument & { contentHash: string };
export type DocumentKind = 'pdf' | 'text';

export interface BufferOptions {
  /** The file name the bytes came from (messages, default id, `source`). */
  fileName: string;
  meta?: DocumentMeta;
  /** Document id; default: derived from the file name, so a new version of a file keeps its id. */
  id?: string;
  maxBytes?: number;
  maxPages?: number;
  /** Per-page progress of a PDF: (pages done, total pages). */
  onProgress?: (done: number, total: number) => void;
}

/** What the bytes are: a PDF (magic bytes `%PDF-`) or UTF-8 text. Anything else is refused. */
export function detectKind(bytes: Uint8Array, fileName = 'input'): DocumentKind {
  if (isPdf(bytes)) return 'pdf';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192));
  if (head.includes(0)) throw new InputError(`${fileName} is neither a PDF nor a text file`, 'unsupported_type');
  return 'text';
}

/** Extract a document held in memory, in this thread (see extractInWorker for untrusted uploads). */
export async function extractBuffer(bytes: Uint8Array, options: BufferOptions): Promise<Extracted> {
  const { fileName } = options;
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    throw new TooLargeError(`${fileName} is ${bytes.length} bytes; the limit is ${options.maxBytes}`);
  }
  const raw = await readAny(bytes, options);
  const doc = extractDocument(raw, { id: options.id ?? documentIdFor(fileName), ...options.meta }, { lexicon: loadLexicon() });
  return { ...doc, contentHash: contentHash(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)) };
}

async function readAny(bytes: Uint8Array, options: BufferOptions): Promise<RawDocument> {
  const source = path.basename(options.fileName);
  if (detectKind(bytes, source) === 'pdf') {
    return readPdf(bytes, source, { maxPages: options.maxPages, onProgress: options.onProgress });
  }
  const text = decodeText(bytes, source, loadLexicon());
  if (text.trim() === '') throw new InputError(`${source} is empty`, 'empty');
  return readText(text, source);
}

export interface AnyOptions {
  /** Run PDF extraction in a worker thread with memory and time limits (default true). */
  inWorker?: boolean;
  limits?: Partial<ExtractLimits>;
  /** The service's one extraction pool (its configured limits); without it, a shared pool for `limits`. */
  pool?: ExtractionPool;
  /** Per-page progress of a PDF: (pages done, total pages). */
  onProgress?: (done: number, total: number) => void;
  /** Facts that override the `.meta.json` beside the file (e.g. `verbatim ingest FILE --title …`). */
  meta?: DocumentMeta;
}

/** Extract a file from disk: a text dump or a PDF (told apart by their bytes), with its `.meta.json`. */
export async function extractAny(file: string, options: AnyOptions = {}): Promise<Extracted> {
  const bytes = await readBytes(file);
  const kind = detectKind(bytes, file);
  if (kind === 'text' && !options.meta) return extractFile(file);
  const meta = { ...(await readMeta(file)), ...options.meta };
  const job = { fileName: file, meta, id: documentIdFor(file) };
  if (kind === 'text') return extractBuffer(bytes, job);
  if (options.pool && options.inWorker !== false) return options.pool.run(bytes, job, options.onProgress);
  const limits = { ...limitsFrom(loadConfig({})), ...options.limits };
  if (options.inWorker === false) return extractBuffer(bytes, { ...job, maxPages: limits.maxPages, onProgress: options.onProgress });
  return extractInWorker(bytes, job, limits, options.onProgress);
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new InputError(`${file} is a directory, not a file`);
    throw new InputError(`cannot read ${file}: ${code ?? String(e)}`);
  }
}
