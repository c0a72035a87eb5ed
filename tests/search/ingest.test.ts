// Ingestion against a real Meilisearch: idempotence, replacement, deletion, listeners, failed tasks, settings.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { UpstreamError } from '../../src/domain/errors.ts';
import type { DocumentReplacedListener, ParagraphRecord } from '../../src/domain/ports.ts';
import { openSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { applyIndexSettings } from '../../src/search/settings.ts';
import { waitTasks } from '../../src/search/meili-client.ts';
import { silentLogger, startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { corpusDocument, fixtureDocument, FIXTURE_DOC } from './fixtures.ts';

let meili: TestMeili;
let engine: SearchEngine;
const calls: Array<{ kind: 'replaced' | 'deleted'; docId: string; before: ParagraphRecord[]; after?: ParagraphRecord[] }> = [];
const listener: DocumentReplacedListener = {
  onDocumentReplaced: (docId, before, after) => void calls.push({ kind: 'replaced', docId, before, after }),
  onDocumentDeleted: (docId, before) => void calls.push({ kind: 'deleted', docId, before }),
};

before(async () => {
  meili = await startTestMeili();
  engine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'ingest_test', logger: silentLogger, listener });
});
after(async () => {
  await engine?.close();
  await meili?.stop();
});

async function storedIds(docId: string): Promise<string[]> {
  return (await engine.service.listDocumentParagraphs(docId)).map((p) => p.id);
}

test('ingesting the corpus twice keeps the same ids and count; the second time is skipped', async () => {
  const doc = await corpusDocument();
  const [first] = await engine.ingester.ingestDocuments([doc]);
  assert.equal(first?.status, 'added');
  assert.equal(first?.paragraphs, doc.paragraphs.length);
  const ids = await storedIds(doc.document.id);
  assert.deepEqual(ids, doc.paragraphs.map((p) => p.id), 'stored in document order with the extraction ids');
  const [second] = await engine.ingester.ingestDocuments([await corpusDocument()]);
  assert.equal(second?.status, 'unchanged');
  assert.deepEqual(await storedIds(doc.document.id), ids);
  assert.equal((await engine.service.health()).paragraphs, ids.length);
  assert.equal(calls.length, 0, 'no listener call for a new or unchanged document');
});

test('a changed document adds new paragraphs, deletes vanished ones, and tells the listener', async () => {
  await engine.ingester.ingestDocuments([fixtureDocument()]);
  const before = await storedIds(FIXTURE_DOC);
  const changed = fixtureDocument((rows) => {
    const out = rows.filter((r) => r[3] !== 'A quokka on the ferry deck.');
    out.push([1, 'body', 3, 'A new closing paragraph about wombats.', []]);
    return out;
  }, 'fixture-v2');
  const [result] = await engine.ingester.ingestDocuments([changed]);
  assert.equal(result?.status, 'replaced');
  assert.equal(result?.added, 1);
  assert.equal(result?.deleted, 1);
  const after = await storedIds(FIXTURE_DOC);
  assert.deepEqual(after, changed.paragraphs.map((p) => p.id));
  assert.equal(after.length, before.length);
  const call = calls.at(-1);
  assert.equal(call?.kind, 'replaced');
  assert.deepEqual(call?.before.map((p) => p.id), before);
  assert.deepEqual(call?.after?.map((p) => p.id), after);
  assert.ok(call?.before.every((p) => !('speakerRoles' in p)), 'listeners get ParagraphRecords, not index internals');
});

test('the same file with a different extraction result is re-indexed (fingerprint, not only the file hash)', async () => {
  const doc = fixtureDocument((rows) => rows.map((r) => (r[1] === 'caption' ? [r[0], r[1], r[2], 'A quokka on the ferry deck, smiling.', r[4]] : r)));
  const [result] = await engine.ingester.ingestDocuments([doc]);
  assert.equal(result?.status, 'replaced');
  assert.deepEqual(await storedIds(FIXTURE_DOC), doc.paragraphs.map((p) => p.id));
});

test('ParagraphLookup returns stored records, null for unknown ids', async () => {
  const doc = fixtureDocument();
  await engine.ingester.ingestDocuments([doc]);
  const p = doc.paragraphs[2]!;
  const got = await engine.service.getParagraph(p.id);
  assert.equal(got?.text, p.text);
  assert.deepEqual(got?.speakers, p.speakers);
  assert.equal(got?.docId, FIXTURE_DOC);
  assert.equal(got?.articleTitle, doc.articles[0]?.title);
  assert.equal(got?.position, 2);
  assert.equal(got?.publisher, 'Fixture Press');
  assert.equal(await engine.service.getParagraph('p_0000000000000000'), null);
});

test('deleteDocument removes its paragraphs and record, and reports them to the listener', async () => {
  const ids = await storedIds(FIXTURE_DOC);
  assert.ok(ids.length > 0);
  assert.equal(await engine.ingester.deleteDocument(FIXTURE_DOC), true);
  assert.deepEqual(await storedIds(FIXTURE_DOC), []);
  const call = calls.at(-1);
  assert.equal(call?.kind, 'deleted');
  assert.deepEqual(call?.before.map((p) => p.id), ids);
  assert.equal(await engine.ingester.deleteDocument(FIXTURE_DOC), false);
  assert.ok(!(await engine.service.listArticles()).some((a) => a.docId === FIXTURE_DOC));
});

test('a failed Meilisearch task is an UpstreamError carrying its message', async () => {
  const bad = fixtureDocument();
  bad.paragraphs[0] = { ...bad.paragraphs[0]!, id: 'not a valid id!' };
  await assert.rejects(engine.ingester.ingestDocuments([bad]), (e: unknown) => {
    assert.ok(e instanceof UpstreamError);
    assert.match(e.message, /invalid_document_id/);
    return true;
  });
  assert.deepEqual(await storedIds(FIXTURE_DOC), [], 'nothing of the failed batch is stored');
  assert.ok(!(await engine.service.listArticles()).some((a) => a.docId === FIXTURE_DOC), 'no document record either');
});

test('settings are applied only when they differ', async () => {
  const settings = engine.indexConfig.settings;
  const client = engine.connection.client;
  await waitTasks(client, [await client.index('ingest_test').updateSettings({ searchableAttributes: ['text'] })]);
  assert.equal(await applyIndexSettings(client, 'ingest_test', settings), true, 'a drifted setting is restored');
  assert.equal(await applyIndexSettings(client, 'ingest_test', settings), false);
  const stored = await client.index('ingest_test').getSettings();
  assert.deepEqual(stored.searchableAttributes, ['text', 'searchForm', 'speakers', 'articleTitle']);
  assert.deepEqual(stored.synonyms, {}, 'no document\'s spellings in the index settings');
});

test('a document\'s synonym groups apply to that document while it is indexed, never as index synonyms', async () => {
  const client = engine.connection.client;
  const search = async (q: string) => (await engine.service.search(
    { q, speakers: [], articles: [], kinds: [], pages: [], limit: 20, offset: 0, sort: 'relevance', verdicts: [], fields: ['text'] }, { baseUrl: 'http://x' },
  )).hits.map((h) => h.text ?? '');
  assert.ok((await search('mazhilis')).some((t) => /\bMajilis\b/.test(t)), 'the corpus metadata carries mazhilis ~ majilis');
  const doc = fixtureDocument(undefined, 'fixture-synonyms');
  doc.document = { ...doc.document, synonyms: [['setonix', 'Quokka']] };
  await engine.ingester.ingestDocuments([doc]);
  assert.deepEqual(await client.index('ingest_test').getSynonyms(), {});
  for (const q of ['"setonix on the ferry"', '"quokka on the ferry"']) {
    const hits = await search(q);
    assert.ok(hits.some((t) => t.startsWith('A quokka on the ferry')), `${q} finds it: ${hits.join(' | ')}`);
  }
  await engine.ingester.deleteDocument(FIXTURE_DOC);
  assert.deepEqual(await search('setonix'), []);
});

test('a small forced batch size indexes the corpus in many payloads, reports progress per payload, loses nothing', async () => {
  const small = await openSearchEngine({
    url: meili.url, key: meili.key, index: 'ingest_batches', logger: silentLogger, batch: { maxRecords: 7, maxBytes: 4096 },
  });
  try {
    const doc = await corpusDocument();
    const progress: number[] = [];
    const [result] = await small.ingester.ingestDocuments([doc], (p) => progress.push(p.indexed));
    assert.equal(result?.status, 'added');
    assert.ok(progress.length >= Math.ceil(doc.paragraphs.length / 7), `${progress.length} payloads`);
    assert.deepEqual(progress, [...progress].sort((a, b) => a - b), 'progress only grows');
    assert.equal(progress.at(-1), doc.paragraphs.length);
    const tasks = await small.connection.client.tasks.getTasks({ indexUids: ['ingest_batches'], types: ['documentAdditionOrUpdate'], limit: 1000 });
    assert.equal(tasks.results.length, progress.length, 'one task per payload');
    assert.deepEqual((await small.service.listDocumentParagraphs(doc.document.id)).map((p) => p.id), doc.paragraphs.map((p) => p.id));
  } finally {
    await small.close();
  }
});
