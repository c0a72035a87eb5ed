// Uploads API (src/http/documents.ts + src/documents/service.ts) with real extraction and an index that
// records what it is asked (the real Meilisearch path is in uploads-meili.test.ts).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import express from 'express';
import request from 'supertest';
import pino from 'pino';
import type { KeyResolver } from '../../src/annotations/keys.ts';
import type { Principal } from '../../src/annotations/model.ts';
import { extractBuffer } from '../../src/documents/load.ts';
import { DocumentService, type DocumentIndex } from '../../src/documents/service.ts';
import { DocumentStore } from '../../src/documents/store.ts';
import { documentsRouter } from '../../src/http/documents.ts';
import { errorHandler } from '../../src/http/errors.ts';
import { encryptedPdf, textPdf } from './hostile.ts';

const logger = pino({ level: 'silent' });
const KEYS: Record<string, Principal> = {
  'reader-key': { keyId: 'k1', name: 'Reader', role: 'reader' },
  'annotator-key': { keyId: 'k2', name: 'Annie', role: 'annotator' },
  'admin-key': { keyId: 'k3', name: 'Ada', role: 'admin' },
};
const keys: KeyResolver = { resolve: (key: string) => KEYS[key] ?? null } as KeyResolver;
const MAX_BYTES = 200_000;

class RecordingIndex implements DocumentIndex {
  ingested: string[] = [];
  deleted: string[] = [];
  private docs = new Map<string, { id: string; title: string; pageCount: number; paragraphCount: number; articles: unknown[] }>();
  async ingestDocuments(docs: Array<{ document: { id: string; title: string; pageCount: number }; paragraphs: unknown[]; articles: unknown[] }>): Promise<unknown> {
    this.ingested.push(...docs.map((d) => d.document.id));
    for (const d of docs) this.docs.set(d.document.id, { ...d.document, paragraphCount: d.paragraphs.length, articles: d.articles });
    return [];
  }
  async deleteDocument(id: string): Promise<boolean> {
    this.deleted.push(id);
    return this.docs.delete(id);
  }
  async listDocuments() {
    return [...this.docs.values()];
  }
}

let store: DocumentStore;
let index: RecordingIndex;
let service: DocumentService;
let app: express.Express;
let pdf: Buffer;

before(async () => {
  store = new DocumentStore(':memory:');
  index = new RecordingIndex();
  service = new DocumentService(store, index, (bytes, job, onProgress) => extractBuffer(bytes, { ...job, ...(onProgress ? { onProgress } : {}) }), logger);
  app = express();
  app.use('/api/documents', documentsRouter({ service, keys, maxBytes: MAX_BYTES }));
  app.use(errorHandler(logger));
  pdf = await textPdf(2);
});
after(() => store.close());

function post(key: string | null, file: Buffer, opts: { name?: string; type?: string; fields?: Record<string, string> } = {}) {
  let r = request(app).post('/api/documents');
  if (key) r = r.set('Authorization', `Bearer ${key}`);
  for (const [k, v] of Object.entries(opts.fields ?? {})) r = r.field(k, v);
  return r.attach('file', file, { filename: opts.name ?? 'report.pdf', contentType: opts.type ?? 'application/pdf' });
}

describe('POST /api/documents refuses', () => {
  const cases: { name: string; key: string | null; file?: () => Buffer; opts?: Parameters<typeof post>[2]; status: number; code: string }[] = [
    { name: 'no key', key: null, status: 401, code: 'unauthorized' },
    { name: 'a reader key', key: 'reader-key', status: 403, code: 'forbidden' },
    { name: 'a PDF declared as text', key: 'annotator-key', opts: { type: 'text/plain' }, status: 415, code: 'type_mismatch' },
    { name: 'text declared as a PDF', key: 'annotator-key', file: () => Buffer.from('plain words\n'), status: 415, code: 'type_mismatch' },
    { name: 'a type we do not read', key: 'annotator-key', opts: { type: 'image/png' }, status: 415, code: 'unsupported_type' },
    { name: 'a file over the size cap', key: 'annotator-key', file: () => Buffer.concat([pdf, Buffer.alloc(MAX_BYTES)]), status: 413, code: 'too_large' },
    { name: 'a bad date', key: 'annotator-key', opts: { fields: { date: 'last week' } }, status: 400, code: 'invalid_field' },
    { name: 'an unknown field', key: 'annotator-key', opts: { fields: { colour: 'red' } }, status: 400, code: 'invalid_field' },
    { name: 'a new version of an unknown document', key: 'annotator-key', opts: { fields: { replaces: 'no-such-doc' } }, status: 404, code: 'not_found' },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const res = await post(c.key, c.file?.() ?? pdf, c.opts);
      assert.equal(res.status, c.status, JSON.stringify(res.body));
      assert.equal(res.body.error.code, c.code);
    });
  }

  it('a request without a file', async () => {
    const res = await request(app).post('/api/documents').set('Authorization', 'Bearer annotator-key').field('title', 'x');
    assert.equal(res.status, 400);
    assert.equal(res.body.error.code, 'file_required');
  });
});

describe('upload lifecycle', () => {
  let id = '';

  it('answers 202 with the queued record, then extracts and indexes off the request', async () => {
    const res = await post('annotator-key', pdf, { fields: { title: 'Budget minutes', publisher: 'Town Hall', date: '2021-03-04', url: 'https://example.org/m' } });
    assert.equal(res.status, 202);
    id = res.body.id;
    assert.equal(res.body.status, 'queued');
    assert.equal(res.headers.location, `/api/documents/${id}`);
    await service.idle();
    const done = (await request(app).get(`/api/documents/${id}`).set('Authorization', 'Bearer annotator-key')).body;
    assert.equal(done.status, 'done');
    assert.deepEqual(done.counts, { pagesDone: 2, pages: 2, paragraphs: done.counts.paragraphs, articles: done.counts.articles });
    assert.ok(done.counts.paragraphs >= 1);
    assert.equal(typeof done.stats.hyphens, 'number');
    assert.equal(done.meta.publisher, 'Town Hall');
    assert.equal(done.meta.year, 2021);
    assert.equal(done.uploadedBy, 'Annie');
    assert.deepEqual(index.ingested, [id]);
  });

  it('gives the existing record for the same bytes', async () => {
    const res = await post('annotator-key', pdf, { name: 'copy.pdf' });
    assert.equal(res.status, 200);
    assert.equal(res.body.id, id);
    assert.equal(index.ingested.length, 1);
  });

  it('takes a new version of a document under the same id', async () => {
    const res = await post('annotator-key', await textPdf(3), { fields: { replaces: id } });
    assert.equal(res.status, 202);
    assert.equal(res.body.id, id);
    await service.idle();
    const v2 = (await request(app).get(`/api/documents/${id}`).set('Authorization', 'Bearer annotator-key')).body;
    assert.equal(v2.version, 2);
    assert.equal(v2.counts.pages, 3);
    assert.deepEqual(index.ingested, [id, id]);
  });

  it('records why a file failed', async () => {
    const res = await post('annotator-key', await encryptedPdf(), { name: 'locked.pdf' });
    assert.equal(res.status, 202);
    await service.idle();
    const failed = (await request(app).get(`/api/documents/${res.body.id}`).set('Authorization', 'Bearer annotator-key')).body;
    assert.equal(failed.status, 'failed');
    assert.equal(failed.errorCode, 'pdf_encrypted');
    assert.match(failed.error, /password protected/);
  });

  it('lists finished documents without a key, and the caller\'s own uploads (failed ones too) with one', async () => {
    const res = await request(app).get('/api/documents');
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.documents.map((d: { id: string }) => d.id), [id]);
    const mine = await request(app).get('/api/documents').set('Authorization', 'Bearer annotator-key');
    assert.deepEqual(mine.body.documents.map((d: { id: string }) => d.id).sort(), [id, 'locked'].sort());
  });

  it('deletes for admins only, and then the document is gone', async () => {
    assert.equal((await request(app).delete(`/api/documents/${id}`).set('Authorization', 'Bearer annotator-key')).status, 403);
    assert.equal((await request(app).delete(`/api/documents/${id}`).set('Authorization', 'Bearer admin-key')).status, 204);
    assert.deepEqual(index.deleted, [id]);
    assert.equal((await request(app).get(`/api/documents/${id}`)).status, 404);
    assert.equal((await request(app).delete('/api/documents/never-was').set('Authorization', 'Bearer admin-key')).status, 404);
  });

  it('fails records a restart left unfinished', () => {
    store.saveQueued({ id: 'stuck', fileName: 'stuck.pdf', kind: 'pdf', bytes: 1, contentHash: 'x', meta: {}, uploadedBy: null });
    new DocumentService(store, index, () => Promise.reject(new Error('unused')), logger);
    const row = store.get('stuck');
    assert.equal(row?.status, 'failed');
    assert.equal(row?.errorCode, 'interrupted');
  });
});
