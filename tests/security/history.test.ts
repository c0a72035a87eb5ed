// Issue 12 item 4: history is filtered by the visibility each version had. A note written while the annotation
// was private stays between its creator and the admins after the annotation is made public.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { auth, corpusRecords, makeEnv, pickQuote, type TestEnv } from '../annotations/helpers.ts';

let env: TestEnv;
let id = '';
const SECRET = 'Private lead: call the ministry press office first';
before(async () => {
  const records = await corpusRecords();
  env = makeEnv(records);
  const q = pickQuote(records);
  const created = await request(env.app).post('/api/annotations').set(auth(env.key.annotator))
    .send({ paragraph: q.p.id, selector: { exact: q.exact }, note: SECRET, visibility: 'private' });
  assert.equal(created.status, 201);
  id = String(created.body.id).split('/').pop()!;
  const made = await request(env.app).patch(`/api/annotations/${id}`).set(auth(env.key.annotator))
    .send({ visibility: 'public', note: 'Checked: the figure matches the decree.' });
  assert.equal(made.status, 200, JSON.stringify(made.body));
  const edited = await request(env.app).patch(`/api/annotations/${id}`).set(auth(env.key.annotator)).send({ tags: ['budget'] });
  assert.equal(edited.status, 200);
});
after(() => env?.close());

const history = (key?: string) => {
  const r = request(env.app).get(`/api/annotations/${id}/history`);
  return key ? r.set(auth(key)) : r;
};

test('anyone else sees only the versions that were public', async () => {
  for (const key of [undefined, env.key.reader, env.key.other]) {
    const res = await history(key);
    assert.equal(res.status, 200);
    assert.doesNotMatch(JSON.stringify(res.body), /ministry press office/, `key ${key ?? 'none'}`);
    assert.deepEqual(res.body.versions.map((v: { before: { visibility: string } }) => v.before.visibility), ['public']);
  }
});

test('the creator and admins see every version, the private one included', async () => {
  for (const key of [env.key.annotator, env.key.admin]) {
    const res = await history(key);
    assert.equal(res.status, 200);
    assert.equal(res.body.versions.length, 2);
    assert.match(JSON.stringify(res.body), /ministry press office/);
  }
});
