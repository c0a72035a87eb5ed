// Uploads in flight are limited: beyond UPLOAD_CONCURRENCY uploads received or waiting for extraction, requests
// wait (up to UPLOAD_QUEUE of them) and the rest get 503 with Retry-After; files are spooled to disk, not kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import type { KeyResolver } from '../../src/annotations/keys.ts';
import type { Extracted } from '../../src/documents/load.ts';
import { extractBuffer } from '../../src/documents/load.ts';
import { DocumentService } from '../../src/documents/service.ts';
import { DocumentStore } from '../../src/documents/store.ts';
import { documentsRouter } from '../../src/http/documents.ts';
import { errorHandler } from '../../src/http/errors.ts';

const logger = pino({ level: 'silent' });
const PROSE = 'The council met on Tuesday and agreed to widen the road past the school. ';

test('one upload in flight, one waiting, the third refused with 503 and Retry-After; the waiting one goes through', async () => {
  const keys = { resolve: (k: string) => (k === 'key' ? { keyId: 'k', name: 'Annie', role: 'annotator' as const } : null) } as KeyResolver;
  const store = new DocumentStore(':memory:');
  const index = { ingestDocuments: async () => [], deleteDocument: async () => false, listDocuments: async () => [] };
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const extract = async (bytes: Uint8Array, job: { fileName: string; id?: string }): Promise<Extracted> => {
    await held; // extraction is slow: the first upload stays in flight until released
    return extractBuffer(bytes, job);
  };
  const service = new DocumentService(store, index, extract, logger);
  const app = express();
  app.use('/api/documents', documentsRouter({ service, keys, maxBytes: 1_000_000, gate: { maxInFlight: 1, maxQueued: 1 } }));
  app.use(errorHandler(logger));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/documents`;
  const spoolBefore = new Set(await fs.readdir(os.tmpdir()));
  const post = (n: number) => {
    const form = new FormData();
    form.append('file', new Blob([PROSE.repeat(20) + `Number ${n}.`], { type: 'text/plain' }), `report-${n}.txt`);
    return fetch(url, { method: 'POST', body: form, headers: { Authorization: 'Bearer key' } });
  };
  try {
    const first = await post(1);
    assert.equal(first.status, 202, await first.text());
    assert.equal(service.pending(), 1);
    const second = post(2); // waits: the first is still being extracted
    await new Promise((r) => setTimeout(r, 300));
    const third = await post(3);
    assert.equal(third.status, 503);
    assert.ok(Number(third.headers.get('retry-after')) > 0, 'Retry-After is set');
    const body = (await third.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'busy');
    assert.match(body.error.message, /too many uploads/);
    release();
    const admitted = await second;
    assert.equal(admitted.status, 202, await admitted.text());
    await service.idle();
    assert.deepEqual((store.list()).map((r) => r.status).sort(), ['done', 'done']);
    const left = (await fs.readdir(os.tmpdir())).filter((f) => !spoolBefore.has(f) && /^[0-9a-f]{32}$/.test(f));
    assert.deepEqual(left, [], 'spooled files are removed');
  } finally {
    release();
    server.close();
    store.close();
  }
});

test('a text dump over the text limit is refused at once with 413 (it would not finish within the time limit)', async () => {
  const keys = { resolve: (k: string) => (k === 'key' ? { keyId: 'k', name: 'Annie', role: 'annotator' as const } : null) } as KeyResolver;
  const store = new DocumentStore(':memory:');
  const index = { ingestDocuments: async () => [], deleteDocument: async () => false, listDocuments: async () => [] };
  const service = new DocumentService(store, index, (bytes, job) => extractBuffer(bytes, job), logger);
  const app = express();
  app.use('/api/documents', documentsRouter({ service, keys, maxBytes: 1_000_000, maxTextBytes: 10_000 }));
  app.use(errorHandler(logger));
  const res = await request(app).post('/api/documents').set('Authorization', 'Bearer key')
    .attach('file', Buffer.from(PROSE.repeat(200)), { filename: 'long.txt', contentType: 'text/plain' });
  assert.equal(res.status, 413, JSON.stringify(res.body));
  assert.equal(res.body.error.code, 'too_large');
  assert.match(res.body.error.message, /UPLOAD_MAX_TEXT_MB/);
  assert.equal(store.list().length, 0);
  store.close();
});
