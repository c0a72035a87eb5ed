// Issue 12 item 3: two clients editing the same annotation. GET gives an ETag (the version counter); a write with
// a stale If-Match gets 412 precondition_failed with the current version, and nothing is overwritten.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { auth, corpusRecords, makeEnv, pickQuote, type TestEnv } from '../annotations/helpers.ts';

let env: TestEnv;
let paragraph = '';
let exact = '';
before(async () => {
  const records = await corpusRecords();
  env = makeEnv(records);
  const q = pickQuote(records);
  paragraph = q.p.id;
  exact = q.exact;
});
after(() => env?.close());

async function create(): Promise<string> {
  const res = await request(env.app).post('/api/annotations').set(auth(env.key.annotator)).send({ paragraph, selector: { exact }, note: 'first', tags: ['a'] });
  assert.equal(res.status, 201);
  assert.equal(res.headers.etag, '"1"');
  return String(res.body.id).split('/').pop()!;
}
const patch = (id: string, body: object, ifMatch?: string) => {
  const r = request(env.app).patch(`/api/annotations/${id}`).set(auth(env.key.annotator));
  return (ifMatch ? r.set('If-Match', ifMatch) : r).send(body);
};

test('read-then-write by two clients: the second, stale write is refused with 412 and loses nothing', async () => {
  const id = await create();
  const [a, b] = await Promise.all([1, 2].map(() => request(env.app).get(`/api/annotations/${id}`).set(auth(env.key.annotator))));
  assert.equal(a!.headers.etag, '"1"');
  assert.equal(b!.headers.etag, '"1"');
  const first = await patch(id, { note: 'from client A' }, a!.headers.etag);
  assert.equal(first.status, 200);
  assert.equal(first.headers.etag, '"2"');
  const second = await patch(id, { tags: ['from-b'] }, b!.headers.etag);
  assert.equal(second.status, 412, JSON.stringify(second.body));
  assert.equal(second.body.error.code, 'precondition_failed');
  assert.equal(second.body.error.currentVersion, 2);
  assert.match(second.body.error.message, /version 2/);
  const now = await request(env.app).get(`/api/annotations/${id}`).set(auth(env.key.annotator));
  assert.match(JSON.stringify(now.body.body), /from client A/);
  assert.doesNotMatch(JSON.stringify(now.body.body), /from-b/);
});

test('50 rounds of concurrent read-then-write lose no change: every write either lands or gets 412', async () => {
  const id = await create();
  let landed = 0;
  for (let round = 0; round < 50; round++) {
    const reads = await Promise.all([0, 1].map(() => request(env.app).get(`/api/annotations/${id}`).set(auth(env.key.annotator))));
    const writes = await Promise.all(reads.map((r, i) => patch(id, { note: `round ${round} client ${i}` }, r.headers.etag)));
    assert.deepEqual(writes.map((w) => w.status).sort(), [200, 412], `round ${round}`);
    landed++;
  }
  const final = await request(env.app).get(`/api/annotations/${id}`).set(auth(env.key.annotator));
  assert.equal(final.headers.etag, `"${1 + landed}"`);
});

test('DELETE with a stale If-Match is 412; a matching one and * succeed; no If-Match still works', async () => {
  const id = await create();
  await patch(id, { note: 'second' });
  const stale = await request(env.app).delete(`/api/annotations/${id}`).set(auth(env.key.annotator)).set('If-Match', '"1"');
  assert.equal(stale.status, 412);
  assert.equal(stale.body.error.currentVersion, 2);
  const ok = await request(env.app).delete(`/api/annotations/${id}`).set(auth(env.key.annotator)).set('If-Match', '"2"');
  assert.equal(ok.status, 204);
  const other = await create();
  assert.equal((await patch(other, { note: 'any version' }, '*')).status, 200);
  assert.equal((await patch(other, { note: 'no precondition' })).status, 200, 'without If-Match the write is applied');
  assert.equal((await patch(other, { note: 'weak tags never match' }, 'W/"3"')).status, 412);
});
