import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import type { ParagraphRecord } from '../../src/domain/ports.ts';
import { auth, corpusRecords, makeEnv, pickQuote, type TestEnv } from './helpers.ts';

const BASE = 'https://verbatim.test';
let env: TestEnv;
let records: ParagraphRecord[];
let q: ReturnType<typeof pickQuote>;
let speakerParagraph: ParagraphRecord;

before(async () => {
  const extracted = await corpusRecords();
  q = pickQuote(extracted);
  // Attribution is still being built: give one real paragraph a known speaker so the speaker filter has something to find.
  const other = extracted.find((r) => r.id !== q.p.id && r.text.length > 80)!;
  speakerParagraph = { ...other, speakers: ['Test Speaker'] };
  records = extracted.map((r) => (r.id === other.id ? speakerParagraph : r));
  env = makeEnv(records, BASE);
});
after(() => env.close());

const post = (body: unknown, key = env.key.annotator) => request(env.app).post('/api/annotations').set(auth(key)).send(body as object);

test('create a quote annotation: 201, Location, W3C target with both selectors', async () => {
  const res = await post({ paragraph: q.p.id, note: 'Check this figure.', tags: ['turnout'], selector: { exact: q.exact, start: q.start } });
  assert.equal(res.status, 201);
  assert.match(res.headers['content-type'] ?? '', /^application\/ld\+json/);
  assert.equal(res.headers.location, res.body.id);
  assert.match(res.body.id, /^https:\/\/verbatim\.test\/api\/annotations\/an_[0-9a-f]+$/);
  assert.equal(res.body['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(res.body.motivation, 'commenting');
  assert.equal(res.body.target.source, `${BASE}/p/${q.p.id}`);
  const [quote, position] = res.body.target.selector;
  assert.deepEqual(quote, {
    type: 'TextQuoteSelector', exact: q.exact, prefix: q.p.text.slice(q.start - 32, q.start), suffix: q.p.text.slice(q.start + q.exact.length, q.start + q.exact.length + 32),
  });
  assert.deepEqual(position, { type: 'TextPositionSelector', start: q.start, end: q.start + q.exact.length });
  assert.deepEqual(res.body.creator, { type: 'Person', id: `urn:verbatim:key:${(await request(env.app).get('/api/keys/me').set(auth(env.key.annotator))).body.id}`, name: 'Ann Annotator' });
  assert.ok(res.body.body.some((b: { purpose: string; value: string }) => b.purpose === 'tagging' && b.value === 'turnout'));
  const got = await request(env.app).get(new URL(res.body.id).pathname);
  assert.equal(got.status, 200);
  assert.deepEqual(got.body, res.body);
});

test('a position that is a few characters off is corrected; without position the quote is searched', async () => {
  const off = await post({ paragraph: q.p.id, motivation: 'highlighting', selector: { exact: q.exact, start: Math.max(0, q.start - 5) } });
  assert.equal(off.status, 201);
  assert.equal(off.body.target.selector[1].start, q.start);
  const none = await post({ paragraph: q.p.id, motivation: 'highlighting', selector: { exact: q.exact } });
  assert.equal(none.body.target.selector[1].start, q.start);
});

test('whole-paragraph annotation has no selector', async () => {
  const res = await post({ paragraph: q.p.id, motivation: 'questioning', note: 'Who said this?' });
  assert.equal(res.status, 201);
  assert.equal(res.body.target, `${BASE}/p/${q.p.id}`, 'the target is the paragraph permalink itself');
});

test('a W3C annotation can be posted back as it was served', async () => {
  const first = await post({ paragraph: q.p.id, note: 'round trip', verdict: 'mixed', selector: { exact: q.exact, start: q.start } });
  const { id: _id, created: _c, modified: _m, ...w3c } = first.body;
  const res = await request(env.app).post('/api/annotations').set(auth(env.key.admin)).type('application/ld+json').send(JSON.stringify(w3c));
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.equal(res.body.motivation, 'assessing');
  assert.deepEqual(res.body.target, first.body.target);
  assert.deepEqual(res.body.body, first.body.body);
  assert.notEqual(res.body.id, first.body.id);
  const whole = { type: 'Annotation', motivation: 'questioning', body: { type: 'TextualBody', value: 'Source?' }, target: `${BASE}/p/${q.p.id}` };
  const w = await request(env.app).post('/api/annotations').set(auth(env.key.admin)).send(whole);
  assert.equal(w.status, 201, JSON.stringify(w.body));
  assert.equal(w.body.target, `${BASE}/p/${q.p.id}`);
  const foreign = await request(env.app).post('/api/annotations').set(auth(env.key.admin)).send({ ...whole, target: 'https://elsewhere.example/page' });
  assert.equal(foreign.status, 400);
});

test('notes are stored as text: markup comes back verbatim as JSON, never as HTML', async () => {
  const markup = '<script>alert(1)</script> <b>bold</b> & "quotes"';
  const res = await post({ paragraph: q.p.id, note: markup });
  const got = await request(env.app).get(new URL(res.body.id).pathname);
  assert.match(got.headers['content-type'] ?? '', /json/);
  const noteBody = got.body.body.find((b: { purpose: string }) => b.purpose === 'commenting');
  assert.equal(noteBody.value, markup);
  assert.equal(noteBody.format, 'text/plain');
});

test('list filters: paragraph, article, speaker, tag, creator, motivation, verdict, q; paging', async () => {
  await post({ paragraph: speakerParagraph.id, motivation: 'assessing', verdict: 'false', note: 'Contradicted by the electoral commission', tags: ['Elections'] });
  await post({ paragraph: speakerParagraph.id, note: 'private thought', visibility: 'private' }, env.key.other);
  const ids = async (query: string, key?: string) => {
    const r = request(env.app).get(`/api/annotations?${query}`);
    const res = await (key ? r.set(auth(key)) : r);
    assert.equal(res.status, 200, `${query}: ${JSON.stringify(res.body)}`);
    return res.body.items.map((i: { target: string | { source: string } }) => (typeof i.target === 'string' ? i.target : i.target.source).split('/p/')[1]);
  };
  assert.deepEqual(await ids(`speaker=${encodeURIComponent('test speaker')}`), [speakerParagraph.id]);
  assert.deepEqual(await ids('tag=elections'), [speakerParagraph.id]);
  assert.deepEqual(await ids('verdict=false'), [speakerParagraph.id]);
  assert.deepEqual(await ids('q=electoral%20comm'), [speakerParagraph.id]);
  assert.deepEqual(await ids(`creator=${encodeURIComponent('Otto Other')}`), [], 'private annotations are hidden from anonymous callers');
  assert.deepEqual(await ids(`creator=${encodeURIComponent('Otto Other')}`, env.key.other), [speakerParagraph.id]);
  const onQuote = await ids(`paragraph=${q.p.id}`);
  assert.ok(onQuote.length >= 5 && onQuote.every((p: string) => p === q.p.id));
  const questions = (await request(env.app).get('/api/annotations?motivation=questioning')).body.items;
  assert.ok(questions.length >= 2 && questions.every((i: { motivation: string }) => i.motivation === 'questioning'));
  if (q.p.articleId) assert.ok((await ids(`article=${q.p.articleId}`)).includes(q.p.id));
  const page = await request(env.app).get('/api/annotations?limit=2');
  assert.equal(page.body.type, 'AnnotationPage');
  assert.equal(page.body.items.length, 2);
  assert.ok(page.body.partOf.total > 2);
  assert.match(page.body.next, /limit=2&offset=2/);
});

test('GET /api/paragraphs/:id/annotations lists the annotations of one paragraph', async () => {
  const res = await request(env.app).get(`/api/paragraphs/${speakerParagraph.id}/annotations`);
  assert.equal(res.status, 200);
  assert.equal(res.body.items.length, 1, 'the private one is not shown to anonymous callers');
  const own = await request(env.app).get(`/api/paragraphs/${speakerParagraph.id}/annotations`).set(auth(env.key.other));
  assert.equal(own.body.items.length, 2);
  assert.equal((await request(env.app).get('/api/paragraphs/p_doesnotexist/annotations')).status, 404);
});

test('PATCH keeps history; DELETE is a tombstone an admin lists and restores', async () => {
  const a = (await post({ paragraph: q.p.id, note: 'v1', selector: { exact: q.exact, start: q.start } })).body;
  const path = new URL(a.id).pathname;
  const patched = await request(env.app).patch(path).set(auth(env.key.annotator)).send({ note: 'v2', motivation: 'assessing', verdict: 'misleading' });
  assert.equal(patched.status, 200, JSON.stringify(patched.body));
  assert.equal(patched.body.motivation, 'assessing');
  const words = q.exact.split(' ');
  const shorter = words.slice(1).join(' ');
  const moved = await request(env.app).patch(path).set(auth(env.key.annotator)).send({ selector: { exact: shorter } });
  assert.equal(moved.body.target.selector[0].exact, shorter);
  const history = await request(env.app).get(`${path}/history`);
  assert.deepEqual(history.body.versions.map((v: { action: string }) => v.action), ['update', 'update']);
  assert.equal(history.body.versions[0].before.body[0].value, 'v1');

  assert.equal((await request(env.app).delete(path).set(auth(env.key.annotator))).status, 204);
  assert.equal((await request(env.app).get(path)).status, 404);
  const deleted = await request(env.app).get('/api/annotations?status=deleted').set(auth(env.key.admin));
  assert.ok(deleted.body.items.some((i: { id: string }) => i.id === a.id));
  assert.equal((await request(env.app).get('/api/annotations?status=deleted').set(auth(env.key.annotator))).status, 403);
  assert.equal((await request(env.app).post(`${path}/restore`).set(auth(env.key.annotator))).status, 403);
  const restored = await request(env.app).post(`${path}/restore`).set(auth(env.key.admin));
  assert.equal(restored.status, 200);
  assert.equal((await request(env.app).get(path)).body.body[0].value, 'v2');
});

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\n') (row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = ''));
    else cell += c;
  }
  return rows;
}

test('export: CSV (quoted, formula-safe) and JSON-LD collection; private rows only for those who may see them', async () => {
  const tricky = '=HYPERLINK("x"), with comma\nand a second line';
  await post({ paragraph: q.p.id, note: tricky, tags: ['a', 'b'] });
  const csv = await request(env.app).get('/api/annotations/export?format=csv');
  assert.equal(csv.status, 200);
  assert.match(csv.headers['content-type'] ?? '', /^text\/csv/);
  assert.match(csv.headers['content-disposition'] ?? '', /attachment; filename="?annotations-[0-9-]+\.csv"?/);
  const rows = parseCsv(csv.text);
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  const row = rows.find((r) => r[col('note')]?.includes('HYPERLINK'))!;
  assert.equal(row[col('note')], `'${tricky}`);
  assert.equal(row[col('tags')], 'a; b');
  assert.equal(row[col('paragraph_url')], `${BASE}/p/${q.p.id}`);
  assert.ok(!rows.some((r) => r[col('note')] === 'private thought'));
  const ld = await request(env.app).get('/api/annotations/export?format=jsonld').set(auth(env.key.admin));
  assert.equal(ld.body.type, 'AnnotationCollection');
  assert.equal(ld.body.total, ld.body.first.items.length);
  assert.ok(ld.body.first.items.some((i: { visibility: string }) => i.visibility === 'private'));
  assert.equal(ld.body.total, rows.length - 1 + 1, 'admin sees the private one on top of the public rows');
});

const LONG = 'x'.repeat(70_000);
const badInputs: { name: string; send: () => request.Test; status: number; code: string }[] = [
  { name: 'unknown paragraph', send: () => post({ paragraph: 'p_0000000000000000', note: 'x' }), status: 400, code: 'unknown_paragraph' },
  { name: 'selector not in paragraph', send: () => post({ paragraph: q.p.id, note: 'x', selector: { exact: 'words that are not there at all' } }), status: 400, code: 'selector_mismatch' },
  { name: 'selector far from position', send: () => post({ paragraph: q.p.id, note: 'x', selector: { exact: q.exact, start: q.start + 200 } }), status: 400, code: 'selector_mismatch' },
  { name: 'end inconsistent with exact', send: () => post({ paragraph: q.p.id, note: 'x', selector: { exact: q.exact, start: q.start, end: q.start + 1 } }), status: 400, code: 'invalid_input' },
  { name: 'oversized body', send: () => post({ paragraph: q.p.id, note: LONG }), status: 413, code: 'too_large' },
  { name: 'note too long', send: () => post({ paragraph: q.p.id, note: 'n'.repeat(10_001) }), status: 400, code: 'invalid_input' },
  { name: 'too many tags', send: () => post({ paragraph: q.p.id, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }), status: 400, code: 'invalid_input' },
  { name: 'verdict without assessing', send: () => post({ paragraph: q.p.id, motivation: 'commenting', note: 'x', verdict: 'false' }), status: 400, code: 'invalid_input' },
  { name: 'assessing without verdict', send: () => post({ paragraph: q.p.id, motivation: 'assessing', note: 'x' }), status: 400, code: 'invalid_input' },
  { name: 'verdict off the scale', send: () => post({ paragraph: q.p.id, verdict: 'pants-on-fire' }), status: 400, code: 'invalid_input' },
  { name: 'unknown field', send: () => post({ paragraph: q.p.id, note: 'x', html: '<b>' }), status: 400, code: 'invalid_input' },
  { name: 'wrong content type', send: () => request(env.app).post('/api/annotations').set(auth(env.key.annotator)).type('text/plain').send('paragraph=x'), status: 415, code: 'unsupported_media_type' },
  { name: 'form encoded', send: () => request(env.app).post('/api/annotations').set(auth(env.key.annotator)).type('form').send({ paragraph: 'x' }), status: 415, code: 'unsupported_media_type' },
  { name: 'malformed JSON', send: () => request(env.app).post('/api/annotations').set(auth(env.key.annotator)).type('json').send('{"paragraph":'), status: 400, code: 'bad_json' },
  { name: 'JSON that is not an object', send: () => request(env.app).post('/api/annotations').set(auth(env.key.annotator)).type('json').send('[1,2]'), status: 400, code: 'invalid_input' },
  { name: 'bad list limit', send: () => request(env.app).get('/api/annotations?limit=0'), status: 400, code: 'invalid_input' },
  { name: 'unknown motivation filter', send: () => request(env.app).get('/api/annotations?motivation=shouting'), status: 400, code: 'invalid_input' },
  { name: 'repeated filter', send: () => request(env.app).get('/api/annotations?tag=a&tag=b'), status: 400, code: 'invalid_input' },
  { name: 'bad export format', send: () => request(env.app).get('/api/annotations/export?format=xml'), status: 400, code: 'invalid_input' },
  { name: 'malformed id', send: () => request(env.app).get('/api/annotations/not%20an%20id'), status: 400, code: 'invalid_input' },
  { name: 'unknown id', send: () => request(env.app).get('/api/annotations/an_000000000000000000000000'), status: 404, code: 'not_found' },
  { name: 'empty PATCH', send: () => request(env.app).patch('/api/annotations/an_000000000000000000000000').set(auth(env.key.annotator)).send({}), status: 400, code: 'invalid_input' },
];

test('bad input is refused with the right status and {error:{code,message}}', async () => {
  for (const c of badInputs) {
    const res = await c.send();
    assert.equal(res.status, c.status, `${c.name}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body.error?.code, c.code, c.name);
    assert.equal(typeof res.body.error.message, 'string', c.name);
    assert.ok(!/\n\s+at /.test(res.text), `${c.name}: no stack trace`);
  }
});
