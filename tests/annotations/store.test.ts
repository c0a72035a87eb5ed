import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { annotationsDbPath, integrityCheck, openDatabase } from '../../src/annotations/db.ts';
import { MIGRATIONS } from '../../src/annotations/migrations.ts';
import { KeyStore, hashKey } from '../../src/annotations/keys.ts';
import { AnnotationStore } from '../../src/annotations/store.ts';
import type { AnnotationTarget, NewAnnotation } from '../../src/annotations/model.ts';
import { tempDir } from './helpers.ts';

function target(paragraphId: string, speakers: string[] = []): AnnotationTarget {
  return { paragraphId, docId: 'doc-a', articleId: 'a_1', speakers, paragraphText: 'Some paragraph text.', selector: null };
}

function note(paragraphId: string, extra: Partial<NewAnnotation> = {}): NewAnnotation {
  return { motivation: 'commenting', note: 'a note', tags: [], verdict: null, visibility: 'public', target: target(paragraphId), ...extra };
}

function open() {
  const dir = tempDir();
  const file = annotationsDbPath(dir);
  const db = openDatabase(file);
  const keys = new KeyStore(db);
  const store = new AnnotationStore(db);
  const ann = keys.create('Ann', 'annotator');
  const who = keys.resolve(ann.key)!;
  return { dir, file, db, keys, store, who, ann, done: () => (db.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

test('database: WAL, synchronous=FULL, every migration applied once, reopen is a no-op', () => {
  const t = open();
  assert.equal(t.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(t.db.pragma('synchronous', { simple: true }), 2); // 2 = FULL
  const versions = (t.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
  assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
  t.db.close();
  const again = openDatabase(t.file);
  assert.equal((again.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n, MIGRATIONS.length);
  assert.equal(integrityCheck(again), 'ok');
  again.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

test('keys: only the hash is stored; revoked and unknown keys resolve to nobody', () => {
  const t = open();
  const raw = fs.readFileSync(t.file).toString('latin1') + (fs.existsSync(t.file + '-wal') ? fs.readFileSync(t.file + '-wal').toString('latin1') : '');
  assert.ok(!raw.includes(t.ann.key), 'the plaintext key is not in the database files');
  const stored = t.db.prepare('SELECT hash FROM api_keys WHERE id = ?').get(t.ann.info.id) as { hash: string };
  assert.equal(stored.hash, hashKey(t.ann.key));
  assert.deepEqual(t.keys.resolve(t.ann.key), { keyId: t.ann.info.id, name: 'Ann', role: 'annotator' });
  assert.equal(t.keys.resolve(t.ann.key + 'x'), null);
  assert.equal(t.keys.resolve('not-a-key'), null);
  t.keys.revoke(t.ann.info.id);
  assert.equal(t.keys.resolve(t.ann.key), null);
  assert.throws(() => t.keys.revoke(t.ann.info.id), /already revoked/);
  assert.throws(() => t.keys.revoke('k_missing'), /no key/);
  t.done();
});

test('edits keep history; deletes are tombstones that can be restored', () => {
  const t = open();
  const a = t.store.create(note('p_1'), t.who);
  const edited = t.store.update(a.id, { note: 'second thoughts', tags: ['x'] }, t.who.keyId);
  assert.equal(edited.version, 2);
  assert.equal(edited.note, 'second thoughts');
  t.store.delete(a.id, t.who.keyId);
  assert.ok(t.store.get(a.id)?.deleted, 'the row is still there, marked deleted');
  assert.throws(() => t.store.update(a.id, { note: 'x' }, t.who.keyId), /no annotation/);
  const restored = t.store.restore(a.id, 'k_admin');
  assert.equal(restored.deleted, null);
  assert.equal(restored.note, 'second thoughts');
  const h = t.store.history(a.id, { keyId: null, admin: true });
  assert.deepEqual(h.map((e) => [e.action, e.version]), [['update', 1], ['delete', 2], ['restore', 3]]);
  assert.equal(h[0]?.before.note, 'a note', 'the first entry keeps the original text');
  t.done();
});

test('summaries count only public, live, anchored annotations; verdict filter', () => {
  const t = open();
  t.store.create(note('p_1'), t.who);
  t.store.create(note('p_1', { motivation: 'assessing', verdict: 'false' }), t.who);
  t.store.create(note('p_1', { motivation: 'assessing', verdict: 'mixed' }), t.who);
  t.store.create(note('p_2', { visibility: 'private' }), t.who);
  const gone = t.store.create(note('p_3', { motivation: 'assessing', verdict: 'false' }), t.who);
  t.store.delete(gone.id, t.who.keyId);
  const orphan = t.store.create(note('p_4'), t.who);
  t.store.moveTarget(orphan.id, orphan.target, 'orphaned', {});
  const s = t.store.summarize(['p_1', 'p_2', 'p_3', 'p_4', 'p_none']);
  assert.deepEqual(Object.fromEntries(s), { p_1: { count: 3, verdicts: ['false', 'mixed'] } });
  assert.deepEqual(t.store.annotatedParagraphIds(), ['p_1']);
  assert.deepEqual(t.store.annotatedParagraphIds(['false']), ['p_1']);
  assert.deepEqual(t.store.annotatedParagraphIds(['true']), []);
  t.done();
});

test('full-text search in notes: operators in user input are plain words', () => {
  const t = open();
  t.store.create(note('p_1', { note: 'Turnout figures contradict the ministry' }), t.who);
  t.store.create(note('p_2', { note: 'NEAR OR AND * "quoted" (brackets)' }), t.who);
  const viewer = { keyId: null, admin: false };
  const q = (s: string) => t.store.list({ q: s }, viewer, { limit: 10, offset: 0 }).items.map((a) => a.target.paragraphId);
  assert.deepEqual(q('turnout'), ['p_1']);
  assert.deepEqual(q('contradict minis'), ['p_1'], 'last word is a prefix');
  assert.deepEqual(q('NEAR OR'), ['p_2']);
  assert.deepEqual(q('"quoted" (brackets'), ['p_2']);
  assert.deepEqual(q('absent'), []);
  t.done();
});

test('a second connection (the CLI) can write while the server holds the database', () => {
  const t = open();
  const other = new Database(t.file);
  other.pragma('busy_timeout = 5000');
  new KeyStore(other).create('From CLI', 'reader');
  other.close();
  assert.ok(t.keys.list().some((k) => k.name === 'From CLI'));
  assert.ok(fs.existsSync(path.join(t.dir, 'annotations.db')));
  t.done();
});
