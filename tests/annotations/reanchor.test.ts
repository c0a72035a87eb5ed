// Re-anchoring with a changed version of a corpus file: the corpus text is copied to a temp dir, edited around
// and inside annotated quotes (and one passage deleted), and both versions go through the real pipeline.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { extractFile, metaPathFor } from '../../src/corpus.ts';
import type { ParagraphRecord } from '../../src/domain/ports.ts';
import { AnnotationReanchorer } from '../../src/annotations/reanchor.ts';
import { CORPUS_FILE, auth, makeEnv, tempDir, toRecords, type TestEnv } from './helpers.ts';

interface Spot {
  p: ParagraphRecord;
  exact: string;
  start: number;
  rawStart: number;
  rawEnd: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Quotes of `words` plain words, found once in the raw text and in one paragraph only, far apart in the raw text. */
function findSpots(records: ParagraphRecord[], raw: string, count: number, words = 10): Spot[] {
  const spots: Spot[] = [];
  for (const p of records.filter((r) => r.text.length >= 400)) {
    const bounds = [...p.text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const first = Math.floor(bounds.length / 3);
    const [a, b] = [bounds[first]?.[0], bounds[first + words - 1]?.[1]];
    if (a === undefined || b === undefined) continue;
    const exact = p.text.slice(a, b);
    if (!/^[\p{L}\p{N} ,.’'-]+$/u.test(exact) || records.some((r) => r !== p && r.text.includes(exact))) continue;
    const hits = [...raw.matchAll(new RegExp(exact.split(' ').map(escape).join('\\s+'), 'g'))];
    if (hits.length !== 1 || hits[0]?.index === undefined) continue;
    const rawStart = hits[0].index;
    if (spots.some((s) => Math.abs(s.rawStart - rawStart) < 1000)) continue;
    spots.push({ p, exact, start: a, rawStart, rawEnd: rawStart + hits[0][0].length });
    if (spots.length === count) return spots;
  }
  throw new Error(`found only ${spots.length} quotable spots in the corpus extraction`);
}

let env: TestEnv;
let dir: string;
let file: string;
let beforeRecords: ParagraphRecord[];
let afterRecords: ParagraphRecord[];
const ids: Record<string, string> = {};
let spots: Record<'around' | 'inside' | 'fuzzy' | 'deleted' | 'whole', Spot>;
let untouched: ParagraphRecord;

async function annotate(body: object): Promise<string> {
  const res = await request(env.app).post('/api/annotations').set(auth(env.key.annotator)).send(body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return new URL(res.body.id).pathname.split('/').pop()!;
}

/** Insert a word inside the quote's middle word boundary: `… word …` → `… wordish …`. */
function editInside(s: Spot, raw: string): string {
  const seg = raw.slice(s.rawStart, s.rawEnd);
  const m = /\s(\p{L}{4,})\s/u.exec(seg.slice(Math.floor(seg.length / 3)));
  assert.ok(m?.[1], 'a word to edit inside the quote');
  const at = s.rawStart + Math.floor(seg.length / 3) + m.index + 1 + m[1].length;
  return raw.slice(0, at) + 'ish' + raw.slice(at);
}

before(async () => {
  dir = tempDir('verbatim-reanchor-');
  file = path.join(dir, path.basename(CORPUS_FILE));
  fs.copyFileSync(CORPUS_FILE, file);
  if (fs.existsSync(metaPathFor(CORPUS_FILE))) fs.copyFileSync(metaPathFor(CORPUS_FILE), metaPathFor(file));
  const raw = fs.readFileSync(file, 'utf8');
  beforeRecords = toRecords(await extractFile(file));
  const [around, inside, fuzzy, deleted, whole] = findSpots(beforeRecords, raw, 5);
  spots = { around: around!, inside: inside!, fuzzy: fuzzy!, deleted: deleted!, whole: whole! };
  const touched = new Set(Object.values(spots).map((s) => s.p.id));
  untouched = beforeRecords.find((r) => !touched.has(r.id) && r.text.length > 100)!;
  env = makeEnv(beforeRecords);

  for (const k of ['around', 'inside', 'fuzzy', 'deleted'] as const) {
    ids[k] = await annotate({ paragraph: spots[k].p.id, verdict: 'misleading', note: k, selector: { exact: spots[k].exact, start: spots[k].start } });
  }
  ids.whole = await annotate({ paragraph: spots.whole.p.id, motivation: 'questioning', note: 'whole paragraph, edited' });
  ids.untouched = await annotate({ paragraph: untouched.id, motivation: 'questioning', note: 'whole paragraph, unchanged' });

  // Edit from the end of the file backwards so earlier offsets stay valid.
  const edits: [number, (r: string) => string][] = [
    [spots.around.rawStart, (r) => r.slice(0, spots.around.rawStart) + 'indeed ' + r.slice(spots.around.rawStart)],
    [spots.inside.rawStart, (r) => editInside(spots.inside, r)],
    [spots.fuzzy.rawStart, (r) => {
      // Break the prefix and the suffix (a word inserted one word before and one word after the quote) and the quote.
      const afterNext = spots.fuzzy.rawEnd + (/^\s*\S+/.exec(r.slice(spots.fuzzy.rawEnd))?.[0].length ?? 0);
      const beforePrev = /\S+\s*$/.exec(r.slice(0, spots.fuzzy.rawStart))?.index ?? spots.fuzzy.rawStart;
      const edited = editInside(spots.fuzzy, r.slice(0, afterNext) + ' indeed' + r.slice(afterNext));
      return edited.slice(0, beforePrev) + 'so ' + edited.slice(beforePrev);
    }],
    [spots.deleted.rawStart, (r) => r.slice(0, spots.deleted.rawStart - 80) + ' ' + r.slice(spots.deleted.rawEnd + 80)],
    [spots.whole.rawStart, (r) => r.slice(0, spots.whole.rawStart) + 'indeed ' + r.slice(spots.whole.rawStart)],
  ];
  let changed = raw;
  for (const [, edit] of edits.sort((a, b) => b[0] - a[0])) changed = edit(changed);
  fs.writeFileSync(file, changed);
  afterRecords = toRecords(await extractFile(file));
  env.paragraphs.replace(beforeRecords[0]!.docId, afterRecords);
});
after(() => {
  env?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = async (id: string) => (await request(env.app).get(`/api/annotations/${id}`).set(auth(env.key.annotator))).body;

test('re-extraction moves annotations to the new paragraphs, exact → context → fuzzy, and orphans the rest', async () => {
  const report = new AnnotationReanchorer(env.store).reanchorDocument(beforeRecords[0]!.docId, afterRecords);
  const method = Object.fromEntries(report.moved.map((m) => [m.id, m.method]));
  assert.equal(method[ids.around!], 'exact');
  assert.equal(method[ids.inside!], 'context');
  assert.equal(method[ids.fuzzy!], 'fuzzy');
  assert.equal(method[ids.whole!], 'paragraph');
  assert.deepEqual(report.orphaned, [ids.deleted]);
  assert.equal(method[ids.untouched!], undefined, 'an unchanged paragraph keeps its annotations in place');
  assert.ok(report.unchanged >= 1);

  const byId = new Map(afterRecords.map((r) => [r.id, r]));
  for (const k of ['around', 'inside', 'fuzzy'] as const) {
    const a = await get(ids[k]!);
    const pid = a.target.source.split('/p/')[1];
    assert.notEqual(pid, spots[k].p.id, `${k}: the paragraph id changed with its text`);
    const text = byId.get(pid)?.text;
    assert.ok(text, `${k}: the new target is a paragraph of the new version`);
    const [quote, pos] = a.target.selector;
    assert.equal(text.slice(pos.start, pos.end), quote.exact, `${k}: position and quote agree`);
    // Changed words are never taken on without review: the note keeps the quote it was written on.
    assert.equal(a.status, k === 'around' ? 'anchored' : 'needs-review', k);
    if (k !== 'around') assert.equal(a.writtenOn.exact, spots[k].exact, k);
  }
  assert.equal((await get(ids.around!)).target.selector[0].exact, spots.around.exact);
  assert.match((await get(ids.inside!)).target.selector[0].exact, /\p{L}ish\b/u);
  assert.ok(byId.has((await get(ids.whole!)).target.split('/p/')[1]));
  assert.equal((await get(ids.whole!)).status, 'needs-review', 'a whole-paragraph note on an edited paragraph needs review');
  assert.equal((await get(ids.untouched!)).target.split('/p/')[1], untouched.id);
});

test('a move is recorded in the history; an orphan is kept and listed by status=orphaned', async () => {
  const history = (await request(env.app).get(`/api/annotations/${ids.fuzzy}/history`)).body.versions;
  const last = history.at(-1);
  assert.equal(last.action, 'reanchor');
  assert.equal(last.detail.method, 'fuzzy');
  assert.equal(last.detail.from.paragraphId, spots.fuzzy.p.id);
  assert.ok(last.detail.distance > 0);
  const orphan = await get(ids.deleted!);
  assert.equal(orphan.status, 'orphaned');
  assert.equal(orphan.target.selector[0].exact, spots.deleted.exact, 'the orphan keeps its quote');
  const listed = (await request(env.app).get('/api/annotations?status=orphaned')).body.items.map((i: { id: string }) => i.id.split('/').pop());
  assert.deepEqual(listed, [ids.deleted]);
  assert.equal(env.store.summarize([spots.deleted.p.id]).size, 0, 'orphans are not counted on search hits');
});

test('re-running on the same version changes nothing; an orphan can be re-attached by hand', async () => {
  const versions = (await get(ids.around!)).modified;
  const report = new AnnotationReanchorer(env.store).reanchorDocument(beforeRecords[0]!.docId, afterRecords);
  assert.deepEqual(report.moved, []);
  assert.equal((await get(ids.around!)).modified, versions);
  const target = afterRecords.find((r) => r.text.length > 100)!;
  const res = await request(env.app).patch(`/api/annotations/${ids.deleted}`).set(auth(env.key.annotator)).send({ paragraph: target.id, selector: null });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.status, 'anchored');
});

test('deleting the document orphans every annotation on it and drops none', async () => {
  const before = env.store.byDocument(beforeRecords[0]!.docId).length;
  await new AnnotationReanchorer(env.store).onDocumentDeleted(beforeRecords[0]!.docId);
  const all = env.store.byDocument(beforeRecords[0]!.docId);
  assert.equal(all.length, before);
  assert.ok(all.every((a) => a.status === 'orphaned'));
  const listed = (await request(env.app).get('/api/annotations?status=orphaned&limit=500')).body.partOf.total;
  assert.equal(listed, before);
});

test('reconcile (after an index rebuild) retries orphans against what the index holds', async () => {
  const docId = beforeRecords[0]!.docId;
  const [report] = await new AnnotationReanchorer(env.store).reconcile(env.paragraphs);
  const all = env.store.byDocument(docId);
  assert.equal(report?.moved.length, all.length);
  assert.deepEqual(all.filter((a) => a.status === 'orphaned').map((a) => a.id), []);
  assert.ok(all.some((a) => a.status === 'needs-review') && all.some((a) => a.status === 'anchored'));
  env.paragraphs.replace(docId, []);
  assert.deepEqual(await new AnnotationReanchorer(env.store).reconcile(env.paragraphs), [], 'a document the index does not hold is left alone');
});
