// What every response goes through: compression when asked (JSON and web assets), ETags and 304s, security
// headers, and the rate limit's headers. Against a real Meilisearch holding the corpus and the fixture.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createWebRouter } from '../../src/http/web.ts';
import { fixtureDocument } from '../search/fixtures.ts';
import { startHttpEnv, type HttpEnv } from './env.ts';

let env: HttpEnv;
before(async () => {
  env = await startHttpEnv();
});
after(() => env?.close());

/** The raw bytes of a response over a real socket, undecoded, so the test sees what went over the wire. */
async function raw(app: HttpEnv['app'], url: string, headers: Record<string, string>) {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path: url, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  } finally {
    server.close();
  }
}

const SEARCH = '/api/search?q=&limit=50';

test('JSON is compressed when the client asks (br or gzip), and sent as is when it does not', async () => {
  const plain = await raw(env.app, SEARCH, { 'Accept-Encoding': 'identity' });
  assert.equal(plain.status, 200);
  assert.equal(plain.headers['content-encoding'], undefined);
  const answer = (b: Buffer) => ({ ...(JSON.parse(b.toString('utf8')) as object), processingTimeMs: 0 }); // timing varies
  const json = answer(plain.body);
  const cases: Array<{ accept: string; encoding: string; decode: (b: Buffer) => Buffer }> = [
    { accept: 'gzip', encoding: 'gzip', decode: zlib.gunzipSync },
    { accept: 'br', encoding: 'br', decode: zlib.brotliDecompressSync },
    { accept: 'gzip, deflate, br', encoding: 'br', decode: zlib.brotliDecompressSync },
  ];
  for (const c of cases) {
    const res = await raw(env.app, SEARCH, { 'Accept-Encoding': c.accept });
    assert.equal(res.headers['content-encoding'], c.encoding, c.accept);
    assert.match(String(res.headers.vary), /Accept-Encoding/i);
    const body = res.body;
    assert.ok(body.length < plain.body.length / 2, `${c.accept}: ${body.length} bytes`);
    assert.deepEqual(answer(c.decode(body)), json, `${c.accept}: same answer`);
  }
  const tiny = await raw(env.app, '/api/nothing-here', { 'Accept-Encoding': 'gzip' });
  assert.equal(tiny.status, 404);
  assert.equal(tiny.headers['content-encoding'], undefined, 'a small error body is not worth compressing');
});

test('web assets are compressed too', async () => {
  const dist = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-dist-'));
  try {
    await fs.mkdir(path.join(dist, 'assets'));
    const js = `console.log(${JSON.stringify('quokka '.repeat(2000))});\n`;
    await fs.writeFile(path.join(dist, 'assets', 'app-test123.js'), js);
    const app = env.makeApp({ routers: [{ path: '/', router: createWebRouter({ distDir: dist }) }] });
    const res = await raw(app, '/assets/app-test123.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'gzip');
    assert.equal(zlib.gunzipSync(res.body).toString('utf8'), js);
  } finally {
    await fs.rm(dist, { recursive: true, force: true });
  }
});

test('GET answers carry an ETag; a matching If-None-Match gets 304 with no body, another query another tag', async () => {
  const id = fixtureDocument().paragraphs[1]!.id;
  for (const url of ['/api/search?q=quokka', `/api/paragraphs/${id}`, '/api/speakers']) {
    const first = await request(env.app).get(url);
    assert.equal(first.status, 200, url);
    const tag = first.headers.etag as string | undefined;
    if (url.startsWith('/api/search')) assert.equal(typeof first.body.processingTimeMs, 'number', 'the timing is still sent (outside the tag)');
    assert.ok(tag && /^W\/".+"$/.test(tag), `${url}: ${tag}`);
    const again = await request(env.app).get(url).set('If-None-Match', tag);
    assert.equal(again.status, 304, url);
    assert.equal(again.text ?? '', '');
    const stale = await request(env.app).get(url).set('If-None-Match', 'W/"something-else"');
    assert.equal(stale.status, 200, `${url}: a stale tag gets the full answer`);
  }
  const other = await request(env.app).get('/api/search?q=wombats');
  assert.notEqual(other.headers.etag, (await request(env.app).get('/api/search?q=quokka')).headers.etag);
});

test('security headers are on every answer; the rate limit announces its policy and what is left', async () => {
  const app = env.makeApp({}, { RATE_LIMIT_PER_MINUTE: '5' });
  const first = await request(app).get('/api/search?q=quokka');
  for (const h of ['content-security-policy', 'x-content-type-options', 'strict-transport-security', 'x-frame-options']) assert.ok(first.headers[h], h);
  assert.equal(first.headers['x-powered-by'], undefined);
  assert.equal(first.headers['ratelimit-policy'], '"default"; q=5; w=60');
  const left = (res: request.Response) => Number(/r=(\d+)/.exec(String(res.headers.ratelimit))?.[1]);
  assert.equal(left(first), 4);
  assert.equal(left(await request(app).get('/api/search?q=quokka')), 3);
  for (let i = 0; i < 3; i++) await request(app).get('/api/speakers');
  const limited = await request(app).get('/api/search?q=quokka');
  assert.equal(limited.status, 429);
  assert.ok(Number(limited.headers['retry-after']) >= 1 && Number(limited.headers['retry-after']) <= 60);
  assert.ok(limited.headers['content-security-policy'], 'a 429 carries the security headers too');
});
