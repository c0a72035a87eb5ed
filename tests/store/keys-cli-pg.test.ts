// `verbatim keys …` with DATABASE_URL set manages the keys every API node reads (PostgreSQL), not a local file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { annotationsDbPath } from '../../src/annotations/db.ts';
import { PgKeyStore } from '../../src/store/pg/keys.ts';
import { openPool } from '../../src/store/pg/pool.ts';
import { tempDir } from '../annotations/helpers.ts';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.ts';

let pg: TestPostgres;
let url: string;
const dir = tempDir('verbatim-keys-pg-');
before(async () => {
  pg = await startTestPostgres();
  url = await pg.url();
});
after(async () => {
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function verbatim(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [path.resolve('bin/verbatim.js'), 'keys', ...args], { env: { ...process.env, DATA_DIR: dir, DATABASE_URL: url } });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

test('keys create, list and revoke go to PostgreSQL; no SQLite file is made', async () => {
  const created = await verbatim('create', '--name', 'Desk Editor', '--role', 'annotator');
  assert.equal(created.code, 0, created.err);
  const key = created.out.trim();
  const pool = openPool(url);
  try {
    const store = new PgKeyStore(pool);
    const who = await store.resolve(key);
    assert.equal(who?.name, 'Desk Editor');
    const listed = JSON.parse((await verbatim('list', '--json')).out) as { id: string }[];
    assert.deepEqual(listed.map((k) => k.id), [who?.keyId]);
    assert.equal((await verbatim('revoke', who!.keyId)).code, 0);
    assert.equal(await store.resolve(key), null);
  } finally {
    await pool.end();
  }
  assert.equal(fs.existsSync(annotationsDbPath(dir)), false);
});
