// extractAny picks the reader by the bytes, not the file name, and keeps the text path as it was.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFile } from '../../src/corpus.ts';
import { NotFoundError } from '../../src/domain/errors.ts';
import { detectKind, extractAny } from '../../src/documents/load.ts';
import { closeWorkers } from '../../src/documents/runner.ts';
import { textPdf } from './hostile.ts';

const dirs: string[] = [];
after(async () => {
  await closeWorkers();
  await Promise.all(dirs.map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function tempFile(name: string, bytes: Buffer | string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-load-'));
  dirs.push(dir);
  const file = path.join(dir, name);
  await fs.writeFile(file, bytes);
  return file;
}

describe('extractAny', () => {
  it('reads a text dump exactly as the text path does', async () => {
    const file = await tempFile('minutes.txt', ' Minutes\n\nThe board approved the budget on Monday.\n\nThe next meeting is in May.\n');
    const [a, b] = [await extractAny(file), await extractFile(file)];
    assert.deepEqual(a.paragraphs.map((p) => p.id), b.paragraphs.map((p) => p.id));
    assert.equal(a.contentHash, b.contentHash);
  });

  it('knows a PDF by its magic bytes whatever its name, and reports pages as they are read', async () => {
    const file = await tempFile('scan-0001.bin', await textPdf(2));
    const seen: number[] = [];
    const doc = await extractAny(file, { onProgress: (done) => seen.push(done), meta: { title: 'Budget minutes' } });
    assert.equal(doc.document.pageCount, 2);
    assert.equal(doc.document.title, 'Budget minutes');
    assert.equal(doc.document.id, 'scan-0001');
    assert.deepEqual(seen, [1, 2]);
  });

  it('refuses a missing file', async () => {
    await assert.rejects(() => extractAny('/nonexistent/report.pdf'), NotFoundError);
  });

  const kinds: [string, Buffer, string][] = [
    ['PDF header', Buffer.from('%PDF-1.7\n'), 'pdf'],
    ['PDF header after junk', Buffer.concat([Buffer.from('junk\r\n'), Buffer.from('%PDF-1.4\n')]), 'pdf'],
    ['UTF-8 text', Buffer.from('Zürich, “quoted”\n'), 'text'],
  ];
  for (const [name, bytes, want] of kinds) it(`detectKind: ${name}`, () => assert.equal(detectKind(bytes), want));
});
