// Bad requests of every kind get a 4xx with the `{error:{code,message}}` body, never a 500 or an empty answer:
// malformed percent-encoding on every `:id` route, a malformed Host, a false Content-Encoding, an over-long URL,
// a body longer than its Content-Length, and query parameters a route does not take.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rawRequest, startFullEnv, type FullEnv } from './full.ts';

let env: FullEnv;
before(async () => {
  env = await startFullEnv();
});
after(() => env?.close());

/** Every route with an `:id` (method, path with the id replaced by ID). */
const ID_ROUTES: Array<[string, string]> = [
  ['GET', '/api/paragraphs/ID'], ['GET', '/p/ID'], ['GET', '/a/ID'], ['GET', '/api/articles/ID'],
  ['GET', '/api/annotations/ID'], ['PATCH', '/api/annotations/ID'], ['DELETE', '/api/annotations/ID'],
  ['POST', '/api/annotations/ID/restore'], ['GET', '/api/annotations/ID/history'], ['GET', '/api/annotations/ID/claimreview'],
  ['GET', '/api/paragraphs/ID/annotations'], ['GET', '/api/documents/ID'], ['DELETE', '/api/documents/ID'],
];

interface Answer { status: number; body: string; json: unknown }

async function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  const res = await fetch(env.url + path, { method, headers: { Authorization: `Bearer ${env.keys.admin}`, ...headers }, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let json: unknown;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, body: text, json };
}

function parseRaw(raw: string): Answer {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const status = Number(head.split(' ')[1]);
  const body = rest.join('\r\n\r\n');
  let json: unknown;
  try { json = JSON.parse(body); } catch { json = undefined; }
  return { status, body, json };
}

function assertClientError(a: Answer, label: string, status?: number): void {
  if (status !== undefined) assert.equal(a.status, status, `${label}: ${a.body.slice(0, 200)}`);
  assert.ok(a.status >= 400 && a.status < 500, `${label}: status ${a.status} ${a.body.slice(0, 200)}`);
  const err = (a.json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  assert.equal(typeof err?.code, 'string', `${label}: an error code in ${a.body.slice(0, 200)}`);
  assert.equal(typeof err?.message, 'string', `${label}: an error message`);
}

for (const [method, route] of ID_ROUTES) {
  test(`400 for malformed percent-encoding: ${method} ${route}`, async () => {
    const body = method === 'PATCH' ? '{"note":"x"}' : undefined;
    const a = await send(method, route.replace('ID', '%ZZ'), { Accept: 'application/json', 'Content-Type': 'application/json' }, body);
    assertClientError(a, `${method} ${route}`, 400);
  });
}

test('400 for malformed Host headers, on routes that build URLs from it', async () => {
  for (const host of ['a b', '[::1', 'exa mple.org:80', 'x/y', '%%', 'a:b:c']) {
    for (const path of ['/api/search?q=a', `/api/annotations/${env.annotationId}`, '/api/annotations?limit=1']) {
      const raw = await rawRequest(env.bound.port, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      assertClientError(parseRaw(raw), `Host ${host} on ${path}`, 400);
    }
  }
});

test('a valid Host header is still served', async () => {
  const raw = await rawRequest(env.bound.port, 'GET /api/search?q=a HTTP/1.1\r\nHost: verbatim.example:8080\r\nConnection: close\r\n\r\n');
  assert.equal(parseRaw(raw).status, 200);
});

test('400 for a JSON POST whose Content-Encoding is false', async () => {
  for (const encoding of ['gzip', 'deflate', 'br']) {
    const a = await send('POST', '/api/annotations', { 'Content-Type': 'application/json', 'Content-Encoding': encoding }, '{"paragraph":"p_1"}');
    assertClientError(a, encoding);
  }
});

test('414 with an error body for a URL over 16 kB', async () => {
  const raw = await rawRequest(env.bound.port, `GET /api/search?q=${'a'.repeat(17_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  assertClientError(parseRaw(raw), 'long URL', 414);
});

test('a body longer than its Content-Length gets an error body for what follows, not silence', async () => {
  const raw = await rawRequest(env.bound.port, 'POST /api/annotations HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n'
    + `Authorization: Bearer ${env.keys.annotator}\r\nContent-Length: 3\r\n\r\n{"paragraph":"p_1"}`);
  const answers = raw.split(/(?=HTTP\/1\.1 )/).filter(Boolean).map(parseRaw);
  assert.ok(answers.length >= 1, raw);
  for (const a of answers) assertClientError(a, 'short Content-Length');
});

const unknownParams: Array<[string, string]> = [
  ['/api/search?speakers=x', 'speakers'],
  ['/api/search?q=a&limt=5', 'limt'],
  ['/api/annotations?verdicts=false', 'verdicts'],
  ['/api/annotations/export?fromat=csv', 'fromat'],
  ['/api/articles?page=2', 'page'],
  ['/api/speakers?q=x', 'q'],
  ['/api/paragraphs/p_0123456789abcdef?context=3', 'context'],
  ['/api/quotes?speaker=x&limits=3', 'limits'],
  ['/health?verbose=1', 'verbose'],
];
for (const [path, name] of unknownParams) {
  test(`400 naming the unknown query parameter: ${path}`, async () => {
    const a = await send('GET', path);
    assertClientError(a, path, 400);
    assert.match((a.json as { error: { message: string } }).error.message, new RegExp(`"${name}"`));
  });
}

test('known query parameters still pass', async () => {
  for (const path of ['/api/search?q=a&speaker=x&limit=5&offset=0&sort=document', '/api/annotations?verdict=false&limit=5', '/api/annotations/export?format=csv']) {
    assert.equal((await send('GET', path)).status, 200, path);
  }
});
