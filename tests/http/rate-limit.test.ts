// The rate limit behind a proxy: TRUST_PROXY decides whose X-Forwarded-For counts; a valid API key is its own
// client; an invalid key counts against the address; a browser over the limit gets a page, the API gets JSON.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { openAnnotations, type Annotations } from '../../src/annotations/index.ts';
import { loadConfig } from '../../src/config.ts';
import { InputError } from '../../src/domain/errors.ts';
import { startHttpEnv, type HttpEnv } from './env.ts';

let env: HttpEnv;
let annotations: Annotations;
let dir: string;
before(async () => {
  env = await startHttpEnv();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-rate-'));
  annotations = openAnnotations(dir);
});
after(async () => {
  await annotations?.close();
  await env?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const LIMIT = '2';
const appWith = (extra: Record<string, string> = {}) =>
  env.makeApp({ annotationApi: { store: annotations.store, keys: annotations.keys } }, { RATE_LIMIT_PER_MINUTE: LIMIT, ...extra });

async function statuses(app: ReturnType<typeof appWith>, n: number, headers: Record<string, string>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await request(app).get('/api/speakers').set(headers)).status);
  return out;
}

test('behind a trusted proxy, each forwarded client has its own budget', async () => {
  const app = appWith({ TRUST_PROXY: 'loopback' });
  assert.deepEqual(await statuses(app, 3, { 'X-Forwarded-For': '203.0.113.7' }), [200, 200, 429]);
  assert.deepEqual(await statuses(app, 2, { 'X-Forwarded-For': '198.51.100.9' }), [200, 200], 'another client is not limited by the first');
});

test('without TRUST_PROXY, X-Forwarded-For is ignored (a client cannot buy budget by forging it)', async () => {
  const app = appWith();
  assert.deepEqual(await statuses(app, 2, { 'X-Forwarded-For': '203.0.113.7' }), [200, 200]);
  assert.deepEqual(await statuses(app, 1, { 'X-Forwarded-For': '198.51.100.9' }), [429]);
});

test('a valid API key is its own client; an invalid one counts against the address', async () => {
  const app = appWith();
  const a = annotations.keys.create('desk a', 'reader').key;
  const b = annotations.keys.create('desk b', 'reader').key;
  assert.deepEqual(await statuses(app, 3, { Authorization: `Bearer ${a}` }), [200, 200, 429]);
  assert.deepEqual(await statuses(app, 2, { Authorization: `Bearer ${b}` }), [200, 200], 'key b has its own budget');
  assert.deepEqual(await statuses(app, 2, {}), [200, 200], 'the address has its own budget');
  assert.deepEqual(await statuses(app, 1, { Authorization: 'Bearer made-up-key' }), [429], 'a made-up key spends the address budget');
});

test('over the limit, a browser asking for a page gets HTML; the API still answers JSON', async () => {
  const app = appWith();
  await statuses(app, 2, {});
  const page = await request(app).get('/').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
  assert.equal(page.status, 429);
  assert.match(page.headers['content-type'] ?? '', /text\/html/);
  assert.match(page.text, /Too many requests/);
  const api = await request(app).get('/api/speakers').set('Accept', 'text/html,*/*');
  assert.equal(api.status, 429);
  assert.equal(api.body.error.code, 'rate_limited');
});

test('TRUST_PROXY values: booleans, hop counts, address lists; anything else is a configuration error', () => {
  assert.equal(loadConfig({}).trustProxy, false);
  assert.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, true);
  assert.equal(loadConfig({ TRUST_PROXY: '2' }).trustProxy, 2);
  assert.equal(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy, 'loopback, 10.0.0.0/8');
  assert.throws(() => loadConfig({ TRUST_PROXY: 'my proxy' }), InputError);
});
