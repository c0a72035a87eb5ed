// Quotes as the unit: /api/quotes, /api/speakers/:name, the role filter of search, quote citations, against a
// real Meilisearch holding an invented document with quotes, voices and narration.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import AjvModule from 'ajv-draft-04';
import { BASE, startHttpEnv, type HttpEnv } from './env.ts';
import { FLO, GUS, HAL, quoteDocument } from './quotes-fixture.ts';

type AjvClass = typeof AjvModule.default;
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;

let env: HttpEnv;
const doc = quoteDocument();
const [, twoQuotes, longLead, mention, question, answer] = doc.paragraphs;
const gusQuotes = doc.paragraphs.flatMap((p) => p.quotes.filter((q) => q.speaker === GUS).map((q) => ({ p, q })));

before(async () => {
  env = await startHttpEnv();
  await env.engine.ingester.ingestDocuments([doc]);
});
after(() => env?.close());

interface QuoteItem {
  id: string; text: string; speaker: string; start: number; end: number; cue?: string; permalink: string;
  citation: { text: string; markdown: string; permalink: string };
  paragraph: { id: string; n: number; permalink: string }; article: { id: string; title: string } | null; page: number | null;
  context: { before: string; after: string };
}

test('GET /api/quotes lists a speaker\'s quotes in document order, each with paragraph, article, page, permalink', async () => {
  const res = await request(env.app).get('/api/quotes').query({ speaker: GUS });
  assert.equal(res.status, 200);
  assert.equal(res.body.speaker, GUS);
  assert.equal(res.body.total, 4);
  const items = res.body.quotes as QuoteItem[];
  assert.deepEqual(items.map((i) => i.id), gusQuotes.map(({ q }) => q.id));
  for (const [k, item] of items.entries()) {
    const { p, q } = gusQuotes[k]!;
    assert.equal(item.text, p.text.slice(item.start, item.end), 'the quote is the paragraph text between its offsets');
    assert.equal(item.paragraph.id, p.id);
    assert.equal(item.paragraph.permalink, `${BASE}/p/${p.id}`);
    assert.equal(item.permalink, `${BASE}/p/${p.id}#q-${q.id}`);
    assert.equal(item.article?.id, p.articleId);
    assert.equal(item.page, p.page);
    assert.ok(p.text.includes(item.context.before.replace(/^…/, '') + item.text + item.context.after.replace(/…$/, '')), 'context is the words around');
  }
  assert.equal(items[1]!.cue, 'he added');
  const first = items[0]!;
  assert.equal(first.citation.text, `${GUS}, quoted in “Harbour reopens”, by ${FLO}, Quokka Press, 2022, p. 5, para. 2. ${BASE}/p/${twoQuotes!.id}#q-${first.id}`);
});

test('GET /api/quotes: paging, article filter, name resolution, and clear errors', async () => {
  const page = await request(env.app).get('/api/quotes').query({ speaker: GUS, limit: 2, offset: 1 });
  assert.deepEqual(page.body.quotes.map((i: QuoteItem) => i.id), gusQuotes.slice(1, 3).map(({ q }) => q.id));
  assert.equal(page.body.total, 4);
  const inInterview = await request(env.app).get('/api/quotes').query({ speaker: GUS, article: answer!.articleId });
  assert.deepEqual(inInterview.body.quotes.map((i: QuoteItem) => i.paragraph.id), [answer!.id]);
  const bySurname = await request(env.app).get('/api/quotes').query({ speaker: 'harbourmaster' });
  assert.equal(bySurname.status, 200);
  assert.equal(bySurname.body.speaker, GUS, 'a unique surname in any case finds the full name');
  const voiceOnly = await request(env.app).get('/api/quotes').query({ speaker: HAL });
  assert.deepEqual([voiceOnly.status, voiceOnly.body.total], [200, 0], 'a known speaker without quotes has none');
  const cases: Array<[Record<string, string | number>, number, RegExp]> = [
    [{ speaker: 'Nobody Atall' }, 404, /no such speaker/],
    [{}, 400, /^speaker: /],
    [{ speaker: GUS, limit: 101 }, 400, /^limit: must be at most 100/],
    [{ speaker: GUS, offset: 'x' }, 400, /^offset: must be a whole number/],
  ];
  for (const [query, status, message] of cases) {
    const res = await request(env.app).get('/api/quotes').query(query);
    assert.equal(res.status, status, JSON.stringify(query));
    assert.match(res.body.error.message, message);
  }
});

test('GET /api/speakers/:name: roles, counts per article, name variants; 404 for an unknown name', async () => {
  const res = await request(env.app).get(`/api/speakers/${encodeURIComponent(GUS)}`);
  assert.equal(res.status, 200);
  assert.equal(res.body.name, GUS);
  assert.deepEqual(res.body.roles, ['quoted']);
  assert.equal(res.body.quotes, 4);
  assert.equal(res.body.voiceParagraphs, 0);
  const perArticle = Object.fromEntries(res.body.articles.map((a: { id: string; quotes: number; paragraphs: number }) => [a.id, [a.paragraphs, a.quotes]]));
  assert.deepEqual(perArticle, { [twoQuotes!.articleId!]: [2, 3], [answer!.articleId!]: [1, 1] });
  const variants = Object.fromEntries(res.body.variants.map((v: { text: string; kind: string; count: number }) => [v.text, [v.kind, v.count]]));
  assert.deepEqual(variants[GUS], ['name', 2], 'the full name, twice');
  assert.deepEqual(variants.Harbourmaster, ['name', 1], 'the surname alone, once (not inside the full name)');
  assert.deepEqual(variants['the harbourmaster'], ['description', 1], 'a cue that describes rather than names');
  assert.equal(variants.he, undefined, 'a pronoun is no variant');
  assert.equal(res.body.links.quotes, `/api/quotes?speaker=${encodeURIComponent(GUS)}`);
  const hal = (await request(env.app).get(`/api/speakers/${encodeURIComponent(HAL)}`)).body;
  assert.deepEqual([hal.roles, hal.voiceParagraphs, hal.quotes], [['interviewee'], 1, 0]);
  const missing = await request(env.app).get('/api/speakers/Nobody%20Atall');
  assert.equal(missing.status, 404);
  assert.match(missing.body.error.message, /no such speaker: Nobody Atall/);
});

interface Hit { id: string; snippet: string; speaking?: Array<{ name: string; as: string }>; quote?: { id: string; permalink: string } }
const search = async (query: Record<string, string | string[]>) => {
  const res = await request(env.app).get('/api/search').query(query);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.hits as Hit[];
};

test('search role filter: the quotes, the voice, or a voice role of a speaker', async () => {
  const cases: Array<[Record<string, string>, string[]]> = [
    [{ speaker: GUS, role: 'quoted' }, [twoQuotes!.id, longLead!.id, answer!.id]],
    [{ speaker: GUS, role: 'voice' }, []],
    [{ speaker: HAL, role: 'voice' }, [answer!.id]],
    [{ speaker: HAL, role: 'interviewee' }, [answer!.id]],
    [{ speaker: HAL, role: 'quoted' }, []],
    [{ speaker: FLO, role: 'interviewer' }, [question!.id]],
    [{ speaker: FLO, role: 'author' }, []],
  ];
  for (const [query, ids] of cases) assert.deepEqual((await search(query)).map((h) => h.id), ids, JSON.stringify(query));
  const both = await search({ speaker: GUS });
  assert.deepEqual(both.map((h) => h.id), [twoQuotes!.id, longLead!.id, answer!.id], 'no role: voice and quotes');
  assert.ok(!both.some((h) => h.id === mention!.id), 'a person only mentioned is not found through their name filter');
  for (const [query, message] of [[{ role: 'quoted' }, /^role: needs a speaker/], [{ speaker: GUS, role: 'shouted' }, /^role: must be one of quoted, voice/]] as const) {
    const res = await request(env.app).get('/api/search').query(query);
    assert.equal(res.status, 400);
    assert.match(res.body.error.message, message);
  }
});

test('a hit found through a speaker says how they speak there and centres the snippet on their quote', async () => {
  const [hit] = await search({ speaker: GUS, q: 'dredging' });
  assert.equal(hit?.id, longLead!.id);
  assert.deepEqual(hit.speaking, [{ name: GUS, as: 'quoted' }]);
  assert.equal(hit.quote?.id, longLead!.quotes[0]!.id);
  assert.equal(hit.quote?.permalink, `${BASE}/p/${longLead!.id}#q-${longLead!.quotes[0]!.id}`);
  assert.match(hit.snippet, /^…/, 'the window moved to the quote at the end');
  assert.ok(hit.snippet.includes('<q>The ferries are back for good,</q>'), hit.snippet);
  const [plain] = (await search({ q: 'dredging' })).filter((h) => h.id === longLead!.id);
  assert.ok(!plain?.snippet.includes('<q>') && plain?.snippet.includes('<mark>dredging</mark>'), 'without a speaker filter: the usual snippet');
  const [second] = await search({ speaker: GUS, q: 'believed' });
  assert.equal(second?.quote?.id, twoQuotes!.quotes[1]!.id, 'the quote holding a match is the one shown');
  assert.ok(second?.snippet.includes('<q>Nobody <mark>believed</mark> the ferries would return,</q>'), second?.snippet);
  const [voice] = await search({ speaker: HAL });
  assert.deepEqual(voice?.speaking, [{ name: HAL, as: 'interviewee' }]);
  assert.equal(voice?.quote, undefined, 'their own paragraph: no quote to centre on');
});

test('/api/paragraphs/:id?quote= cites the quote; a whole paragraph cites its voice or the author, never a person quoted', async () => {
  const q = twoQuotes!.quotes[1]!;
  const res = await request(env.app).get(`/api/paragraphs/${twoQuotes!.id}`).query({ quote: q.id });
  assert.equal(res.status, 200);
  assert.equal(res.body.quote.id, q.id);
  assert.equal(res.body.quote.text, twoQuotes!.text.slice(res.body.quote.start, res.body.quote.end));
  assert.equal(res.body.quote.permalink, `${BASE}/p/${twoQuotes!.id}#q-${q.id}`);
  assert.equal(res.body.quote.citation.text, `${GUS}, quoted in “Harbour reopens”, by ${FLO}, Quokka Press, 2022, p. 5, para. 2. ${BASE}/p/${twoQuotes!.id}#q-${q.id}`);
  const unknown = await request(env.app).get(`/api/paragraphs/${twoQuotes!.id}`).query({ quote: 'q_000000000000' });
  assert.equal(unknown.status, 404);
  assert.match(unknown.body.error.message, /no such quote/);
  const narration = (await request(env.app).get(`/api/paragraphs/${longLead!.id}`)).body.paragraph;
  assert.equal(narration.citation.text, `“Harbour reopens”, by ${FLO}, Quokka Press, 2022, p. 5, para. 3. ${BASE}/p/${longLead!.id}`);
  const spoken = (await request(env.app).get(`/api/paragraphs/${answer!.id}`)).body.paragraph;
  assert.match(spoken.citation.text, new RegExp(`^${HAL}, “Talking tides”, by ${FLO}, `), 'the voice, not the person quoted in the answer');
  assert.equal(spoken.voice, HAL);
  assert.equal(spoken.quotes[0].citation.text.startsWith(`${GUS}, quoted in “Talking tides”`), true);
});

test('/openapi.json documents the quote routes, and their answers validate', async () => {
  const api = (await request(env.app).get('/openapi.json')).body;
  for (const p of ['/api/quotes', '/api/speakers/{name}']) assert.ok(api.paths[p]?.get, p);
  assert.ok(api.paths['/api/search'].get.parameters.some((p: { name: string }) => p.name === 'role'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  const rewrite = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replaceAll('#/components/schemas/', 'api#/definitions/'));
  ajv.addSchema(rewrite({ id: 'api', definitions: api.components.schemas }) as object, 'api');
  const checks: Array<[string, string]> = [
    [`/api/quotes?speaker=${encodeURIComponent(GUS)}`, 'QuoteList'],
    [`/api/speakers/${encodeURIComponent(GUS)}`, 'SpeakerProfile'],
    [`/api/paragraphs/${twoQuotes!.id}?quote=${twoQuotes!.quotes[0]!.id}`, 'ParagraphContext'],
    [`/api/search?speaker=${encodeURIComponent(GUS)}&q=ferries`, 'SearchResponse'],
  ];
  for (const [path, schema] of checks) {
    const res = await request(env.app).get(path);
    assert.ok(ajv.validate({ $ref: `api#/definitions/${schema}` }, res.body), `${path}: ${ajv.errorsText()}`);
  }
  assert.equal(ajv.validate({ $ref: 'api#/definitions/QuoteList' }, { speaker: 'x', total: 1, limit: 1, offset: 0, quotes: [{ id: 'q' }] }), false, 'the schema can fail');
});

/** The README's quote and speaker examples as request paths: `curl -s [-G] [']localhost:3000/PATH['] [--data-urlencode 'k=v']…`. */
function readmeExamples(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Quotes and speakers'), readme.indexOf('Errors are always'));
  return [...section.matchAll(/^curl -s (?:-G )?'?localhost:3000([^\s']+)'?((?: --data-urlencode '[^']+')*)\s*$/gm)].map(([, path, data]) => {
    const params = [...(data ?? '').matchAll(/--data-urlencode '([^=]+)=([^']*)'/g)].map(([, k, v]) => `${k}=${encodeURIComponent(v!)}`);
    return params.length ? `${path}${path!.includes('?') ? '&' : '?'}${params.join('&')}` : path!;
  });
}

test('the README\'s quote and speaker examples answer as it says (bundled report)', async () => {
  const examples = readmeExamples();
  assert.ok(examples.length >= 4, `found ${examples.length}`);
  for (const path of examples) {
    const res = await request(env.app).get(path);
    assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.body).slice(0, 200)}`);
    if (path.startsWith('/api/quotes')) assert.ok(res.body.total > 0, `${path} lists quotes`);
    if (path.startsWith('/api/speakers/')) assert.ok(res.body.quotes > 0 && res.body.variants.length > 1, `${path} has quotes and name forms`);
    if (path.includes('role=quoted')) {
      assert.ok(res.body.hits.length > 0);
      for (const hit of res.body.hits) assert.ok(hit.speaking.some((s: { as: string }) => s.as === 'quoted') && hit.quote, `${hit.id} is their quote`);
    }
    if (path.includes('?quote=')) assert.ok(res.body.quote?.citation.text.includes(', quoted in “'), path);
  }
});
