// Every error case answers `{error:{code,message}}` with the right status and no stack trace; safety headers,
// rate limit, body cap, the master key never shown, and 503 when Meilisearch is unreachable.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';
import { freePort } from '../../src/search/launcher.ts';
import { connectMeili } from '../../src/search/meili-client.ts';
import { createSearchService } from '../../src/search/service.ts';
import { indexNames } from '../../src/search/store.ts';
import { silentLogger } from '../helpers/meili.ts';
import { startHttpEnv, type HttpEnv } from './env.ts';

let env: HttpEnv;
before(async () => {
  env = await startHttpEnv();
});
after(() => env?.close());

function assertErrorBody(res: request.Response, status: number, code?: string): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.match(res.headers['content-type'] ?? '', /application\/json/);
  assert.deepEqual(Object.keys(res.body), ['error']);
  assert.deepEqual(Object.keys(res.body.error).sort(), ['code', 'message']);
  assert.equal(typeof res.body.error.message, 'string');
  assert.ok(res.body.error.message.length > 0);
  assert.doesNotMatch(res.text, /\n\s+at |node_modules|\.ts:\d+/, 'no stack trace');
  if (code) assert.equal(res.body.error.code, code);
}

const badRequests: Array<[string, Record<string, string | string[]>, RegExp]> = [
  ['unknown kind', { kind: 'poem' }, /kind/],
  ['one unknown kind among good ones', { kind: ['answer', 'poem'] }, /kind/],
  ['limit over 100', { limit: '101' }, /limit/],
  ['negative limit', { limit: '-1' }, /limit/],
  ['non-numeric limit', { limit: 'ten' }, /limit/],
  ['query over 500 characters', { q: 'x'.repeat(501) }, /500/],
  ['non-numeric page', { page: 'iv' }, /page/],
  ['one non-numeric page among numbers', { page: ['3', 'three'] }, /page/],
  ['unknown sort', { sort: 'date' }, /sort/],
  ['q given twice', { q: ['a', 'b'] }, /q/],
  ['annotated not a boolean', { annotated: 'yes' }, /annotated/],
  ['offset beyond the deepest page', { offset: '10001' }, /offset/],
];

for (const [name, query, message] of badRequests) {
  test(`400 for ${name}`, async () => {
    const res = await request(env.app).get('/api/search').query(query);
    assertErrorBody(res, 400, 'bad_request');
    assert.match(res.body.error.message, message);
  });
}

test('a query of exactly 500 characters and limit 100 are accepted', async () => {
  assert.equal((await request(env.app).get('/api/search').query({ q: 'y'.repeat(500), limit: '100' })).status, 200);
});

const notFound = ['/api/paragraphs/p_0123456789abcdef', '/api/paragraphs/..%2Fetc', '/api/articles/a_000000000000', '/p/p_0123456789abcdef', '/api/nothing-here'];
for (const url of notFound) {
  test(`404 for ${url}`, async () => {
    assertErrorBody(await request(env.app).get(url).set('Accept', 'application/json'), 404, 'not_found');
  });
}

test('helmet headers are set', async () => {
  const res = await request(env.app).get('/api/search?q=quokka');
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.ok(res.headers['content-security-policy']);
  assert.equal(res.headers['x-powered-by'], undefined);
});

test('request bodies over the cap are refused with 413, malformed JSON with 400', async () => {
  const big = JSON.stringify({ text: 'x'.repeat(200_000) });
  assertErrorBody(await request(env.app).post('/api/search').set('Content-Type', 'application/json').send(big), 413, 'too_large');
  assertErrorBody(await request(env.app).post('/api/search').set('Content-Type', 'application/json').send('{"a":'), 400);
});

test('the rate limit answers 429 per client after the configured number of requests', async () => {
  const app = env.makeApp({}, { RATE_LIMIT_PER_MINUTE: '3' });
  for (let i = 0; i < 3; i++) assert.equal((await request(app).get('/api/search?q=quokka')).status, 200);
  assertErrorBody(await request(app).get('/api/search?q=quokka'), 429, 'rate_limited');
  assert.equal((await request(app).get('/health')).status, 200, 'health checks are not limited');
});

test('neither the master key nor the API key appears in any response', async () => {
  const master = (await fs.readFile(path.join(env.meili.dataDir, 'meili.key'), 'utf8')).trim();
  assert.ok(master.length >= 16);
  const urls = ['/health', '/openapi.json', '/api/search?q=quokka', '/api/speakers', '/api/articles', '/api/nothing', '/api/search?kind=x'];
  for (const url of urls) {
    const res = await request(env.app).get(url);
    for (const secret of [master, env.meili.key]) assert.ok(!res.text.includes(secret), `${url} leaks a key`);
  }
  const mode = (await fs.stat(path.join(env.meili.dataDir, 'meili.key'))).mode & 0o777;
  assert.equal(mode, 0o600);
});

test('503 with an error body when Meilisearch is unreachable; /health says so', async () => {
  const dead = connectMeili(`http://127.0.0.1:${await freePort()}`, 'any-key-at-all');
  const search = createSearchService({ connection: dead, names: indexNames('paragraphs'), search: env.engine.indexConfig.search });
  const app = createApp({ config: loadConfig({}), logger: silentLogger, search });
  for (const url of ['/api/search?q=quokka', '/api/paragraphs/p_0123456789abcdef', '/api/articles', '/api/speakers']) {
    assertErrorBody(await request(app).get(url), 503, 'upstream_unavailable');
  }
  const health = await request(app).get('/health');
  assert.equal(health.status, 503);
  assert.equal(health.body.meilisearch.status, 'unavailable');
  await dead.close();
});

test('503 after the test Meilisearch is stopped (run last)', async () => {
  await env.meili.stop();
  assertErrorBody(await request(env.app).get('/api/search?q=quokka'), 503, 'upstream_unavailable');
  assert.equal((await request(env.app).get('/health')).status, 503);
});
