// Property-based fuzzing of every route with generated bad input (fast-check), for a bounded time: no answer is a
// 5xx, every error is `{error:{code,message}}` (a browser asking for a page may get the HTML page instead), no
// stack trace ever, and the server is alive and answers afterwards. Requests go over a raw socket to the real
// listening socket, so malformed request lines, headers and encodings reach Node's parser as they would.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { rawRequest, startFullEnv, type FullEnv } from './full.ts';

/** Time budget of the property (fast-check stops generating after it); the figure goes in docs/security.md. */
const FUZZ_MS = Number(process.env.FUZZ_MS ?? 25_000);

let env: FullEnv;
before(async () => {
  // The page routes serve web/dist: build it when missing, so they answer as in production (not 503 "not built").
  if (!existsSync('web/dist/index.html')) execFileSync(process.execPath, ['scripts/build-web.mjs', '--quiet'], { stdio: 'inherit' });
  env = await startFullEnv();
});
after(() => env?.close());

const ROUTES: Array<[string, string]> = [
  ['GET', '/api/search'], ['GET', '/api/paragraphs/:id'], ['GET', '/p/:id'], ['GET', '/a/:id'], ['GET', '/api/articles'],
  ['GET', '/api/articles/:id'], ['GET', '/api/speakers'], ['GET', '/health'], ['GET', '/openapi.json'], ['GET', '/'],
  ['GET', '/api/annotations'], ['GET', '/api/annotations/export'], ['POST', '/api/annotations'], ['GET', '/api/annotations/:id'],
  ['PATCH', '/api/annotations/:id'], ['DELETE', '/api/annotations/:id'], ['POST', '/api/annotations/:id/restore'],
  ['GET', '/api/annotations/:id/history'], ['GET', '/api/annotations/:id/claimreview'], ['GET', '/api/paragraphs/:id/annotations'],
  ['GET', '/api/keys/me'], ['GET', '/api/documents'], ['GET', '/api/documents/:id'], ['DELETE', '/api/documents/:id'],
  ['POST', '/api/documents'], ['GET', '/ingest'],
];
const METHODS = ['GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'HEAD', 'OPTIONS', 'TRACE', 'FOO'];
const PARAM_NAMES = ['q', 'speaker', 'speakers', 'article', 'kind', 'page', 'limit', 'offset', 'sort', 'annotated', 'verdict', 'format',
  'paragraph', 'document', 'status', 'tag', 'creator', 'motivation', '__proto__', 'constructor', 'q[]', 'limit[a]', ''];

/** Safe on a request line: printable ASCII without space (anything else is percent-encoded, or sent raw on purpose). */
const pathSafe = (s: string) => encodeURIComponent(s);
const headerSafe = (s: string) => s.replace(/[\r\n]/g, '');

function requestArb(env: FullEnv) {
  const id = fc.oneof(
    fc.constantFrom(env.paragraphId, env.annotationId, 'p_0123456789abcdef', 'an_000', 'kazakhstan-elections-special-report', '..', '.'),
    fc.string({ maxLength: 40 }).map(pathSafe),
    fc.string({ unit: 'binary', maxLength: 20 }).map(pathSafe),
    fc.stringMatching(/^(%[0-9A-Za-z]{0,2}|[a-z_]){1,12}$/), // malformed percent-encoding
    fc.constantFrom('%ZZ', '%', '%E0%A4%A', '%00', '..%2F..%2Fetc%2Fpasswd', '%C0%AF', 'a'.repeat(5000)),
  );
  const route = fc.oneof(
    { weight: 9, arbitrary: fc.tuple(fc.constantFrom(...ROUTES), id).map(([[m, p], i]) => [m, p.replace(':id', i)] as const) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...METHODS), fc.string({ maxLength: 30 })).map(([m, p]) => [m, `/${pathSafe(p)}`] as const) },
  );
  const method = fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) });
  const value = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('-1', '0', '101', '1e9', 'NaN', 'true', 'answer', 'csv', 'x'.repeat(600)));
  const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAM_NAMES), fc.string({ maxLength: 8 })), value), { maxLength: 4 })
    .map((pairs) => (pairs.length ? '?' + pairs.map(([k, v]) => `${pathSafe(k)}=${pathSafe(v)}`).join('&') : ''));
  const auth = fc.oneof(
    fc.constant(''), fc.constantFrom(env.keys.reader, env.keys.annotator, env.keys.admin).map((k) => `Authorization: Bearer ${k}`),
    fc.constantFrom('Authorization: Bearer', 'Authorization: Basic YTpi', 'X-Api-Key: nope', 'Authorization: Bearer a b'),
    fc.string({ maxLength: 40 }).map((s) => `Authorization: ${headerSafe(s)}`),
  );
  const host = fc.oneof({ weight: 5, arbitrary: fc.constant('127.0.0.1') },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom('a b', '[::1', '%%', '', 'x:99999999', 'ünïcode.example'), fc.string({ maxLength: 20 }).map(headerSafe)) });
  const contentType = fc.constantFrom('', 'application/json', 'application/ld+json', 'text/plain', 'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=XyZ', 'multipart/form-data', 'application/json; charset=utf-16', 'image/png');
  const encoding = fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'zstd', 'x') });
  const accept = fc.constantFrom('', 'application/json', 'text/html', '*/*', 'image/png', 'text/html;q=0.1, application/json;q=0.2');
  const annotationLike = fc.record({
    paragraph: fc.oneof(fc.constant(env.paragraphId), fc.string({ maxLength: 20 })),
    selector: fc.oneof(fc.record({ exact: fc.string({ maxLength: 30 }) }), fc.jsonValue({ maxDepth: 2 })),
    note: fc.oneof(fc.string({ maxLength: 50 }), fc.integer()), verdict: fc.oneof(fc.constantFrom('false', 'true', 'mostly-true'), fc.string({ maxLength: 10 })),
    tags: fc.oneof(fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }), fc.string()), visibility: fc.constantFrom('public', 'private', 'x'),
  }, { requiredKeys: [] }).map((o) => JSON.stringify(o));
  const multipart = fc.tuple(fc.string({ maxLength: 200 }), fc.constantFrom('text/plain', 'application/pdf', 'image/png'), fc.string({ maxLength: 20 }))
    .map(([content, type, name]) => `--XyZ\r\nContent-Disposition: form-data; name="file"; filename="${headerSafe(name).replace(/"/g, '')}.txt"\r\n`
      + `Content-Type: ${type}\r\n\r\n${content}\r\n--XyZ--\r\n`);
  const body = fc.oneof(fc.constant(''), annotationLike, fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? ''),
    fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }), multipart, fc.constantFrom('{"a":', '\u0000\u0001', '[]'.repeat(2000)));
  const lengthSkew = fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: -5, max: -1 }) });
  return fc.record({ route, method, query, auth, host, contentType, encoding, accept, body, lengthSkew });
}

type Req = ReturnType<typeof requestArb> extends fc.Arbitrary<infer T> ? T : never;

function toRaw(r: Req): Buffer {
  const [routeMethod, path] = r.route;
  const method = r.method ?? routeMethod;
  const body = Buffer.from(r.body);
  const headers = [
    `Host: ${r.host}`, 'Connection: close', r.auth, r.contentType && `Content-Type: ${r.contentType}`,
    r.encoding && `Content-Encoding: ${r.encoding}`, r.accept && `Accept: ${r.accept}`,
    body.length || method !== 'GET' ? `Content-Length: ${Math.max(0, body.length + r.lengthSkew)}` : '',
  ].filter(Boolean);
  return Buffer.concat([Buffer.from(`${method} ${path}${r.query} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}

interface Answer { status: number; type: string; body: string }

/** The responses on a connection, one after another, each read by its Content-Length (latin1: one char per byte). */
function parseAnswers(raw: string): Answer[] {
  const out: Answer[] = [];
  let rest = raw;
  while (rest.startsWith('HTTP/1.1 ')) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const head = rest.slice(0, end);
    const length = Number(/^content-length: *(\d+)/im.exec(head)?.[1] ?? rest.length);
    const body = Buffer.from(rest.slice(end + 4, end + 4 + length), 'latin1').toString('utf8');
    out.push({ status: Number(head.slice(9, 12)), type: /^content-type: *(.*)$/im.exec(head)?.[1] ?? '', body });
    rest = rest.slice(end + 4 + length);
  }
  return out;
}

function checkAnswer(a: Answer, r: Req): void {
  const label = `${r.method ?? r.route[0]} ${r.route[1].slice(0, 80)}${r.query.slice(0, 80)} → ${a.status} ${a.body.slice(0, 160)}`;
  assert.ok(a.status >= 100 && a.status < 500, `no 5xx: ${label}`);
  assert.doesNotMatch(a.body, /\n\s+at |node_modules|\.ts:\d+/, `no stack trace: ${label}`);
  if (a.status < 400) return;
  if (/text\/html/.test(a.type) && !r.route[1].startsWith('/api/')) return; // a page (404 page, 429 page) for browsers
  if (r.method === 'HEAD' || (r.route[0] === 'HEAD' && !r.method)) return; // no body by definition
  assert.match(a.type, /application\/json/, `JSON error: ${label}`);
  const parsed = JSON.parse(a.body) as { error?: { code?: unknown; message?: unknown } };
  assert.deepEqual(Object.keys(parsed), ['error'], label);
  assert.deepEqual(Object.keys(parsed.error ?? {}).sort(), ['code', 'message'], label);
  assert.equal(typeof parsed.error?.code, 'string', label);
  assert.ok(typeof parsed.error?.message === 'string' && parsed.error.message.length > 0, label);
}

test(`fuzz: every route with generated bad input for ${FUZZ_MS / 1000} s: no 5xx, errors in shape, server alive`, { timeout: FUZZ_MS + 120_000 }, async (t) => {
  let tried = 0;
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  await fc.assert(fc.asyncProperty(requestArb(env), async (r) => {
    tried++;
    const answers = parseAnswers(await rawRequest(env.bound.port, toRaw(r), 5000));
    assert.ok(answers.length > 0, `an answer to ${r.route[1].slice(0, 80)}`);
    for (const a of answers) {
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      try {
        checkAnswer(a, r);
      } catch (e) {
        failures.push((e as Error).message.slice(0, 600));
        throw e;
      }
    }
  }), { numRuns: 1_000_000, interruptAfterTimeLimit: FUZZ_MS, markInterruptAsFailure: false, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
    reporter: (out) => { if (out.failed) throw new Error(`${failures.at(-1) ?? 'failed'} (seed ${out.seed}, after ${out.numRuns} requests)`); } });
  t.diagnostic(`fuzz: ${tried} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
  assert.ok(tried >= 100, `at least 100 requests in ${FUZZ_MS} ms (${tried})`);
  const health = await fetch(`${env.url}/health`);
  assert.equal(health.status, 200, 'the server is alive and Meilisearch reachable');
});
