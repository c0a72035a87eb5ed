// GET /api/keys/me: who the presented key belongs to, never the key or its hash.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { hashKey } from '../../src/annotations/keys.ts';
import { auth, makeEnv, type TestEnv } from './helpers.ts';

let env: TestEnv;
before(() => {
  env = makeEnv([]);
});
after(() => env.close());

const ROLES_BY_KEY = [
  { key: 'reader', name: 'Rita Reader', role: 'reader' },
  { key: 'annotator', name: 'Ann Annotator', role: 'annotator' },
  { key: 'admin', name: 'Ada Admin', role: 'admin' },
] as const;

for (const { key, name, role } of ROLES_BY_KEY) {
  test(`keys/me with the ${key} key answers {id, name, role} and nothing secret`, async () => {
    const res = await request(env.app).get('/api/keys/me').set(auth(env.key[key]));
    assert.equal(res.status, 200);
    const listed = env.keys.list().find((k) => k.name === name)!;
    assert.deepEqual(res.body, { id: listed.id, name, role });
    assert.ok(!res.text.includes(env.key[key]), 'the key itself is never echoed');
    assert.ok(!res.text.includes(hashKey(env.key[key])), 'nor its hash');
    assert.equal(res.headers['cache-control'], 'no-store');
  });
}

test('keys/me also accepts X-Api-Key', async () => {
  const res = await request(env.app).get('/api/keys/me').set('X-Api-Key', env.key.other);
  assert.deepEqual([res.status, res.body.name], [200, 'Otto Other']);
});

const UNAUTHORISED: Array<[string, Record<string, string>]> = [
  ['no key', {}],
  ['an unknown key', auth('vbk_not-a-real-key')],
  ['a malformed Authorization header', { Authorization: 'Basic abc' }],
];

for (const [label, headers] of UNAUTHORISED) {
  test(`keys/me with ${label}: 401 in the shared error shape`, async () => {
    const res = await request(env.app).get('/api/keys/me').set(headers);
    assert.equal(res.status, 401);
    assert.equal(res.headers['www-authenticate'], 'Bearer');
    assert.deepEqual(Object.keys(res.body), ['error']);
    assert.equal(typeof res.body.error.code, 'string');
    assert.equal(typeof res.body.error.message, 'string');
  });
}

test('keys/me with a revoked key: 401', async () => {
  const temp = env.keys.create('Short-lived', 'annotator');
  assert.equal((await request(env.app).get('/api/keys/me').set(auth(temp.key))).status, 200);
  env.keys.revoke(temp.info.id);
  const res = await request(env.app).get('/api/keys/me').set(auth(temp.key));
  assert.equal(res.status, 401);
  assert.equal(res.body.error.code, 'unauthorized');
});
