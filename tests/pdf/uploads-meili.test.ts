// Uploads end to end against a REAL Meilisearch: a PDF goes in through the API, is extracted in the worker,
// indexed and found by search with its printed page; a new version re-anchors annotations; DELETE orphans them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { openAnnotations, type Annotations } from '../../src/annotations/index.ts';
import { loadConfig } from '../../src/config.ts';
import { openDocuments, type Documents } from '../../src/documents/index.ts';
import { createApp } from '../../src/http/app.ts';
import { openSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { silentLogger, startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { buildMagazine, FIRST_PRINTED_PAGE } from './magazine.ts';

let meili: TestMeili;
let dataDir: string;
let annotations: Annotations;
let engine: SearchEngine;
let documents: Documents;
let app: Express;
const key = { annotator: '', admin: '' };

before(async () => {
  meili = await startTestMeili();
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-uploads-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', EXTRACT_TIMEOUT_MS: '60000' });
  annotations = openAnnotations(dataDir);
  key.annotator = annotations.keys.create('uploader', 'annotator').key;
  key.admin = annotations.keys.create('boss', 'admin').key;
  engine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'uploads_test', logger: silentLogger, listener: annotations.reanchorer });
  documents = openDocuments(config, engine.ingester, silentLogger);
  const { store, keys } = annotations;
  app = createApp({ config, logger: silentLogger, search: engine.service, annotations: store, annotationApi: { store, keys }, documents: documents.service });
});

after(async () => {
  await documents?.close();
  await engine?.close();
  await annotations?.close();
  await meili?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

const auth = (k: string) => ({ Authorization: `Bearer ${k}` });

async function upload(file: Buffer, name: string, type: string, fields: Record<string, string> = {}) {
  let r = request(app).post('/api/documents').set(auth(key.annotator));
  for (const [k, v] of Object.entries(fields)) r = r.field(k, v);
  const res = await r.attach('file', file, { filename: name, contentType: type });
  assert.equal(res.status, 202, JSON.stringify(res.body));
  await documents.service.idle();
  const done = (await request(app).get(`/api/documents/${res.body.id}`)).body;
  assert.equal(done.status, 'done', JSON.stringify(done));
  return done;
}

async function search(q: string): Promise<Array<{ id: string; text: string; page: number | null }>> {
  const res = await request(app).get('/api/search').query({ q, fields: 'text' });
  assert.equal(res.status, 200);
  return res.body.hits;
}

describe('uploads with a real index', () => {
  it('a magazine PDF is searchable with its printed pages', async () => {
    const mag = await buildMagazine();
    const done = await upload(mag.pdf, 'policy-review.pdf', 'application/pdf', { title: 'Policy Review', date: '2020-11' });
    assert.equal(done.counts.pages, 3);
    const [hit] = await search('"thousand election officials"');
    assert.ok(hit, 'found');
    assert.match(hit.text, /Training for several thousand election officials is scheduled to start in January\./);
    assert.equal(hit.page, FIRST_PRINTED_PAGE);
  });

  it('a new version re-anchors annotations; deleting orphans them', async () => {
    const v1 = 'Minutes of the board\n\nThe board approved the budget for the harbour on Monday after a short debate.\n\nThe next meeting is in May.\n';
    const v2 = v1.replace('after a short debate', 'after a long debate');
    const doc = await upload(Buffer.from(v1), 'board-minutes.txt', 'text/plain');
    const [hit] = await search('harbour budget');
    assert.ok(hit);
    const created = await request(app).post('/api/annotations').set(auth(key.annotator))
      .send({ paragraph: hit.id, note: 'Check the amount.', selector: { exact: 'approved the budget' } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const annotation = String(created.body.id).split('/').pop()!;

    await upload(Buffer.from(v2), 'board-minutes.txt', 'text/plain', { replaces: doc.id });
    const [moved] = await search('harbour long debate');
    assert.ok(moved && moved.id !== hit.id, 'the edited paragraph has a new id');
    const after = (await request(app).get(`/api/annotations/${annotation}`).set(auth(key.annotator))).body;
    assert.equal(after.status, 'anchored');
    assert.match(JSON.stringify(after.target), new RegExp(moved.id));

    assert.equal((await request(app).delete(`/api/documents/${doc.id}`).set(auth(key.annotator))).status, 403);
    assert.equal((await request(app).delete(`/api/documents/${doc.id}`).set(auth(key.admin))).status, 204);
    assert.deepEqual(await search('harbour'), []);
    const orphan = (await request(app).get(`/api/annotations/${annotation}`).set(auth(key.annotator))).body;
    assert.equal(orphan.status, 'orphaned');
  });
});
