// Paragraphs, permalinks, articles, speakers, health and the OpenAPI document, against a real Meilisearch.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import AjvModule from 'ajv-draft-04';
import { ADA, BO, CY, corpusDocument, fixtureDocument, FIXTURE_DOC } from '../search/fixtures.ts';
import { BASE, startHttpEnv, type HttpEnv } from './env.ts';

// ajv-draft-04 is CommonJS: its class is the module itself under tsx, `.default` under other loaders.
type AjvClass = typeof AjvModule.default;
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;

let env: HttpEnv;
const fixture = fixtureDocument();

before(async () => {
  env = await startHttpEnv();
});
after(() => env?.close());

test('GET /api/paragraphs/:id gives the paragraph, its neighbours and its citation', async () => {
  const [a, b, c] = fixture.paragraphs;
  const res = await request(env.app).get(`/api/paragraphs/${b!.id}`);
  assert.equal(res.status, 200);
  assert.equal(res.body.paragraph.id, b!.id);
  assert.equal(res.body.paragraph.text, b!.text);
  assert.deepEqual(res.body.paragraph.roles, { [ADA]: 'interviewer' });
  assert.equal(res.body.previous.id, a!.id);
  assert.equal(res.body.next.id, c!.id);
  const cite = res.body.paragraph.citation;
  assert.equal(cite.permalink, `${BASE}/p/${b!.id}`);
  assert.match(cite.markdown, /^\*\*Ada Example\*\*, “\*Talking quokkas\*”/);
  assert.equal(cite.csl.type, 'interview');
  assert.deepEqual(cite.csl.author, [{ given: 'Ada', family: 'Example' }]);
  assert.deepEqual(cite.csl.issued, { 'date-parts': [[2021]] });
  const first = await request(env.app).get(`/api/paragraphs/${a!.id}`);
  assert.equal(first.body.previous, null, 'the first paragraph of a document has no previous one');
});

test('permalink /p/:id: JSON for JSON clients, the page hook for browsers', async () => {
  const id = fixture.paragraphs[0]!.id;
  const json = await request(env.app).get(`/p/${id}`).set('Accept', 'application/json');
  assert.equal(json.status, 200);
  assert.equal(json.body.paragraph.id, id);
  const withPage = env.makeApp({ paragraphPage: (ctx, _req, res) => void res.type('html').send(`<h1>${ctx?.paragraph.id ?? 'gone'}</h1>`) });
  const page = await request(withPage).get(`/p/${id}`).set('Accept', 'text/html');
  assert.equal(page.status, 200);
  assert.equal(page.text, `<h1>${id}</h1>`);
  const gone = await request(withPage).get('/p/p_ffffffffffffffff').set('Accept', 'text/html');
  assert.equal(gone.status, 404, 'a browser gets the page, with 404, for a paragraph that is gone');
  assert.equal(gone.text, '<h1>gone</h1>');
  assert.equal((await request(withPage).get('/p/p_ffffffffffffffff').set('Accept', 'application/json')).status, 404);
});

test('GET /api/articles lists articles of every document; /api/articles/:id has its paragraphs in order', async () => {
  const corpus = await corpusDocument();
  const list = await request(env.app).get('/api/articles');
  assert.equal(list.status, 200);
  const ids = (list.body as Array<{ id: string }>).map((a) => a.id);
  assert.deepEqual(new Set(ids), new Set([...corpus.articles, ...fixture.articles].map((a) => a.id)));
  const one = await request(env.app).get('/api/articles/a_fixture000002');
  assert.equal(one.status, 200);
  assert.equal(one.body.title, 'Zephyr news');
  assert.equal(one.body.docId, FIXTURE_DOC);
  assert.equal(one.body.paragraphCount, 2);
  const expected = fixture.paragraphs.filter((p) => p.articleId === 'a_fixture000002');
  assert.deepEqual(one.body.paragraphs.map((p: { id: string }) => p.id), expected.map((p) => p.id));
  const first = corpus.articles[0];
  if (first) {
    const res = await request(env.app).get(`/api/articles/${first.id}`);
    const ns = res.body.paragraphs.map((p: { n: number }) => p.n);
    assert.deepEqual(ns, [...ns].sort((x: number, y: number) => x - y));
    assert.equal(ns.length, corpus.paragraphs.filter((p) => p.articleId === first.id).length);
  }
});

test('GET /api/speakers lists names with paragraph counts and roles', async () => {
  const res = await request(env.app).get('/api/speakers');
  assert.equal(res.status, 200);
  const byName = new Map((res.body as Array<{ name: string; paragraphs: number; roles: string[] }>).map((s) => [s.name, s]));
  assert.deepEqual(byName.get(ADA), { name: ADA, paragraphs: 2, roles: ['interviewer'] });
  assert.deepEqual(byName.get(BO), { name: BO, paragraphs: 3, roles: ['interviewee', 'quoted'] });
  assert.deepEqual(byName.get(CY), { name: CY, paragraphs: 1, roles: ['author'] });
});

test('GET /health reports the service, Meilisearch and the counts', async () => {
  const corpus = await corpusDocument();
  const res = await request(env.app).get('/health');
  assert.equal(res.status, 200);
  assert.equal(res.body.status, 'ok');
  assert.equal(res.body.meilisearch.status, 'available');
  assert.equal(res.body.documents, 2);
  assert.equal(res.body.paragraphs, corpus.paragraphs.length + fixture.paragraphs.length);
});

test('/openapi.json describes the API, and real responses validate against its schemas', async () => {
  const doc = (await request(env.app).get('/openapi.json')).body;
  assert.equal(doc.openapi, '3.0.3');
  for (const p of ['/api/search', '/api/paragraphs/{id}', '/api/articles', '/api/articles/{id}', '/api/speakers', '/health', '/p/{id}']) {
    assert.ok(doc.paths[p]?.get, p);
  }
  // OpenAPI 3.0 schemas are draft-04 JSON Schema plus `nullable`, which Ajv understands.
  const ajv = new Ajv({ strict: false, allErrors: true });
  const rewrite = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replaceAll('#/components/schemas/', 'api#/definitions/'));
  ajv.addSchema(rewrite({ id: 'api', definitions: doc.components.schemas }) as object, 'api');
  const check = async (path: string, schema: string) => {
    const res = await request(env.app).get(path);
    const valid = ajv.validate({ $ref: `api#/definitions/${schema}` }, res.body);
    assert.ok(valid, `${path}: ${ajv.errorsText()}`);
  };
  await check('/api/search?q=quokkas', 'SearchResponse');
  await check('/api/search?q=quokkas&fields=citation', 'SearchResponse');
  await check(`/api/paragraphs/${fixture.paragraphs[1]!.id}`, 'ParagraphContext');
  await check('/api/articles/a_fixture000001', 'ArticleWithParagraphs');
  await check('/health', 'Health');
  const broken = ajv.validate({ $ref: 'api#/definitions/SearchResponse' }, { hits: [{ id: 1 }], total: 0 });
  assert.equal(broken, false, 'the schemas can fail');
});
