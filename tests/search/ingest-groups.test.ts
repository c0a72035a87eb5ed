// Ingesting groups two at a time against a real Meilisearch: the next group is read and built while the one before
// is indexed. Nothing may differ from one call after another: every document stored, results in order, a document
// repeated in the next group replaced after its first version, and a failure surfaced only once the group in
// flight is written.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { ingestGroups } from '../../src/search/ingest-files.ts';
import type { IngestResult } from '../../src/search/ingest.ts';
import type { IngestableDocument } from '../../src/search/records.ts';
import { silentLogger, startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { fixtureDocument } from './fixtures.ts';

let meili: TestMeili;
let engine: SearchEngine;

before(async () => {
  meili = await startTestMeili();
  engine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'ingest_groups', logger: silentLogger });
});
after(async () => {
  await engine?.close();
  await meili?.stop();
});

/** The fixture document under another id (its paragraphs' ids follow), optionally with one paragraph less. */
function copy(name: string, shorter = false): IngestableDocument {
  const doc = fixtureDocument(shorter ? (rows) => rows.slice(1) : undefined, shorter ? `${name}-v2` : name);
  const id = (x: string) => `${x}_${name}`;
  return {
    ...doc, document: { ...doc.document, id: name },
    paragraphs: doc.paragraphs.map((p) => ({ ...p, id: id(p.id) })),
  };
}

async function stored(docId: string): Promise<string[]> {
  return (await engine.service.listDocumentParagraphs(docId)).map((p) => p.id);
}

test('groups come back in order, every document stored whole', async () => {
  const groups = [['g1', 'g2'], ['g3'], ['g4', 'g5'], ['g6']].map((g) => g.map((n) => copy(n)));
  const reported: string[][] = [];
  const results = await ingestGroups(engine.ingester, groups, (done) => reported.push(done.map((r) => r.docId)));
  assert.deepEqual(results.map((r) => r.docId), ['g1', 'g2', 'g3', 'g4', 'g5', 'g6']);
  assert.deepEqual(reported, [['g1', 'g2'], ['g3'], ['g4', 'g5'], ['g6']], 'one report per group, in order');
  assert.ok(results.every((r) => r.status === 'added'));
  for (const g of groups.flat()) assert.deepEqual(await stored(g.document.id), g.paragraphs.map((p) => p.id), g.document.id);
});

test('a document in two groups in a row ends as its second version', async () => {
  const results = await ingestGroups(engine.ingester, [[copy('r1'), copy('r2')], [copy('r1', true)]]);
  assert.deepEqual(results.map((r: IngestResult) => [r.docId, r.status]), [['r1', 'added'], ['r2', 'added'], ['r1', 'replaced']]);
  assert.equal(results[2]!.deleted, 1);
  assert.deepEqual(await stored('r1'), copy('r1', true).paragraphs.map((p) => p.id));
});

test('a failure while the next group is read is thrown after the group in flight is written and reported', async () => {
  const reported: string[] = [];
  async function* groups(): AsyncGenerator<IngestableDocument[]> {
    yield [copy('f1')];
    throw new Error('the second file could not be read');
  }
  await assert.rejects(ingestGroups(engine.ingester, groups(), (done) => reported.push(...done.map((r) => r.docId))), /could not be read/);
  assert.deepEqual(reported, ['f1']);
  assert.deepEqual(await stored('f1'), copy('f1').paragraphs.map((p) => p.id));
});
