// Issue 12 item 7: the Host header is not reflected into annotation ids, JSON-LD, CSV, citations or permalinks.
// One base-URL function: PUBLIC_URL when set, else a Host of valid hostname[:port] syntax, else the address the
// server listens on.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import request from 'supertest';
import { isValidHost } from '../../src/http/params.ts';
import { auth, corpusRecords, makeEnv, pickQuote, type TestEnv } from '../annotations/helpers.ts';

const HOSTS: [string, boolean][] = [
  ['example.org', true], ['example.org:8080', true], ['localhost', true], ['127.0.0.1:3000', true], ['[::1]:3000', true],
  ['evil.example"><script>', false], ['a b', false], ['user@evil.example', false], ['evil.example/path', false],
  ['example.org:99999', false], ['-bad-.example', false], ['example..org', false], ['', false], ['x'.repeat(300), false],
  ['example.org:80:81', false], ['[::1', false], ['evil.example\r\nX-Injected: 1', false],
];

test('a Host is accepted only as hostname[:port] (or [IPv6][:port])', () => {
  for (const [host, ok] of HOSTS) assert.equal(isValidHost(host), ok, JSON.stringify(host));
});

let env: TestEnv;
let server: Server;
let port = 0;
let paragraph = '';
let exact = '';
before(async () => {
  const records = await corpusRecords();
  env = makeEnv(records);
  const q = pickQuote(records);
  paragraph = q.p.id;
  exact = q.exact;
  server = env.app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  port = (server.address() as AddressInfo).port;
});
after(() => {
  server?.close();
  env?.close();
});

const BAD_HOSTS = ['evil.example"><script>alert(1)</script>', 'user@evil.example', 'evil.example/x?'];

test('a malformed Host never reaches annotation ids, Location, JSON-LD or CSV: the listen address is used', async () => {
  const expected = `http://127.0.0.1:${port}/api/annotations/`;
  for (const host of BAD_HOSTS) {
    const created = await request(server).post('/api/annotations').set('Host', host).set(auth(env.key.annotator))
      .send({ paragraph, selector: { exact }, note: 'host test' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.ok(String(created.body.id).startsWith(expected), created.body.id);
    assert.ok(String(created.headers.location).startsWith(expected), created.headers.location);
    assert.ok(String(created.body.target.source).startsWith(`http://127.0.0.1:${port}/p/`));
    const csv = await request(server).get('/api/annotations/export?format=csv').set('Host', host);
    assert.equal(csv.status, 200);
    assert.doesNotMatch(csv.text, /evil/);
    const list = await request(server).get('/api/annotations').set('Host', host);
    assert.doesNotMatch(JSON.stringify(list.body), /evil/);
  }
});

test('a well-formed Host is used as given; PUBLIC_URL wins over any Host', async () => {
  const list = await request(server).get('/api/annotations').set('Host', 'desk.example:8080');
  assert.ok(String(list.body.id).startsWith('http://desk.example:8080/api/annotations'), list.body.id);
  const fixed = makeEnv(await corpusRecords(), 'https://verbatim.example');
  try {
    const res = await request(fixed.app).get('/api/annotations').set('Host', 'desk.example:8080');
    assert.ok(String(res.body.id).startsWith('https://verbatim.example/api/annotations'), res.body.id);
  } finally {
    fixed.close();
  }
});
