// Issue 12 items 1 and 6, against a real Meilisearch: an upload never replaces a corpus document or another
// person's upload; a replacement that would orphan annotations needs ?confirm=orphan; the document list shows
// strangers only finished documents, without uploader names, hashes or failed uploads.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { openAnnotations, type Annotations } from '../../src/annotations/index.ts';
import { loadConfig } from '../../src/config.ts';
import { extractFile } from '../../src/corpus.ts';
import { openDocuments, type Documents } from '../../src/documents/index.ts';
import { createApp } from '../../src/http/app.ts';
import { openSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { silentLogger, startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { encryptedPdf } from '../pdf/hostile.ts';

const CORPUS_NAME = 'harbour-board-minutes.txt';
const CORPUS_TEXT = [
  'Minutes of the harbour board',
  'The board approved the dredging budget for the north basin after a short debate on Monday morning.',
  'Members asked the port engineer to report on silt levels before the spring tides arrive next year.',
  'The chair closed the meeting and thanked the staff of the harbour office for their careful preparation.',
].join('\n\n') + '\n';
const UPLOAD_V1 = 'Ferry timetable review\n\nThe ferry company will add two crossings on weekday evenings from the first of June this year.\n\nPassengers asked for a later last boat on Fridays and Saturdays during the summer season.\n';
const UPLOAD_V2 = 'Ferry timetable review\n\nThe ferry company will keep the current timetable unchanged until further notice.\n\nPassengers asked for a later last boat on Fridays and Saturdays during the summer season.\n';

let meili: TestMeili;
let dataDir: string;
let annotations: Annotations;
let engine: SearchEngine;
let documents: Documents;
let app: Express;
const key = { ann: '', otto: '', admin: '' };
let corpusId = '';
let corpusParagraphs = 0;

before(async () => {
  meili = await startTestMeili();
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-upload-rights-'));
  const corpusFile = path.join(dataDir, 'corpus', CORPUS_NAME);
  await fs.mkdir(path.dirname(corpusFile));
  await fs.writeFile(corpusFile, CORPUS_TEXT);
  await fs.writeFile(corpusFile.replace('.txt', '.meta.json'), JSON.stringify({ title: 'Harbour board minutes', publisher: 'Port Gazette', year: 2019 }));
  const config = loadConfig({ DATA_DIR: path.join(dataDir, 'data'), LOG_LEVEL: 'silent', EXTRACT_TIMEOUT_MS: '60000' });
  annotations = openAnnotations(config.dataDir);
  key.ann = annotations.keys.create('Ann', 'annotator').key;
  key.otto = annotations.keys.create('Otto', 'annotator').key;
  key.admin = annotations.keys.create('Ada', 'admin').key;
  engine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'upload_rights', logger: silentLogger, listener: annotations.reanchorer });
  const corpusDoc = await extractFile(corpusFile);
  await engine.ingester.ingestDocuments([corpusDoc]);
  corpusId = corpusDoc.document.id;
  corpusParagraphs = corpusDoc.paragraphs.length;
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
function upload(k: string, text: string | Buffer, name: string, fields: Record<string, string> = {}, query = '') {
  let r = request(app).post(`/api/documents${query}`).set(auth(k));
  for (const [f, v] of Object.entries(fields)) r = r.field(f, v);
  return r.attach('file', Buffer.from(text), { filename: name, contentType: name.endsWith('.pdf') ? 'application/pdf' : 'text/plain' });
}
async function done(res: request.Response): Promise<string> {
  assert.equal(res.status, 202, JSON.stringify(res.body));
  await documents.service.idle();
  return res.body.id;
}
const indexed = async (docId: string) => (await engine.service.listDocumentParagraphs(docId)).map((p) => p.text);

let own = '';
describe('who may replace a document', () => {

  it('an upload named like a corpus file gets its own id and leaves the corpus document alone', async () => {
    const res = await upload(key.ann, 'tiny notes about nothing in particular at all today\n', CORPUS_NAME);
    const id = await done(res);
    assert.notEqual(id, corpusId);
    assert.equal((await indexed(corpusId)).length, corpusParagraphs, 'the corpus document keeps its paragraphs');
  });

  it('replaces=<id> needs the uploader or an admin (403 otherwise); corpus documents only an admin', async () => {
    own = await done(await upload(key.ann, UPLOAD_V1, 'ferry.txt', { title: 'Ferry review' }));
    const stranger = await upload(key.otto, UPLOAD_V1 + '\nA third paragraph.\n', 'ferry.txt', { replaces: own });
    assert.equal(stranger.status, 403, JSON.stringify(stranger.body));
    assert.equal(stranger.body.error.code, 'forbidden');
    const corpus = await upload(key.ann, 'A new version of the harbour minutes with other words.\n', CORPUS_NAME, { replaces: corpusId });
    assert.equal(corpus.status, 403, JSON.stringify(corpus.body));
    assert.equal((await indexed(corpusId)).length, corpusParagraphs);
  });

  it('a replacement that would orphan annotations answers 409 with the count, and proceeds with ?confirm=orphan', async () => {
    const p = (await engine.service.listDocumentParagraphs(own)).find((r) => r.text.includes('two crossings'))!;
    const note = await request(app).post('/api/annotations').set(auth(key.otto))
      .send({ paragraph: p.id, selector: { exact: 'add two crossings on weekday evenings' }, verdict: 'false', visibility: 'private' });
    assert.equal(note.status, 201, JSON.stringify(note.body));
    const refused = await upload(key.ann, UPLOAD_V2, 'ferry.txt', { replaces: own });
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'would_orphan');
    assert.equal(refused.body.error.orphaned, 1);
    assert.match(refused.body.error.message, /1 annotation/);
    assert.match(refused.body.error.message, /confirm=orphan/);
    assert.ok((await indexed(own)).some((t) => t.includes('two crossings')), 'nothing was replaced');
    const id = await done(await upload(key.ann, UPLOAD_V2, 'ferry.txt', { replaces: own }, '?confirm=orphan'));
    assert.equal(id, own);
    assert.ok((await indexed(own)).some((t) => t.includes('timetable unchanged')));
    const orphan = await request(app).get(`/api/annotations/${String(note.body.id).split('/').pop()}`).set(auth(key.otto));
    assert.equal(orphan.body.status, 'orphaned');
  });

  it('an admin may replace a corpus document', async () => {
    const id = await done(await upload(key.admin, CORPUS_TEXT.replace('short debate', 'long debate'), CORPUS_NAME,
      { replaces: corpusId, title: 'Harbour board minutes', publisher: 'Port Gazette', date: '2019' }));
    assert.equal(id, corpusId);
    assert.ok((await indexed(corpusId)).some((t) => t.includes('long debate')));
  });

  it('the same bytes uploaded by someone else give the public view, never the uploader or hash', async () => {
    const res = await upload(key.otto, UPLOAD_V2, 'copy.txt');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.id, own);
    assert.equal(res.body.uploadedBy, undefined);
    assert.equal(res.body.contentHash, undefined);
  });
});

describe('the document list', () => {
  let failed = '';
  before(async () => {
    const res = await upload(key.ann, await encryptedPdf(), 'locked.pdf');
    failed = await done(res);
  });

  it('without a key: finished documents only (corpus and uploads), with title, publisher, date and counts', async () => {
    const res = await request(app).get('/api/documents');
    assert.equal(res.status, 200);
    const docs = res.body.documents as Record<string, unknown>[];
    const ids = docs.map((d) => d.id);
    assert.ok(ids.includes(corpusId));
    assert.ok(!ids.includes(failed), 'failed uploads are not listed');
    const corpus = docs.find((d) => d.id === corpusId)!;
    assert.equal(corpus.title, 'Harbour board minutes');
    assert.equal(corpus.publisher, 'Port Gazette');
    assert.equal(corpus.year, 2019);
    assert.equal((corpus.counts as { paragraphs: number }).paragraphs, corpusParagraphs);
    assert.doesNotMatch(JSON.stringify(res.body), /uploadedBy|contentHash|fileName|"Ann"|"Ada"|[0-9a-f]{64}|failed/);
    assert.equal((await request(app).get(`/api/documents/${failed}`)).status, 404, 'a failed upload is not shown to strangers');
  });

  it('with a key: the caller\'s own uploads in full; an admin sees all', async () => {
    const mine = (await request(app).get('/api/documents').set(auth(key.ann))).body.documents as Record<string, unknown>[];
    const lockedForAnn = mine.find((d) => d.id === failed);
    assert.equal(lockedForAnn?.status, 'failed');
    assert.equal(lockedForAnn?.uploadedBy, 'Ann');
    const otto = (await request(app).get('/api/documents').set(auth(key.otto))).body.documents as Record<string, unknown>[];
    assert.ok(!otto.some((d) => d.id === failed));
    const admin = (await request(app).get('/api/documents').set(auth(key.admin))).body.documents as Record<string, unknown>[];
    assert.equal(admin.find((d) => d.id === failed)?.status, 'failed');
    assert.ok(admin.some((d) => d.id === corpusId));
    assert.equal((await request(app).get(`/api/documents/${failed}`).set(auth(key.ann))).body.errorCode, 'pdf_encrypted');
  });
});
