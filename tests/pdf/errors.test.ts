// Bad and hostile input: every case fails alone, with a clear message and a 4xx status; the worker that
// extracts uploads survives a decompression bomb and a deadline.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../src/domain/errors.ts';
import { extractBuffer, type BufferOptions } from '../../src/documents/load.ts';
import { closeWorkers, extractInWorker, type ExtractLimits } from '../../src/documents/runner.ts';
import { bombPdf, corruptPdf, encryptedPdf, scannedPdf, textPdf } from './hostile.ts';

after(closeWorkers);

interface Want {
  status: number;
  code: string;
  message: RegExp;
}

async function assertFails(run: () => Promise<unknown>, want: Want): Promise<void> {
  await assert.rejects(run, (e: unknown) => {
    assert.ok(e instanceof AppError, String(e));
    assert.equal(e.status, want.status, e.message);
    assert.equal(e.code, want.code, e.message);
    assert.match(e.message, want.message);
    return true;
  });
}

describe('extractBuffer refuses bad input with a clear reason', () => {
  const cases: { name: string; bytes: () => Promise<Uint8Array> | Uint8Array; options?: Partial<BufferOptions>; want: Want }[] = [
    { name: 'encrypted PDF', bytes: encryptedPdf, want: { status: 400, code: 'pdf_encrypted', message: /password protected/ } },
    { name: 'truncated PDF', bytes: async () => (await textPdf(2)).subarray(0, 900), want: { status: 400, code: 'pdf_corrupt', message: /truncated/ } },
    { name: 'corrupt PDF', bytes: corruptPdf, want: { status: 400, code: 'pdf_corrupt', message: /corrupt/ } },
    { name: 'scanned PDF', bytes: scannedPdf, want: { status: 400, code: 'pdf_no_text', message: /scanned PDF, no text layer; OCR is not supported/ } },
    { name: 'too many pages', bytes: () => textPdf(3), options: { maxPages: 2 }, want: { status: 413, code: 'too_large', message: /3 pages; the limit is 2/ } },
    { name: 'too many bytes', bytes: () => textPdf(1), options: { maxBytes: 100 }, want: { status: 413, code: 'too_large', message: /the limit is 100/ } },
    { name: 'neither PDF nor text', bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), want: { status: 400, code: 'unsupported_type', message: /neither a PDF nor a text file/ } },
    { name: 'empty text', bytes: () => Buffer.from('  \n\n'), want: { status: 400, code: 'empty', message: /empty/ } },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const bytes = await c.bytes();
      await assertFails(() => extractBuffer(bytes, { fileName: 'upload.pdf', ...c.options }), c.want);
    });
  }

  it('reads a good PDF (the cases above fail for their own reason)', async () => {
    const doc = await extractBuffer(await textPdf(2), { fileName: 'good.pdf' });
    assert.equal(doc.document.pageCount, 2);
    assert.ok(doc.paragraphs.some((p) => p.text.includes('approved the budget')));
  });
});

describe('extraction in a worker thread', () => {
  const limits: ExtractLimits = { maxBytes: 50 * 1024 * 1024, maxPages: 100, timeoutMs: 60_000, maxMemoryMb: 64 };

  it('reports progress page by page and returns the document', async () => {
    const seen: [number, number][] = [];
    const doc = await extractInWorker(await textPdf(3), { fileName: 'three.pdf' }, limits, (done, total) => seen.push([done, total]));
    assert.deepEqual(seen, [[1, 3], [2, 3], [3, 3]]);
    assert.equal(doc.document.pageCount, 3);
    assert.equal(doc.document.source, 'three.pdf');
  });

  it('keeps the error class and code of a refused file', async () => {
    const bytes = await encryptedPdf();
    await assertFails(() => extractInWorker(bytes, { fileName: 'x.pdf' }, limits), { status: 400, code: 'pdf_encrypted', message: /password protected/ });
  });

  it('stops a decompression bomb, then serves the next file', async () => {
    const bomb = bombPdf(1024); // 1 GB of content stream from about 1 MB
    await assert.rejects(() => extractInWorker(bomb, { fileName: 'bomb.pdf' }, limits), (e: unknown) => {
      assert.ok(e instanceof AppError);
      assert.ok(['extract_memory', 'extract_timeout'].includes(e.code), `${e.code}: ${e.message}`);
      return true;
    });
    const doc = await extractInWorker(await textPdf(1), { fileName: 'after.pdf' }, limits);
    assert.equal(doc.document.pageCount, 1);
  });

  it('stops a job at its deadline, and other jobs go on', async () => {
    const bytes = await textPdf(20);
    await assertFails(() => extractInWorker(bytes, { fileName: 'slow.pdf' }, { ...limits, timeoutMs: 1 }), { status: 400, code: 'extract_timeout', message: /longer than/ });
    const doc = await extractInWorker(await textPdf(1), { fileName: 'after.pdf' }, limits);
    assert.equal(doc.document.pageCount, 1);
  });

  it('refuses an oversized file before starting', async () => {
    await assertFails(() => extractInWorker(Buffer.alloc(2048, 0x20), { fileName: 'big.txt' }, { ...limits, maxBytes: 1024 }), { status: 413, code: 'too_large', message: /limit is 1024/ });
  });
});
