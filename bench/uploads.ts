// Peak memory of parallel large uploads: N clients POST a file of SIZE_MB at once to the uploads API (real
// multer, service and extraction worker; the index is a stub) served by a child process, whose resident memory
// before and at its peak (VmHWM) is read from /proc. Run: node --import tsx bench/uploads.ts [N=8] [SIZE_MB=45]
// (a measurement to run by hand, not a timed test: it takes a minute and 1–2 GB of memory.)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import express from 'express';
import pino from 'pino';
import type { KeyResolver } from '../src/annotations/keys.ts';
import { loadConfig } from '../src/config.ts';
import { ExtractionPool, limitsFrom } from '../src/documents/runner.ts';
import { DocumentService } from '../src/documents/service.ts';
import { DocumentStore } from '../src/documents/store.ts';
import { documentsRouter } from '../src/http/documents.ts';
import { errorHandler } from '../src/http/errors.ts';

const args = process.argv[2] === 'serve' ? process.argv.slice(3) : process.argv.slice(2);
const N = Number(args[0] ?? 8);
const SIZE_MB = Number(args[1] ?? 45);
const MB = 1024 * 1024;

async function serve(): Promise<void> {
  const logger = pino({ level: 'silent' });
  const config = loadConfig({ UPLOAD_MAX_MB: String(SIZE_MB + 5) });
  const keys = { resolve: (k: string) => (k === 'key' ? { keyId: 'k', name: 'bench', role: 'annotator' as const } : null) } as KeyResolver;
  const store = new DocumentStore(':memory:');
  const index = { ingestDocuments: async () => [], deleteDocument: async () => false, listDocuments: async () => [] };
  const pool = new ExtractionPool(limitsFrom(config));
  const service = new DocumentService(store, index, (bytes, job, onProgress) => pool.run(bytes, job, onProgress), logger);
  const app = express();
  app.use('/api/documents', documentsRouter({
    service, keys, maxBytes: config.uploadMaxBytes,
    ...({ gate: { maxInFlight: config.uploadConcurrency, maxQueued: config.uploadQueue } } as object),
  }));
  app.use(errorHandler(logger));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  process.stdout.write(`port ${(server.address() as { port: number }).port}\n`);
}

/** A file that starts like a PDF and is junk after: read in full by the upload path, refused by the reader. */
function fakePdf(seed: number): Uint8Array {
  const bytes = new Uint8Array(SIZE_MB * MB);
  bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
  for (let i = 9; i < bytes.length; i += 4096) bytes[i] = (seed * 31 + i) & 0xff;
  return bytes;
}

function status(pid: number): { rss: number; hwm: number } {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

async function measure(): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, 'serve', String(N), String(SIZE_MB)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve) => child.stdout!.on('data', (c: Buffer) => {
    const m = /port (\d+)/.exec(c.toString());
    if (m) resolve(Number(m[1]));
  }));
  await new Promise((r) => setTimeout(r, 3000)); // the extraction worker warms up
  const before = status(child.pid!);
  const started = Date.now();
  const files = Array.from({ length: N }, (_, i) => fakePdf(i));
  const statuses = await Promise.all(files.map(async (bytes, i) => {
    const form = new FormData();
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), `big-${i}.pdf`);
    const res = await fetch(`http://127.0.0.1:${port}/api/documents`, { method: 'POST', body: form, headers: { Authorization: 'Bearer key' } });
    await res.arrayBuffer();
    return res.status;
  }));
  await new Promise((r) => setTimeout(r, 5000)); // queued extractions run
  const after = status(child.pid!);
  child.kill('SIGTERM');
  console.log(JSON.stringify({
    uploads: N, sizeMb: SIZE_MB, beforeMb: Math.round(before.rss / MB), peakMb: Math.round(after.hwm / MB),
    statuses, seconds: Math.round((Date.now() - started) / 100) / 10,
  }));
}

if (process.argv[2] === 'serve') await serve();
else await measure();
