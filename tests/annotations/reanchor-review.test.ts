// Issue 12 item 2: re-anchoring never moves a note onto different words without review. Invented paragraphs of
// one document go through three versions: a passage deleted (its note must not be fuzzily moved to similar words
// elsewhere), a quote reworded (the note keeps the quote it was written on and needs review), and the deleted
// passage restored (orphans re-attach on their exact text). A note an older version moved wrongly is recovered.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import request from 'supertest';
import type { ParagraphRecord } from '../../src/domain/ports.ts';
import { annotationsDbPath, openDatabase } from '../../src/annotations/db.ts';
import { MIGRATIONS } from '../../src/annotations/migrations.ts';
import { AnnotationReanchorer } from '../../src/annotations/reanchor.ts';
import { AnnotationStore } from '../../src/annotations/store.ts';
import { auth, makeEnv, tempDir, type TestEnv } from './helpers.ts';

const DOC = 'doc-review';
const TEXTS = {
  opening: 'Opening remarks on the reform agenda were brief, and the chamber moved quickly to questions from members.',
  institute: 'The new parliamentary opposition institute will train staff for every party that wins seats in the next assembly, the speaker said.',
  filler: 'A short recess followed, during which delegations met the press in the corridor outside the main hall.',
  critics: 'Critics asked whether the parliamentary opposition in the chamber would have any real say over the budget this year.',
};
const record = (text: string, position: number): ParagraphRecord => ({
  id: 'p_' + createHash('sha256').update(text).digest('hex').slice(0, 16), articleId: null, n: position + 1, page: null, kind: 'body', text,
  speakers: [], roles: {}, voice: null, quotes: [], docId: DOC, docTitle: 'Invented minutes', articleTitle: null, articleAuthors: [],
  articleKind: null, position,
});
const version = (...texts: string[]) => texts.map(record);
const V1 = version(TEXTS.opening, TEXTS.institute, TEXTS.filler, TEXTS.critics);
const V2 = version(TEXTS.opening.replace('moved quickly to questions', 'moved swiftly to questions'), TEXTS.filler, TEXTS.critics);

let env: TestEnv;
const ids: Record<string, string> = {};
const reanchorer = () => new AnnotationReanchorer(env.store);
const get = async (id: string) => (await request(env.app).get(`/api/annotations/${id}`).set(auth(env.key.annotator))).body;
const paragraphOf = (a: { target: string | { source: string } }) => (typeof a.target === 'string' ? a.target : a.target.source).split('/p/')[1];

before(async () => {
  env = makeEnv(V1);
  const annotate = async (p: ParagraphRecord, exact: string, verdict: string) => {
    const res = await request(env.app).post('/api/annotations').set(auth(env.key.annotator)).send({ paragraph: p.id, selector: { exact }, verdict });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return String(res.body.id).split('/').pop()!;
  };
  ids.institute = await annotate(V1[1]!, 'parliamentary opposition institute', 'false');
  ids.reworded = await annotate(V1[0]!, 'the chamber moved quickly to questions', 'true');
});
after(() => env?.close());

test('a deleted passage orphans its note: no fuzzy move onto similar words in another paragraph', async () => {
  const report = reanchorer().reanchorDocument(DOC, V2);
  assert.ok(report.orphaned.includes(ids.institute!), JSON.stringify(report));
  const a = await get(ids.institute!);
  assert.equal(a.status, 'orphaned');
  assert.equal(a.target.selector[0].exact, 'parliamentary opposition institute');
  assert.equal(paragraphOf(a), V1[1]!.id);
});

test('a reworded quote: the note keeps the words it was written on, needs review, and its verdict is not counted', async () => {
  const a = await get(ids.reworded!);
  assert.equal(a.status, 'needs-review');
  assert.equal(a.writtenOn.exact, 'the chamber moved quickly to questions');
  assert.equal(paragraphOf(a), V2[0]!.id, 'it points at the reworded passage, for a person to check');
  assert.equal(env.store.summarize([V2[0]!.id]).size, 0, 'the verdict is not shown on the new words');
  const listed = (await request(env.app).get('/api/annotations?status=needs-review').set(auth(env.key.annotator))).body;
  assert.deepEqual(listed.items.map((i: { id: string }) => i.id.split('/').pop()), [ids.reworded]);
  const claim = (await request(env.app).get(`/api/annotations/${ids.reworded}/claimreview`)).body;
  assert.equal(claim.claimReviewed, 'the chamber moved quickly to questions');
});

test('the text comes back: the orphan and the note under review re-attach on their exact words', async () => {
  reanchorer().reanchorDocument(DOC, V1);
  for (const [id, p] of [[ids.institute!, V1[1]!], [ids.reworded!, V1[0]!]] as const) {
    const a = await get(id);
    assert.equal(a.status, 'anchored', id);
    assert.equal(paragraphOf(a), p.id);
    assert.equal(a.writtenOn, undefined);
  }
  assert.equal(env.store.summarize([V1[0]!.id]).get(V1[0]!.id)?.count, 1);
});

test('a person accepts the new words with {"reviewed": true}', async () => {
  reanchorer().reanchorDocument(DOC, V2);
  assert.equal((await get(ids.reworded!)).status, 'needs-review');
  const res = await request(env.app).patch(`/api/annotations/${ids.reworded}`).set(auth(env.key.annotator)).send({ reviewed: true });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.status, 'anchored');
  assert.equal(res.body.target.selector[0].exact, 'the chamber moved swiftly to questions');
  assert.equal(env.store.summarize([V2[0]!.id]).get(V2[0]!.id)?.count, 1);
});

test('a note an older version moved by fuzzy matching is re-anchored from its original quote', () => {
  const dir = tempDir('verbatim-legacy-');
  try {
    const file = annotationsDbPath(dir);
    const legacy = new Database(file);
    legacy.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((m) => m.version <= 3)) {
      legacy.exec(m.sql);
      legacy.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, 'then');
    }
    legacy.exec("INSERT INTO api_keys VALUES ('k_1', 'Desk', 'annotator', 'hash', 'then', NULL)");
    const [original, wrong] = [V1[1]!, V1[3]!];
    const selector = (p: ParagraphRecord, exact: string) => ({ start: p.text.indexOf(exact), end: p.text.indexOf(exact) + exact.length });
    const o = selector(original, 'parliamentary opposition institute');
    const w = selector(wrong, 'parliamentary opposition in the');
    legacy.prepare(`INSERT INTO annotations (id, motivation, verdict, visibility, status, paragraph_id, doc_id, paragraph_text, sel_exact,
      sel_prefix, sel_suffix, sel_start, sel_end, creator_key_id, creator_name, created, modified, version)
      VALUES ('an_legacy', 'assessing', 'false', 'public', 'anchored', ?, ?, ?, 'parliamentary opposition in the', '', '', ?, ?, 'k_1', 'Desk', 'then', 'then', 2)`)
      .run(wrong.id, DOC, wrong.text, w.start, w.end);
    const before = {
      id: 'an_legacy', visibility: 'public', status: 'anchored',
      target: { paragraphId: original.id, docId: DOC, articleId: null, speakers: [], paragraphText: original.text,
        selector: { exact: 'parliamentary opposition institute', prefix: 'The new ', suffix: ' will train staff', ...o } },
    };
    legacy.prepare(`INSERT INTO annotation_history (annotation_id, version, action, at, by, snapshot, detail)
      VALUES ('an_legacy', 1, 'reanchor', 'then', 'system', ?, '{"method":"fuzzy","distance":5}')`).run(JSON.stringify(before));
    legacy.close();

    const db = openDatabase(file);
    const store = new AnnotationStore(db);
    const migrated = store.get('an_legacy')!;
    assert.equal(migrated.status, 'needs-review');
    assert.equal(migrated.writtenOn?.selector?.exact, 'parliamentary opposition institute');
    new AnnotationReanchorer(store).reanchorDocument(DOC, V1);
    const fixed = store.get('an_legacy')!;
    assert.equal(fixed.status, 'anchored');
    assert.equal(fixed.target.paragraphId, original.id);
    assert.equal(fixed.target.selector?.exact, 'parliamentary opposition institute');
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
