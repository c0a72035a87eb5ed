// The library routes against a real Meilisearch: GET /api/documents lists corpus reports and uploads with their
// counts, GET /api/documents/:id/file serves the original, exports in Markdown with repeated filters, and the
// fact-check page /a/:id carries its ClaimReview as JSON-LD that nothing in a note can break out of.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { openAnnotations, type Annotations } from '../../src/annotations/index.ts';
import { loadConfig } from '../../src/config.ts';
import { openDocuments, type Documents } from '../../src/documents/index.ts';
import { createApp } from '../../src/http/app.ts';
import { openSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { corpusFiles, ingestFiles } from '../../src/search/ingest-files.ts';
import { silentLogger, startTestMeili, type TestMeili } from '../helpers/meili.ts';

const CORPUS_TEXT = [
  'Quarterly harbour bulletin',
  '',
  'Tide tables revised for the spring',
  '',
  'By Ada Pell',
  '',
  'The harbour office has revised its tide tables for the spring after a survey of the outer channel found new sandbanks near the breakwater.',
  '',
  '"The channel is narrower than the charts say," said Tom Reeve, the harbour master. Pilots will guide larger boats until new buoys are laid.',
  '',
].join('\n');
const UPLOAD_TEXT = 'Minutes of the lantern committee\n\nThe committee agreed to relight the quay lanterns before the spring tides, at a cost to be published later.\n\nThe next meeting is in May.\n';
/** A note that tries to close the script element it is embedded in. */
const HOSTILE_NOTE = 'Wrong figure </script><script>alert(1)</script> & more';

let meili: TestMeili;
let dataDir: string;
let corpusDir: string;
let annotations: Annotations;
let engine: SearchEngine;
let documents: Documents;
let app: Express;
let uploadId = '';
const key = { annotator: '' };
const auth = (k: string) => ({ Authorization: `Bearer ${k}` });

before(async () => {
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--quiet'], { stdio: 'inherit' });
  meili = await startTestMeili();
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-library-'));
  corpusDir = path.join(dataDir, 'corpus');
  await fs.mkdir(corpusDir);
  await fs.writeFile(path.join(corpusDir, 'harbour-bulletin.txt'), CORPUS_TEXT);
  await fs.writeFile(path.join(corpusDir, 'harbour-bulletin.meta.json'), JSON.stringify({ title: 'Harbour bulletin', publisher: 'Harbour Office', year: 2021, date: '2021-03' }));
  const config = loadConfig({ DATA_DIR: dataDir, CORPUS_DIR: corpusDir, LOG_LEVEL: 'silent' });
  annotations = openAnnotations(dataDir);
  key.annotator = annotations.keys.create('uploader', 'annotator').key;
  engine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'library_test', logger: silentLogger, listener: annotations.reanchorer });
  await ingestFiles(engine.ingester, await corpusFiles(corpusDir), silentLogger);
  documents = openDocuments(config, engine.ingester, silentLogger);
  const { store, keys } = annotations;
  app = createApp({ config, logger: silentLogger, search: engine.service, annotations: store, annotationApi: { store, keys }, documents: documents.service });
  const res = await request(app).post('/api/documents').set(auth(key.annotator)).field('title', 'Lantern minutes').attach('file', Buffer.from(UPLOAD_TEXT), { filename: 'lantern-minutes.txt', contentType: 'text/plain' });
  assert.equal(res.status, 202, JSON.stringify(res.body));
  uploadId = res.body.id;
  await documents.service.idle();
});

after(async () => {
  await documents?.close();
  await engine?.close();
  await annotations?.close();
  await meili?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

interface Entry { id: string; title: string; origin: string; publisher?: string; date?: string; pages?: number; paragraphs?: number; annotations: number; articles: { id: string }[]; file: { url: string; kind: string } | null }

async function list(k?: string): Promise<Entry[]> {
  const res = await (k ? request(app).get('/api/documents').set(auth(k)) : request(app).get('/api/documents'));
  assert.equal(res.status, 200);
  return res.body.documents;
}

async function firstParagraph(docId: string): Promise<{ id: string; text: string }> {
  const res = await request(app).get('/api/search').query({ q: '', sort: 'document', limit: 100, fields: 'text' });
  const hit = (res.body.hits as { id: string; text: string; document: { id: string } }[]).find((h) => h.document.id === docId && h.text.length > 60);
  assert.ok(hit, `a paragraph of ${docId}`);
  return hit;
}

describe('GET /api/documents', () => {
  it('lists the corpus report and the upload, with publisher, date, pages, articles, paragraphs and notes', async () => {
    const docs = await list();
    const corpus = docs.find((d) => d.id === 'harbour-bulletin');
    const upload = docs.find((d) => d.id === uploadId);
    assert.ok(corpus && upload, JSON.stringify(docs.map((d) => d.id)));
    assert.equal(corpus.origin, 'corpus');
    assert.equal(corpus.title, 'Harbour bulletin');
    assert.equal(corpus.publisher, 'Harbour Office');
    assert.equal(corpus.date, '2021-03');
    const paragraphs = (await request(app).get('/api/search').query({ q: '', limit: 0 })).body.total as number;
    assert.equal((corpus.paragraphs ?? 0) + (upload.paragraphs ?? 0), paragraphs, 'paragraph counts add up to the index');
    assert.ok(corpus.articles.length >= 1);
    assert.equal(upload.origin, 'upload');
    assert.equal(corpus.annotations, 0);
    const p = await firstParagraph('harbour-bulletin');
    const created = await request(app).post('/api/annotations').set(auth(key.annotator)).send({ paragraph: p.id, note: 'counted' });
    assert.equal(created.status, 201);
    assert.equal((await list()).find((d) => d.id === 'harbour-bulletin')?.annotations, 1);
  });

  it('shows upload details (uploader, hash) to keyholders only', async () => {
    const anonymous = await list();
    assert.doesNotMatch(JSON.stringify(anonymous), /contentHash|uploadedBy|fileName/);
    const upload = anonymous.find((d) => d.id === uploadId);
    assert.equal(upload?.origin, 'upload', 'an upload is an upload for everyone');
    assert.deepEqual(upload?.file, { url: `/api/documents/${uploadId}/file`, kind: 'text' });
    const mine = (await list(key.annotator)).find((d) => d.id === uploadId) as Entry & { uploadedBy?: string; contentHash?: string };
    assert.equal(mine.uploadedBy, 'uploader');
    assert.match(mine.contentHash ?? '', /^[0-9a-f]{64}$/);
  });
});

describe('GET /api/documents/:id/file', () => {
  it('serves the corpus file and the uploaded bytes as they were', async () => {
    const corpus = await request(app).get('/api/documents/harbour-bulletin/file').buffer(true);
    assert.equal(corpus.status, 200);
    assert.match(corpus.headers['content-type'] ?? '', /^text\/plain/);
    assert.equal(corpus.text, CORPUS_TEXT);
    const upload = await request(app).get(`/api/documents/${uploadId}/file`).buffer(true);
    assert.equal(upload.status, 200);
    assert.equal(upload.text, UPLOAD_TEXT);
    assert.equal(statSync(path.join(dataDir, 'files', uploadId)).mode & 0o777, 0o600, 'kept for the owner only');
  });

  it('answers 404 for unknown and malformed ids, never a path outside the folders', async () => {
    for (const id of ['no-such-doc', '..%2F..%2Fetc%2Fpasswd', 'a b']) {
      const res = await request(app).get(`/api/documents/${id}/file`);
      assert.equal(res.status, 404, id);
      assert.ok(res.body.error, id);
    }
  });
});

describe('exports and the fact-check page', () => {
  it('exports Markdown, and repeated verdicts keep any of them', async () => {
    const p = await firstParagraph(uploadId);
    const exact = p.text.split(' ').slice(0, 4).join(' ');
    for (const [verdict, note] of [['false', 'Not so: [link](http://x)'], ['misleading', 'Half of it'], ['true', 'Right']]) {
      const res = await request(app).post('/api/annotations').set(auth(key.annotator)).send({ paragraph: p.id, note, verdict, selector: { exact } });
      assert.equal(res.status, 201);
    }
    const md = await request(app).get('/api/annotations/export').query('format=md&verdict=false&verdict=misleading');
    assert.equal(md.status, 200);
    assert.match(md.headers['content-type'] ?? '', /^text\/markdown/);
    assert.match(md.headers['content-disposition'] ?? '', /\.md"?$/);
    assert.match(md.text, /^# Annotations\n\n2 annotations\./);
    assert.match(md.text, /\*\*false\*\*/);
    assert.match(md.text, /\*\*misleading\*\*/);
    assert.doesNotMatch(md.text, /\*\*true\*\*/);
    assert.match(md.text, /Not so: \\\[link\\\]\\\(http:\/\/x\\\)/, 'Markdown in a note is escaped, not a link');
    const csv = await request(app).get('/api/annotations/export').query('format=csv&verdict=true');
    assert.equal(csv.text.trim().split('\r\n').length, 2);
    const bad = await request(app).get('/api/annotations/export').query('format=md&verdict=nonsense');
    assert.equal(bad.status, 400);
  });

  it('/a/:id embeds the ClaimReview in the page; a note cannot close the script element', async () => {
    const p = await firstParagraph('harbour-bulletin');
    const created = await request(app).post('/api/annotations').set(auth(key.annotator)).set('Host', 'desk.example').send({ paragraph: p.id, note: HOSTILE_NOTE, verdict: 'false' });
    const id = String(created.body.id).split('/').pop();
    const page = await request(app).get(`/a/${id}`).set('Accept', 'text/html').set('Host', 'desk.example');
    assert.equal(page.status, 200);
    const blocks = [...page.text.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    assert.equal(blocks.length, 1);
    assert.equal((page.text.match(/<script/g) ?? []).length, 2, 'the page script and the JSON-LD, nothing injected');
    const review = JSON.parse(blocks[0]![1]!) as { '@type': string; url: string; reviewBody: string };
    assert.equal(review['@type'], 'ClaimReview');
    assert.equal(review.url, `http://desk.example/a/${id}`);
    assert.equal(review.reviewBody, HOSTILE_NOTE);
    const claim = await request(app).get(`/api/annotations/${id}/claimreview`).set('Host', 'desk.example');
    assert.equal(claim.body.url, review.url, 'the API and the page agree on the url');
    const json = await request(app).get(`/a/${id}`).set('Accept', 'application/json');
    assert.equal(json.status, 404, 'JSON clients get no page');
    const missing = await request(app).get('/a/an_0123456789abcdef01234567').set('Accept', 'text/html');
    assert.equal(missing.status, 404);
    assert.doesNotMatch(missing.text, /application\/ld\+json/);
  });
});
