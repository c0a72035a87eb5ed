// Adapter: extract documents in a worker thread with a heap limit, a memory watch and a deadline, so that a
// hostile or pathological file (a decompression bomb, an endless content stream) fails alone and the service
// stays up. One warm worker runs one job at a time; a worker that failed is replaced for the next job.
import { Worker } from 'node:worker_threads';
import type { Config } from '../config.ts';
import { AppError, InputError, NotFoundError, TooLargeError, UnprocessableError } from '../domain/errors.ts';
import type { DocumentMeta } from '../domain/types.ts';
import type { Extracted } from './load.ts';
import type { WorkerReply, WorkerJob } from './worker.ts';

export interface ExtractLimits {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
  maxMemoryMb: number;
}

export interface ExtractJob {
  fileName: string;
  meta?: DocumentMeta;
  id?: string;
}

export type Progress = (done: number, total: number) => void;

/** A young generation this small keeps the heap limit meaningful. */
const YOUNG_GENERATION_MB = 32;
/** The worker's own heap (word list, pdf.js tables) on top of what one job may use. */
const WORKER_BASE_HEAP_MB = 256;
/** How often the memory of the process is checked while a job runs (decoded streams live outside the heap). */
const MEMORY_POLL_MS = 100;
const MB = 1024 * 1024;

export function limitsFrom(config: Config): ExtractLimits {
  return { maxBytes: config.uploadMaxBytes, maxPages: config.uploadMaxPages, timeoutMs: config.extractTimeoutMs, maxMemoryMb: config.extractMaxMemoryMb };
}

/**
 * The worker is plain JavaScript that loads the TypeScript sources through tsx (a worker does not inherit the
 * loader hooks of the thread that starts it). Source maps stay off there: parsing pdf.js's maps costs seconds.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); process.setSourceMapsEnabled(false); return import(workerData.entry); });
`;

interface Handle {
  worker: Worker;
  /** Settles once the worker has loaded the readers (startup memory is not charged to the first job). */
  ready: Promise<void>;
}

export class ExtractionPool {
  private current: Handle | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(readonly limits: ExtractLimits) {}

  /** Extract in the worker; jobs wait for each other (the machine has few cores, documents are large). */
  run(bytes: Uint8Array, job: ExtractJob, onProgress?: Progress): Promise<Extracted> {
    if (bytes.length > this.limits.maxBytes) {
      return Promise.reject(new TooLargeError(`${job.fileName} is ${bytes.length} bytes; the limit is ${this.limits.maxBytes}`));
    }
    const result = this.queue.then(() => this.runNow(bytes, job, onProgress));
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    const h = this.current;
    this.current = undefined;
    await h?.worker.terminate();
  }

  private async runNow(bytes: Uint8Array, job: ExtractJob, onProgress?: Progress): Promise<Extracted> {
    const h = this.current ?? this.spawn();
    h.worker.ref();
    try {
      await h.ready;
      const copy = new Uint8Array(bytes); // transferred: the caller keeps its own buffer
      const message: WorkerJob = { type: 'job', id: this.nextId++, bytes: copy, job, maxPages: this.limits.maxPages };
      const outcome = this.watch(h.worker, message.id, job.fileName, onProgress);
      h.worker.postMessage(message, [copy.buffer as ArrayBuffer]);
      return await outcome;
    } finally {
      h.worker.unref();
    }
  }

  private spawn(): Handle {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      execArgv: [],
      workerData: { tsx: import.meta.resolve('tsx/esm/api'), entry: new URL('./worker.ts', import.meta.url).href },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_BASE_HEAP_MB + this.limits.maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve()); // the first message is 'ready'
      worker.once('error', (e) => reject(new AppError(`the extraction worker did not start: ${e.message}`, { cause: e })));
      worker.once('exit', (code) => reject(new AppError(`the extraction worker did not start (exit code ${code})`)));
    });
    ready.catch(() => undefined);
    worker.on('error', () => undefined); // a running job hears of it through watch(); an idle worker just retires
    worker.on('exit', () => {
      if (this.current?.worker === worker) this.current = undefined;
    });
    const handle = { worker, ready };
    this.current = handle;
    return handle;
  }

  private watch(worker: Worker, id: number, fileName: string, onProgress?: Progress): Promise<Extracted> {
    return new Promise((resolve, reject) => {
      const startRss = process.memoryUsage.rss();
      const fail = (e: AppError): void => {
        cleanup();
        if (this.current?.worker === worker) this.current = undefined;
        void worker.terminate();
        reject(e);
      };
      const onMessage = (m: WorkerReply): void => {
        if (m.type === 'ready' || m.id !== id) return;
        if (m.type === 'progress') return onProgress?.(m.done, m.total);
        cleanup();
        if (m.type === 'done') resolve(m.doc);
        else reject(rebuildError(m.error));
      };
      const onError = (e: Error & { code?: string }): void => fail(workerFailure(e, fileName, this.limits));
      const onExit = (code: number): void => fail(new AppError(`${fileName}: extraction stopped unexpectedly (exit code ${code})`));
      const timer = setTimeout(() => fail(new InputError(
        `${fileName}: extraction took longer than ${Math.round(this.limits.timeoutMs / 1000)} s and was stopped`, 'extract_timeout')), this.limits.timeoutMs);
      const poll = setInterval(() => {
        if (process.memoryUsage.rss() - startRss > this.limits.maxMemoryMb * MB) fail(tooMuchMemory(fileName, this.limits));
      }, MEMORY_POLL_MS);
      const cleanup = (): void => {
        clearTimeout(timer);
        clearInterval(poll);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
  }
}

function tooMuchMemory(fileName: string, limits: ExtractLimits): InputError {
  return new InputError(`${fileName}: extraction needed more than ${limits.maxMemoryMb} MB of memory and was stopped`, 'extract_memory');
}

function workerFailure(e: Error & { code?: string }, fileName: string, limits: ExtractLimits): AppError {
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') return tooMuchMemory(fileName, limits);
  return new AppError(`${fileName}: extraction failed: ${e.message}`, { cause: e });
}

export interface SerializedError {
  name: string;
  message: string;
  code?: string;
}

/** Errors cross the thread boundary as plain data; the classes are rebuilt here. */
export function rebuildError(e: SerializedError): AppError {
  if (e.name === 'TooLargeError') return new TooLargeError(e.message);
  if (e.name === 'InputError') return new InputError(e.message, e.code);
  if (e.name === 'UnprocessableError') return new UnprocessableError(e.message, e.code);
  if (e.name === 'NotFoundError') return new NotFoundError(e.message);
  return new AppError(e.message);
}

const pools = new Map<string, ExtractionPool>();

/** Extract in the shared worker for these limits (one pool per distinct set of limits). */
export function extractInWorker(bytes: Uint8Array, job: ExtractJob, limits: ExtractLimits, onProgress?: Progress): Promise<Extracted> {
  const key = JSON.stringify(limits);
  let pool = pools.get(key);
  if (!pool) pools.set(key, (pool = new ExtractionPool(limits)));
  return pool.run(bytes, job, onProgress);
}

/** Stop the shared workers (tests, shutdown). */
export async function closeWorkers(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.close()));
}
