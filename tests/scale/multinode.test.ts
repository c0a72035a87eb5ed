// Two API processes, one PostgreSQL, one Meilisearch (all real): a note written on one is read on the other; the
// corpus is ingested once; an upload to one is extracted by whichever node is free; a node killed mid-job (kill -9)
// loses nothing: its lease runs out and the other node finishes the job; concurrent edits give one 412.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PgKeyStore } from '../../src/store/pg/keys.ts';
import { PgJobQueue } from '../../src/store/pg/jobs.ts';
import { migratePg, openPool, type PgPool } from '../../src/store/pg/pool.ts';
import { startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { startNode, type ApiNode, type NodeEnv } from './nodes.ts';

/** Short leases so that a killed node's job comes back within seconds (production default: 60 s). */
const LEASE_MS = 2_000;
const PDF_DIR = path.resolve('tests/fixtures/pdfs');

let pg: TestPostgres;
let meili: TestMeili;
let pool: PgPool;
let env: NodeEnv;
let a: ApiNode;
let b: ApiNode;
let keys: { annotator: string; admin: string };

before(async () => {
  [pg, meili] = await Promise.all([startTestPostgres(), startTestMeili()]);
  const databaseUrl = await pg.url();
  pool = openPool(databaseUrl);
  await migratePg(pool);
  const store = new PgKeyStore(pool);
  keys = { annotator: (await store.create('Ann', 'annotator')).key, admin: (await store.create('Ada', 'admin')).key };
  env = { databaseUrl, meiliUrl: meili.url, meiliKey: meili.key, corpusDir: path.resolve('corpus'), extra: { JOB_LEASE_MS: String(LEASE_MS), JOB_POLL_MS: '300' } };
  [a, b] = await Promise.all([startNode('node-a', env), startNode('node-b', env)]);
});

after(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await pool?.end();
  await Promise.all([pg?.stop(), meili?.stop()]);
});

const json = { 'Content-Type': 'application/json' };
const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function upload(node: ApiNode, file: string): Promise<string> {
  const form = new FormData();
  form.set('file', new Blob([fs.readFileSync(path.join(PDF_DIR, file))], { type: 'application/pdf' }), file);
  const res = await fetch(`${node.origin}/api/documents`, { method: 'POST', body: form, headers: bearer(keys.annotator) });
  assert.equal(res.status, 202, await res.clone().text());
  return ((await res.json()) as { id: string }).id;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const statusOn = async (node: ApiNode, id: string) =>
  ((await (await fetch(`${node.origin}/api/documents/${id}`, { headers: bearer(keys.admin) })).json()) as { status: string; error: string | null });

test('the corpus is ingested by one node only; /health reports the store and the queue', async () => {
  const skipped = [a, b].filter((n) => n.log().includes('corpus already ingested by another node'));
  assert.equal(skipped.length, 1, 'exactly one node skipped the ingest');
  const h = (await (await fetch(`${b.origin}/health`)).json()) as { store: { engine: string; status: string }; queue: { node: string } };
  assert.deepEqual(h.store, { engine: 'postgres', status: 'available' });
  assert.equal(h.queue.node, 'node-b');
});

test('a note created on A is read on B at the next request; edits from both nodes meet one 412', async () => {
  const hits = (await (await fetch(`${a.origin}/api/search?q=election`)).json()) as { hits: { id: string }[] };
  const paragraph = hits.hits[0]?.id;
  assert.ok(paragraph, 'the corpus is searchable');
  const made = await fetch(`${a.origin}/api/annotations`, {
    method: 'POST', headers: { ...json, ...bearer(keys.annotator) }, body: JSON.stringify({ paragraph, note: 'written on A' }),
  });
  assert.equal(made.status, 201);
  const id = ((await made.json()) as { id: string }).id.split('/').pop()!;
  const read = await fetch(`${b.origin}/api/annotations/${id}`);
  assert.equal(read.status, 200);
  assert.match(await read.text(), /written on A/);
  const etag = read.headers.get('etag');
  assert.equal(etag, '"1"');
  const edit = (node: ApiNode, text: string) => fetch(`${node.origin}/api/annotations/${id}`, {
    method: 'PATCH', headers: { ...json, ...bearer(keys.annotator), 'If-Match': etag! }, body: JSON.stringify({ note: text }),
  });
  const [ra, rb] = await Promise.all([edit(a, 'edit from A'), edit(b, 'edit from B')]);
  assert.deepEqual([ra.status, rb.status].sort(), [200, 412]);
  const winner = ra.status === 200 ? 'edit from A' : 'edit from B';
  const final = await (await fetch(`${a.origin}/api/annotations/${id}`)).text();
  assert.match(final, new RegExp(winner));
  const history = (await (await fetch(`${b.origin}/api/annotations/${id}/history`)).json()) as { versions: unknown[] };
  assert.equal(history.versions.length, 1, 'one write got in; the other changed nothing');
});

test('uploads to A are extracted by whichever node is free: A busy, B takes the next', async () => {
  const q = new PgJobQueue(pool, { leaseMs: LEASE_MS, maxAttempts: 3 });
  const first = await upload(a, 'federal-register-2020-17221.pdf');
  await waitFor('the first job to be taken', async () => ((await q.holders(first))[0]?.state === 'running' ? true : undefined));
  const second = await upload(a, 'democracyplus_newspaper.pdf');
  for (const id of [first, second]) await waitFor(`${id} done`, async () => ((await statusOn(b, id)).status === 'done' ? true : undefined));
  const [h1] = await q.holders(first);
  const [h2] = await q.holders(second);
  assert.equal(h1?.nodes.length, 1);
  assert.equal(h2?.nodes.length, 1);
  assert.notEqual(h1?.nodes[0], h2?.nodes[0], 'the second upload went to the node that was free');
  for (const node of [a, b]) {
    const articles = (await (await fetch(`${node.origin}/api/articles`)).json()) as { docId: string; paragraphCount: number }[];
    const mine = articles.filter((x) => x.docId === second);
    assert.ok(mine.length > 0 && mine.every((x) => x.paragraphCount > 0), `the upload is indexed, seen from ${node.name}`);
  }
});

test('kill -9 of the node holding a job: acknowledged notes survive, the lease runs out, the other node finishes the job', async () => {
  const q = new PgJobQueue(pool, { leaseMs: LEASE_MS, maxAttempts: 3 });
  const id = await upload(b, 'scotus_15-674_us-v-texas_transcript.pdf');
  const holder = await waitFor('the job to be taken', async () => {
    const [h] = await q.holders(id);
    return h?.state === 'running' ? h.nodes[0] : undefined;
  });
  const victim = holder === 'node-a' ? a : b;
  const survivor = victim === a ? b : a;
  // Notes written to the victim up to the kill: every one it acknowledged (201) must be readable on the survivor.
  const acked: string[] = [];
  let writing = true;
  const hits = (await (await fetch(`${victim.origin}/api/search?q=election&limit=1`)).json()) as { hits: { id: string }[] };
  const writer = async () => {
    while (writing) {
      const r = await fetch(`${victim.origin}/api/annotations`, {
        method: 'POST', headers: { ...json, ...bearer(keys.annotator) }, body: JSON.stringify({ paragraph: hits.hits[0]!.id, note: 'before the kill' }),
      }).catch(() => null);
      if (!r) return;
      if (r.status === 201) acked.push(((await r.json()) as { id: string }).id.split('/').pop()!);
    }
  };
  const writers = [writer(), writer(), writer()];
  await sleep(400);
  victim.child.kill('SIGKILL');
  writing = false;
  await Promise.all(writers);
  assert.ok(acked.length > 0, 'some writes were acknowledged before the kill');
  for (const id of acked) assert.equal((await fetch(`${survivor.origin}/api/annotations/${id}`)).status, 200, `acknowledged ${id} survives`);
  const done = await waitFor('the job finished by the survivor', async () => {
    const s = await statusOn(survivor, id);
    return s.status === 'done' || s.status === 'failed' ? s : undefined;
  });
  assert.equal(done.status, 'done', `failed: ${done.error}`);
  const [h] = await q.holders(id);
  assert.deepEqual(h?.nodes, [victim.name, survivor.name]);
  assert.equal(h?.state, 'done');
  const restarted = await startNode(victim.name, env);
  if (victim === a) a = restarted;
  else b = restarted;
  assert.equal((await statusOn(restarted, id)).status, 'done', 'a restart does not touch what another node finished');
});
