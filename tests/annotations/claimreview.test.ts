import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import type { ParagraphRecord } from '../../src/domain/ports.ts';
import { claimAuthors } from '../../src/annotations/claimreview.ts';
import { auth, corpusRecords, makeEnv, pickQuote, type TestEnv } from './helpers.ts';

let env: TestEnv;
let quoted: ParagraphRecord; // a real paragraph, given two speakers and a quote by the second
let authored: ParagraphRecord; // a real paragraph without speakers, in an article with an author
let exact: string;

before(async () => {
  const records = await corpusRecords();
  const q = pickQuote(records);
  exact = q.exact;
  quoted = { ...q.p, speakers: ['First Speaker', 'Second Speaker'], quotes: [{ id: 'q_1', start: q.start - 5, end: q.start + q.exact.length + 5, text: q.p.text.slice(q.start - 5, q.start + q.exact.length + 5), speaker: 'Second Speaker' }] };
  const other = records.find((r) => r.id !== q.p.id && r.text.length > 60)!;
  authored = { ...other, speakers: [], roles: {}, voice: null, quotes: [], articleAuthors: ['Article Author'], articleTitle: 'An article title' };
  env = makeEnv(records.map((r) => (r.id === quoted.id ? quoted : r.id === authored.id ? authored : r)));
});
after(() => env.close());

async function assess(body: object) {
  const res = await request(env.app).post('/api/annotations').set(auth(env.key.annotator)).set('Host', 'factcheck.example:8080').send(body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return new URL(res.body.id).pathname;
}

test('ClaimReview: claim text, speaker of the overlapping quote, permalink, rating', async () => {
  const path = await assess({ paragraph: quoted.id, verdict: 'mostly-true', note: 'Figures check out, <i>mostly</i>.', selector: { exact } });
  const res = await request(env.app).get(`${path}/claimreview`).set('Host', 'factcheck.example:8080');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type'] ?? '', /^application\/ld\+json/);
  const cr = res.body;
  assert.equal(cr['@context'], 'https://schema.org');
  assert.equal(cr['@type'], 'ClaimReview');
  assert.equal(cr.claimReviewed, exact);
  assert.deepEqual(cr.itemReviewed.author, { '@type': 'Person', name: 'Second Speaker' });
  assert.equal(cr.itemReviewed['@type'], 'Claim');
  assert.equal(cr.itemReviewed.appearance.url, `http://factcheck.example:8080/p/${quoted.id}`, 'absolute permalink from the request host');
  assert.deepEqual(cr.reviewRating, { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' });
  assert.deepEqual(cr.author, { '@type': 'Person', name: 'Ann Annotator' });
  assert.equal(cr.reviewBody, 'Figures check out, <i>mostly</i>.');
  assert.match(cr.datePublished, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(cr.url, `http://factcheck.example:8080/a/${path.split('/').pop()}`, 'url: the fact-check page a person reads');
  assert.equal(cr.sameAs, `http://factcheck.example:8080${path}`);
});

test('ClaimReview: without speakers the claim is the article author\'s; whole paragraph is the claim', async () => {
  const path = await assess({ paragraph: authored.id, verdict: 'false' });
  const cr = (await request(env.app).get(`${path}/claimreview`)).body;
  assert.equal(cr.claimReviewed, authored.text);
  assert.deepEqual(cr.itemReviewed.author, { '@type': 'Person', name: 'Article Author' });
  assert.equal(cr.itemReviewed.appearance.headline, 'An article title');
});

test('ClaimReview: every verdict maps onto the rating scale', async () => {
  const table: [string, number | undefined, string][] = [
    ['true', 5, 'True'], ['mostly-true', 4, 'Mostly true'], ['mixed', 3, 'Mixed'],
    ['misleading', 2, 'Misleading'], ['false', 1, 'False'], ['unverifiable', undefined, 'Unverifiable'],
  ];
  for (const [verdict, value, label] of table) {
    const path = await assess({ paragraph: quoted.id, verdict, selector: { exact } });
    const rating = (await request(env.app).get(`${path}/claimreview`)).body.reviewRating;
    assert.equal(rating.ratingValue, value, verdict);
    assert.equal(rating.alternateName, label, verdict);
  }
});

test('ClaimReview: only for assessing annotations', async () => {
  const res = await request(env.app).post('/api/annotations').set(auth(env.key.annotator)).send({ paragraph: quoted.id, note: 'just a comment' });
  const cr = await request(env.app).get(`${new URL(res.body.id).pathname}/claimreview`);
  assert.equal(cr.status, 404);
  assert.match(cr.body.error.message, /not an assessment/);
});

test('claimAuthors: quote speaker, the voice, narration → article authors (never a person quoted), publisher', () => {
  const text = 'The commission said turnout was high. “We counted every vote,” the chair said.';
  const base: ParagraphRecord = {
    id: 'p_1', articleId: 'a_1', n: 1, page: 1, kind: 'body', text, speakers: ['The Chair'], roles: {},
    voice: null, quotes: [{ id: 'q_1', start: 39, end: 61, text: 'We counted every vote,', speaker: 'The Chair' }], docId: 'd', docTitle: 'D', publisher: 'The Paper',
    articleTitle: 'T', articleAuthors: ['A Reporter'], articleKind: 'news', position: 0,
  };
  const ann = (exact: string | null) => ({
    target: { paragraphId: 'p_1', docId: 'd', articleId: 'a_1', speakers: ['Stored Speaker'], paragraphText: text,
      selector: exact ? { exact, prefix: '', suffix: '', start: text.indexOf(exact), end: text.indexOf(exact) + exact.length } : null },
  }) as unknown as Parameters<typeof claimAuthors>[0];
  const names = (exact: string | null, p: ParagraphRecord | null) => claimAuthors(ann(exact), p).map((x) => x.name);
  const cases: [string, string | null, ParagraphRecord | null, string[]][] = [
    ['inside a quote', 'counted every vote', base, ['The Chair']],
    ['a word that is also in the quote, selected in the narration', 'The', base, ['A Reporter']],
    ['a selection that holds a whole quote', 'high. “We counted every vote,” the', base, ['The Chair']],
    ['narration around quotes', 'turnout was high', base, ['A Reporter']],
    ['whole paragraph of narration: the author, not the person quoted', null, base, ['A Reporter']],
    ['interview answer: the voice', 'turnout was high', { ...base, kind: 'answer', voice: 'The Guest', speakers: ['The Guest', 'The Chair'], roles: { 'The Guest': 'interviewee', 'The Chair': 'quoted' } }, ['The Guest']],
    ['whole opinion paragraph: its author\'s voice', null, { ...base, voice: 'An Author', speakers: ['An Author', 'The Chair'], roles: { 'An Author': 'author', 'The Chair': 'quoted' } }, ['An Author']],
    ['a record without voice: a speaker who is not quoted', null, { ...base, voice: undefined, speakers: ['The Guest', 'The Chair'], roles: { 'The Guest': 'interviewee', 'The Chair': 'quoted' } } as unknown as ParagraphRecord, ['The Guest']],
    ['nobody known: the publisher', 'turnout was high', { ...base, quotes: [], speakers: [], articleAuthors: [] }, ['The Paper']],
    ['paragraph gone: the stored speakers', 'turnout was high', null, ['Stored Speaker']],
  ];
  for (const [name, exact, p, want] of cases) assert.deepEqual(names(exact, p), want, name);
});
