// The permission matrix: every caller × every action × public/private.
// none = no key, wrong = a key we never issued, owner = the annotator who created it, other = another annotator.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { auth, corpusRecords, makeEnv, pickQuote, type TestEnv } from './helpers.ts';

type Caller = 'none' | 'wrong' | 'reader' | 'owner' | 'other' | 'admin';
type Vis = 'public' | 'private';
const CALLERS: Caller[] = ['none', 'wrong', 'reader', 'owner', 'other', 'admin'];

let env: TestEnv;
let q: ReturnType<typeof pickQuote>;

before(async () => {
  const records = await corpusRecords();
  q = pickQuote(records);
  env = makeEnv(records);
});
after(() => env.close());

function headers(c: Caller): Record<string, string> {
  const k = { none: null, wrong: 'vbk_this-key-was-never-issued', reader: env.key.reader, owner: env.key.annotator, other: env.key.other, admin: env.key.admin }[c];
  return k ? auth(k) : {};
}

async function createAs(visibility: Vis): Promise<string> {
  const res = await request(env.app).post('/api/annotations').set(auth(env.key.annotator))
    .send({ paragraph: q.p.id, verdict: 'false', note: 'checked', visibility, selector: { exact: q.exact, start: q.start } });
  assert.equal(res.status, 201);
  return new URL(res.body.id).pathname;
}

type Action = (path: string, c: Caller) => Promise<number>;
const ACTIONS: Record<string, Action> = {
  read: async (p, c) => (await request(env.app).get(p).set(headers(c))).status,
  history: async (p, c) => (await request(env.app).get(`${p}/history`).set(headers(c))).status,
  claimreview: async (p, c) => (await request(env.app).get(`${p}/claimreview`).set(headers(c))).status,
  listed: async (p, c) => {
    const res = await request(env.app).get(`/api/annotations?paragraph=${q.p.id}&limit=500`).set(headers(c));
    if (res.status !== 200) return res.status;
    return res.body.items.some((i: { id: string }) => new URL(i.id).pathname === p) ? 200 : 404;
  },
  patch: async (p, c) => (await request(env.app).patch(p).set(headers(c)).send({ note: `edited by ${c}` })).status,
  delete: async (p, c) => (await request(env.app).delete(p).set(headers(c))).status,
  restore: async (p, c) => {
    await request(env.app).delete(p).set(auth(env.key.admin));
    return (await request(env.app).post(`${p}/restore`).set(headers(c))).status;
  },
};

// Expected status per action: [public, private] for each caller. 404 on private = "no hint it exists".
const READ = { none: [200, 404], wrong: [401, 401], reader: [200, 404], owner: [200, 200], other: [200, 404], admin: [200, 200] };
const WRITE_OK = (ok: number) => ({ none: [401, 401], wrong: [401, 401], reader: [403, 403], owner: [ok, ok], other: [403, 404], admin: [ok, ok] });
const EXPECTED: Record<string, Record<Caller, number[]>> = {
  read: READ,
  history: READ,
  claimreview: READ,
  listed: READ,
  patch: WRITE_OK(200),
  delete: WRITE_OK(204),
  restore: { none: [401, 401], wrong: [401, 401], reader: [403, 403], owner: [403, 403], other: [403, 403], admin: [200, 200] },
};

test('permission matrix: caller × action × visibility', async () => {
  const failures: string[] = [];
  for (const [name, action] of Object.entries(ACTIONS)) {
    for (const c of CALLERS) {
      for (const [i, vis] of (['public', 'private'] as Vis[]).entries()) {
        const path = await createAs(vis);
        const got = await action(path, c);
        const want = EXPECTED[name]![c][i];
        if (got !== want) failures.push(`${name} ${vis} as ${c}: got ${got}, want ${want}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('create: 401 without or with a wrong key, 403 for a reader, 201 for annotators and admins', async () => {
  const want: Record<Caller, number> = { none: 401, wrong: 401, reader: 403, owner: 201, other: 201, admin: 201 };
  for (const c of CALLERS) {
    const res = await request(env.app).post('/api/annotations').set(headers(c)).send({ paragraph: q.p.id, motivation: 'highlighting' });
    assert.equal(res.status, want[c], c);
  }
});

test('a stranger cannot tell a private annotation from a missing one', async () => {
  const path = await createAs('private');
  const missing = '/api/annotations/an_ffffffffffffffffffffffff';
  for (const c of ['none', 'reader', 'other'] as Caller[]) {
    const hidden = await request(env.app).get(path).set(headers(c));
    const absent = await request(env.app).get(missing).set(headers(c));
    assert.equal(hidden.status, absent.status, c);
    assert.equal(hidden.body.error.code, absent.body.error.code, c);
    assert.equal(hidden.body.error.message.replace(/an_\w+/, 'ID'), absent.body.error.message.replace(/an_\w+/, 'ID'), c);
  }
  const patchHidden = await request(env.app).patch(path).set(headers('other')).send({ note: 'x' });
  const patchAbsent = await request(env.app).patch(missing).set(headers('other')).send({ note: 'x' });
  assert.equal(patchHidden.status, patchAbsent.status);
});

test('keys: X-Api-Key works like Bearer; malformed Authorization and revoked keys get 401', async () => {
  const path = await createAs('private');
  assert.equal((await request(env.app).get(path).set('X-Api-Key', env.key.annotator)).status, 200);
  assert.equal((await request(env.app).get(path).set('Authorization', `Basic ${env.key.annotator}`)).status, 401);
  const res = await request(env.app).get(path).set('Authorization', 'Bearer');
  assert.equal(res.status, 401);
  assert.equal(res.headers['www-authenticate'], 'Bearer');
  const temp = env.keys.create('Short-lived', 'admin');
  assert.equal((await request(env.app).get(path).set(auth(temp.key))).status, 200);
  env.keys.revoke(temp.info.id);
  assert.equal((await request(env.app).get(path).set(auth(temp.key))).status, 401);
});

test('listing deleted annotations is for admins: 401 anonymous, 403 annotator, 200 admin', async () => {
  const statuses = await Promise.all((['none', 'owner', 'admin'] as Caller[]).map(async (c) => (await request(env.app).get('/api/annotations?status=deleted').set(headers(c))).status));
  assert.deepEqual(statuses, [401, 403, 200]);
});
