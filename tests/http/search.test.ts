// GET /api/search against a real Meilisearch holding the corpus (looked up at test time) and the fixture document.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import type { Paragraph } from '../../src/domain/types.ts';
import type { IngestableDocument } from '../../src/search/records.ts';
import { ADA, BO, CY, corpusDocument, distinctiveWords, fixtureDocument, tokens } from '../search/fixtures.ts';
import { BASE, fakeAnnotations, startHttpEnv, type HttpEnv } from './env.ts';

let env: HttpEnv;
let corpus: IngestableDocument;
const fixture = fixtureDocument();

before(async () => {
  env = await startHttpEnv();
  corpus = await corpusDocument();
});
after(() => env?.close());

interface Hit {
  id: string; n: number; snippet: string; page: number | null; kind: string; speakers: string[]; roles: Record<string, string>;
  article: { id: string; title: string } | null; document: { id: string; title: string }; permalink: string;
  annotations: { count: number; verdicts: string[] };
  // only with fields=text or fields=citation
  text: string; citation: { permalink: string; text: string; markdown: string; csl: Record<string, unknown> };
}
interface Body { hits: Hit[]; total: number; facets: Record<'speakers' | 'articles' | 'kinds', Record<string, number>>; processingTimeMs: number }

async function search(query: Record<string, string | string[] | number>, app = env.app): Promise<Body> {
  const res = await request(app).get('/api/search').query(query);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body as Body;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

function assertFinds(body: Body, p: Paragraph): Hit {
  const hit = body.hits.find((h) => h.id === p.id);
  assert.ok(hit, `paragraph ${p.id} not among ${body.hits.length} hits`);
  return hit;
}

test('a keyword search finds a quote with its speaker, roles, page, snippet and permalink, and nothing more (fixture)', async () => {
  const p = fixture.paragraphs.find((x) => x.text.includes('zoologist'))!;
  const hit = assertFinds(await search({ q: 'zoologist patiently' }), p);
  assert.deepEqual(hit.speakers, [BO]);
  assert.deepEqual(hit.roles, p.roles);
  assert.equal(hit.page, 2);
  assert.equal(hit.n, 3);
  assert.equal(hit.kind, 'answer');
  assert.deepEqual(hit.article, { id: 'a_fixture000001', title: 'Talking quokkas' });
  assert.equal(hit.document.id, fixture.document.id);
  assert.match(hit.snippet, /<mark>zoologist<\/mark>/i);
  assert.equal(hit.permalink, `${BASE}/p/${p.id}`);
  assert.deepEqual(hit.annotations, { count: 0, verdicts: [] });
  assert.deepEqual(Object.keys(hit).sort(), ['annotations', 'article', 'document', 'id', 'kind', 'n', 'page', 'permalink', 'roles', 'snippet', 'speakers'], 'slim by default: no text, no citation');
});

test('fields=citation adds the full text and the citation; fields=text the text alone; anything else is a 400', async () => {
  const p = fixture.paragraphs.find((x) => x.text.includes('zoologist'))!;
  const cited = assertFinds(await search({ q: 'zoologist patiently', fields: 'citation' }), p);
  assert.equal(cited.text, p.text);
  assert.equal(cited.citation.permalink, `${BASE}/p/${p.id}`);
  assert.match(cited.citation.text, new RegExp(`^${BO}, “Talking quokkas”, by ${ADA}, Fixture Press, 2021, p\\. 2, para\\. 3\\. ${BASE}/p/${p.id}$`));
  assert.equal(cited.citation.csl.id, p.id);
  const texted = assertFinds(await search({ q: 'zoologist patiently', fields: 'text' }), p);
  assert.equal(texted.text, p.text);
  assert.equal(texted.citation, undefined);
  const both = assertFinds(await search({ q: 'zoologist patiently', fields: 'text,citation' }), p);
  assert.ok(both.text && both.citation);
  const bad = await request(env.app).get('/api/search').query({ q: 'x', fields: 'csl' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, 'bad_request');
  assert.match(bad.body.error.message, /^fields: /);
});

test('a keyword search finds a corpus paragraph that has a speaker, with that speaker and page', async (t) => {
  const attributed = corpus.paragraphs.filter((p) => p.speakers.length && p.page !== null && distinctiveWords(p.text).length >= 3);
  if (!attributed.length) return t.skip('no attributed paragraphs yet');
  const p = attributed[Math.floor(attributed.length / 2)]!;
  const hit = assertFinds(await search({ q: distinctiveWords(p.text).join(' '), limit: 50, fields: 'citation' }), p);
  assert.deepEqual(hit.speakers, p.speakers);
  assert.equal(hit.page, p.page);
  assert.ok(hit.citation.text.startsWith(p.speakers[0]!), hit.citation.text);
  assert.ok(hit.citation.text.includes(`p. ${p.page}`));
});

test('snippets escape the text as HTML and mark only the matches', async () => {
  const hit = (await search({ q: 'escaped quokka', fields: 'text' })).hits.find((h) => h.text.includes('<b>'))!;
  assert.ok(hit);
  assert.ok(!hit.snippet.includes('<b>'), hit.snippet);
  assert.match(hit.snippet, /&lt;b&gt;bold&lt;\/b&gt; &amp; &quot;quoted&quot;/);
  assert.match(hit.snippet, /<mark>quokka<\/mark>/);
});

test('a speaker filter returns only that speaker, facet counts add up, empty q lists in document order', async () => {
  const body = await search({ speaker: BO, limit: 100 });
  const expected = fixture.paragraphs.filter((p) => p.speakers.includes(BO));
  assert.deepEqual(body.hits.map((h) => h.id), expected.map((p) => p.id), 'all of them, in document order');
  assert.ok(body.hits.every((h) => h.speakers.includes(BO)));
  assert.equal(body.total, expected.length);
  assert.equal(body.facets.speakers[BO], body.total);
  assert.equal(sum(body.facets.kinds), body.total);
  assert.equal(body.facets.speakers[CY], 1, 'co-speakers are counted too');
  const two = await search({ speaker: [ADA, CY] });
  assert.equal(two.total, fixture.paragraphs.filter((p) => p.speakers.includes(ADA) || p.speakers.includes(CY)).length);
});

test('speaker filter on the corpus: every hit has the speaker and the facet equals the total', async (t) => {
  const speakers = (await request(env.app).get('/api/speakers')).body as Array<{ name: string; paragraphs: number }>;
  const s = speakers.find((x) => ![ADA, BO, CY].includes(x.name));
  if (!s) return t.skip('no attributed paragraphs yet');
  const body = await search({ speaker: s.name, limit: 100 });
  assert.ok(body.hits.every((h) => h.speakers.includes(s.name)));
  assert.equal(body.total, s.paragraphs);
  assert.equal(body.facets.speakers[s.name], body.total);
  assert.equal(sum(body.facets.kinds), body.total);
  const expected = corpus.paragraphs.filter((p) => p.speakers.includes(s.name)).map((p) => p.id);
  assert.deepEqual(body.hits.map((h) => h.id), expected.slice(0, 100));
});

test('a quoted phrase matches only paragraphs (or article titles) with the words in that order', async () => {
  const p = corpus.paragraphs.find((x) => tokens(x.text).filter((w) => /^\p{L}{4,}$/u.test(w)).length >= 8)!;
  const words = tokens(p.text);
  const start = words.findIndex((w, i) => [0, 1, 2].every((k) => /^\p{L}{3,}$/u.test(words[i + k] ?? '')));
  const phrase = words.slice(start, start + 3);
  const body = await search({ q: `"${phrase.join(' ')}"`, limit: 100, fields: 'text' });
  assertFinds(body, p);
  const containsPhrase = (text: string) => tokens(text).join(' ').includes(phrase.join(' '));
  // Article titles are searchable too (index-config/paragraphs.json), so the phrase may sit there.
  for (const h of body.hits) assert.ok(containsPhrase(h.text) || containsPhrase(h.article?.title ?? ''), `${h.text} lacks "${phrase.join(' ')}"`);
  const reversed = [...phrase].reverse().join(' ');
  if (!tokens(p.text).join(' ').includes(reversed)) {
    assert.ok(!(await search({ q: `"${reversed}"`, limit: 100 })).hits.some((h) => h.id === p.id));
  }
});

test('a typo (Tokaev) and a spelling variant (Mazhilis) still find the paragraph', async (t) => {
  const typo = corpus.paragraphs.find((p) => /\btokayev\b/i.test(p.text) && !/\btokaev\b/i.test(p.text));
  const variant = corpus.paragraphs.find((p) => /\bmaji?lis\b/i.test(p.text) && !/\bmazhilis\b/i.test(p.text));
  if (!typo || !variant) return t.skip('the corpus extraction lacks these spellings');
  assertFinds(await search({ q: 'Tokaev', limit: 100 }), typo);
  assertFinds(await search({ q: 'Mazhilis', limit: 100 }), variant);
});

test('paging: pages are disjoint, consistent with one large page, totals stable', async () => {
  const all = await search({ q: '', limit: 12 });
  const p1 = await search({ q: '', limit: 6, offset: 0 });
  const p2 = await search({ q: '', limit: 6, offset: 6 });
  const odd = await search({ q: '', limit: 4, offset: 3 });
  assert.deepEqual([...p1.hits, ...p2.hits].map((h) => h.id), all.hits.map((h) => h.id));
  assert.deepEqual(odd.hits.map((h) => h.id), all.hits.slice(3, 7).map((h) => h.id));
  assert.equal(all.total, corpus.paragraphs.length + fixture.paragraphs.length);
  assert.equal(p2.total, all.total);
  assert.equal((await search({ q: '', offset: all.total, limit: 10 })).hits.length, 0);
});

test('filters by kind, page and article combine', async () => {
  const body = await search({ kind: ['question', 'answer'], page: '3', article: 'a_fixture000001' });
  const expected = fixture.paragraphs.filter((p) => ['question', 'answer'].includes(p.kind) && p.page === 3 && p.articleId === 'a_fixture000001');
  assert.deepEqual(body.hits.map((h) => h.id), expected.map((p) => p.id));
  assert.ok(expected.length >= 2);
});

test('filter injection: a speaker value that tries to add a clause matches nothing', async () => {
  assert.ok((await search({ kind: 'caption' })).total > 0, 'captions exist, so a widened filter would find some');
  for (const value of ['x" OR kind = "caption', 'x\\" OR kind = "caption', 'x\\', `${BO}" OR speakers EXISTS OR "`]) {
    const body = await search({ speaker: value });
    assert.equal(body.total, 0, value);
  }
});

test('annotation params validate without an annotation store; hits carry zero counts', async () => {
  assert.equal((await search({ annotated: 'true' })).total, 0);
  assert.equal((await search({ verdict: 'false' })).total, 0);
  const all = await search({ annotated: 'false', q: 'quokkas' });
  assert.ok(all.total > 0);
  assert.ok(all.hits.every((h) => h.annotations.count === 0));
});

test('with an annotation index: counts on hits, annotated and verdict filters', async () => {
  const [a, b] = fixture.paragraphs;
  const app = env.makeApp({ annotations: fakeAnnotations({ [a!.id]: ['misleading', 'misleading'], [b!.id]: ['accurate'] }) });
  const annotated = await search({ annotated: 'true', limit: 100 }, app);
  assert.deepEqual(new Set(annotated.hits.map((h) => h.id)), new Set([a!.id, b!.id]));
  assert.deepEqual(annotated.hits.find((h) => h.id === a!.id)?.annotations, { count: 2, verdicts: ['misleading'] });
  assert.deepEqual((await search({ verdict: 'accurate' }, app)).hits.map((h) => h.id), [b!.id]);
  const without = await search({ annotated: 'false', speaker: ADA }, app);
  assert.ok(!without.hits.some((h) => h.id === b!.id));
  assert.equal(without.total, fixture.paragraphs.filter((p) => p.speakers.includes(ADA)).length - 1);
});

test('typographic quotes are phrases, and a query with nothing found carries suggestions that find something', async () => {
  const straight = await search({ q: '"zephyr brings pollen"' });
  for (const q of ['“zephyr brings pollen”', '„zephyr brings pollen“', '«zephyr brings pollen»', '‘zephyr brings pollen’']) {
    const typographic = await search({ q });
    assert.deepEqual(typographic.hits.map((h) => h.id), straight.hits.map((h) => h.id), q);
  }
  assert.equal(straight.total, 1);
  assert.equal((await search({ q: '"pollen brings zephyr"' })).total, 0, 'a phrase keeps its order');
  const typo = (await search({ q: 'zuulgoist' })) as Body & { suggestions: string[] };
  assert.equal(typo.total, 0);
  assert.ok(typo.suggestions.includes('zoologist'), JSON.stringify(typo.suggestions));
  assert.deepEqual(((await search({ q: 'zoologist' })) as Body & { suggestions: string[] }).suggestions, []);
});
