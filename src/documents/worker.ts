// Worker thread entry: extract documents sent by the parent, one at a time, and post results back
// (errors as plain data: classes do not cross threads).
import { parentPort } from 'node:worker_threads';
import { AppError } from '../domain/errors.ts';
import type { Extracted } from './load.ts';
import { extractBuffer } from './load.ts';
import { loadLexicon } from '../lexicon.ts';
import { readPdfPages } from '../extract/pdf/readPdf.ts';
import type { ExtractJob, SerializedError } from './runner.ts';

export interface WorkerJob {
  type: 'job';
  id: number;
  bytes: Uint8Array;
  job: ExtractJob;
  maxPages: number;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; doc: Extracted }
  | { type: 'error'; id: number; error: SerializedError };

async function handle(m: WorkerJob): Promise<WorkerReply> {
  try {
    const doc = await extractBuffer(m.bytes, {
      ...m.job,
      maxPages: m.maxPages,
      onProgress: (done, total) => parentPort?.postMessage({ type: 'progress', id: m.id, done, total } satisfies WorkerReply),
    });
    return { type: 'done', id: m.id, doc };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const code = e instanceof AppError ? e.code : undefined;
    return { type: 'error', id: m.id, error: { name: err.name, message: err.message, ...(code ? { code } : {}) } };
  }
}

parentPort?.on('message', (m: WorkerJob) => {
  void handle(m).then((reply) => parentPort?.postMessage(reply));
});
// Once per worker, before the first job: the word list, and pdf.js's own tables (fonts, encodings), which
// take about as much memory as a long document and would otherwise be charged to the first job.
loadLexicon();
await readPdfPages(warmUpPdf(), 'warm-up.pdf').catch(() => undefined);
parentPort?.postMessage({ type: 'ready' } satisfies WorkerReply);

/** A one-page PDF with a line of text in a standard font. */
function warmUpPdf(): Uint8Array {
  const content = 'BT /F1 12 Tf 72 720 Td (Warm-up text for the reader, long enough to count as a text layer.) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
