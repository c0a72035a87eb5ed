// Issue 12 item 5: the data folder holds private notes and key hashes, so it is 0700 and its files 0600 whatever
// the umask; a folder left loose by an older version is tightened at start-up (and says so in the log).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { annotationsDbPath, openDatabase } from '../../src/annotations/db.ts';
import { KeyStore } from '../../src/annotations/keys.ts';
import { DocumentStore, documentsDbPath } from '../../src/documents/store.ts';
import { tightenDataDir } from '../../src/files.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-modes-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
const mode = (p: string) => fs.statSync(p).mode & 0o777;

test('a new data folder is 0700 and the databases with their -wal and -shm files 0600, under umask 022', () => {
  const old = process.umask(0o022);
  try {
    const dataDir = path.join(root, 'fresh', 'data');
    const db = openDatabase(annotationsDbPath(dataDir));
    new KeyStore(db).create('Somebody', 'annotator');
    const docs = new DocumentStore(documentsDbPath(dataDir));
    docs.saveQueued({ id: 'x', fileName: 'x.txt', kind: 'text', bytes: 1, contentHash: 'h', meta: {}, uploadedBy: null });
    const files = ['annotations.db', 'annotations.db-wal', 'annotations.db-shm', 'documents.db', 'documents.db-wal', 'documents.db-shm'];
    assert.equal(mode(dataDir).toString(8), '700', 'data folder');
    for (const f of files) assert.equal(mode(path.join(dataDir, f)).toString(8), '600', f);
    db.close();
    docs.close();
  } finally {
    process.umask(old);
  }
});

test('an existing loose folder is tightened at start-up: folders 0700, files 0600, with a count to log', () => {
  const dataDir = path.join(root, 'loose');
  fs.mkdirSync(path.join(dataDir, 'meili', 'tasks'), { recursive: true, mode: 0o755 });
  fs.chmodSync(dataDir, 0o755);
  fs.writeFileSync(path.join(dataDir, 'annotations.db'), 'x', { mode: 0o644 });
  fs.writeFileSync(path.join(dataDir, 'meili', 'tasks', 'data.mdb'), 'x', { mode: 0o664 });
  fs.chmodSync(path.join(dataDir, 'annotations.db'), 0o644);
  const report = tightenDataDir(dataDir);
  assert.equal(mode(dataDir).toString(8), '700');
  assert.equal(mode(path.join(dataDir, 'meili', 'tasks')).toString(8), '700');
  assert.equal(mode(path.join(dataDir, 'annotations.db')).toString(8), '600');
  assert.equal(mode(path.join(dataDir, 'meili', 'tasks', 'data.mdb')).toString(8), '600');
  assert.ok(report.tightened >= 4, JSON.stringify(report));
  assert.equal(tightenDataDir(dataDir).tightened, 0, 'a second run finds nothing to do');
});
