import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { annotationsDbPath, openDatabase } from '../../src/annotations/db.ts';
import { KeyStore } from '../../src/annotations/keys.ts';
import { tempDir } from './helpers.ts';

const dir = tempDir('verbatim-keys-');
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function verbatim(...args: string[]) {
  const r = spawnSync(process.execPath, [path.resolve('bin/verbatim.js'), 'keys', ...args], {
    env: { ...process.env, DATA_DIR: dir },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('verbatim keys create prints the key once; list shows no secret; revoke disables it', () => {
  const created = verbatim('create', '--name', 'Desk Editor', '--role', 'admin');
  assert.equal(created.code, 0, created.err);
  const key = created.out.trim();
  assert.match(key, /^vbk_[A-Za-z0-9_-]{43}$/);
  assert.match(created.err, /shown once/);

  const listed = verbatim('list', '--json');
  const keys = JSON.parse(listed.out) as { id: string; name: string; role: string; revokedAt: string | null }[];
  assert.equal(keys.length, 1);
  assert.deepEqual([keys[0]!.name, keys[0]!.role, keys[0]!.revokedAt], ['Desk Editor', 'admin', null]);
  assert.ok(!listed.out.includes(key) && !verbatim('list').out.includes(key), 'the key is never shown again');

  const db = openDatabase(annotationsDbPath(dir));
  assert.equal(new KeyStore(db).resolve(key)?.role, 'admin');
  assert.equal(verbatim('revoke', keys[0]!.id).code, 0);
  assert.equal(new KeyStore(db).resolve(key), null);
  db.close();
});

test('verbatim keys: bad usage exits 2 with a one-line reason', () => {
  const cases: [string[], RegExp][] = [
    [['create', '--name', 'X', '--role', 'owner'], /--role must be one of reader, annotator, admin/],
    [['create', '--role', 'reader'], /usage: verbatim keys/],
    [['revoke', 'k_nope'], /no key with id k_nope/],
    [['frobnicate'], /usage: verbatim keys/],
  ];
  for (const [args, message] of cases) {
    const r = verbatim(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, message, args.join(' '));
  }
});
