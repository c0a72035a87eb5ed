// The shared extraction queue on a real PostgreSQL: one taker per job (SKIP LOCKED), leases that run out are
// taken again, and after the set number of tries the job and its upload record fail for good, with the reason.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PgDocumentStore } from '../../src/store/pg/documents.ts';
import { PgJobQueue } from '../../src/store/pg/jobs.ts';
import { migratePg, openPool, type PgPool } from '../../src/store/pg/pool.ts';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.ts';

let pg: TestPostgres;
let pool: PgPool;
before(async () => {
  pg = await startTestPostgres();
  pool = openPool(await pg.url());
  await migratePg(pool);
});
after(async () => {
  await pool.end();
  await pg.stop();
});

const upload = (id: string) => ({ id, fileName: `${id}.txt`, kind: 'text' as const, bytes: 5, contentHash: `hash-${id}`, meta: {}, uploadedBy: null });
const bytes = (s: string) => new TextEncoder().encode(s);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('migrations run once however many nodes start together', async () => {
  const again = await Promise.all([migratePg(pool), migratePg(pool), migratePg(pool)]);
  assert.deepEqual(again, [[], [], []]);
});

test('each job is taken by exactly one of many concurrent takers, with its file', async () => {
  const q = new PgJobQueue(pool, { leaseMs: 60_000, maxAttempts: 3 });
  for (const id of ['j-a', 'j-b', 'j-c']) await q.enqueue(upload(id), bytes(`body of ${id}`));
  const taken = await Promise.all(Array.from({ length: 8 }, (_, i) => q.claim(`node-${i}`)));
  const got = taken.filter((j) => j !== null);
  assert.deepEqual(got.map((j) => j.docId).sort(), ['j-a', 'j-b', 'j-c']);
  assert.equal(new TextDecoder().decode(got.find((j) => j.docId === 'j-b')!.bytes), 'body of j-b');
  assert.equal(await q.claim('node-late'), null, 'nothing left to take');
  for (const j of got) await q.complete(j.id, `node-${taken.indexOf(j)}`);
  assert.deepEqual(await q.stats(), { queued: 0, running: 0, failed: 0, done: 3 });
});

test('a lease that runs out is taken by another node; the dead node cannot complete it any more', async () => {
  const q = new PgJobQueue(pool, { leaseMs: 300, maxAttempts: 3 });
  await q.enqueue(upload('j-lease'), bytes('x'));
  const first = await q.claim('dies');
  assert.equal(first?.docId, 'j-lease');
  assert.equal(await q.claim('other'), null, 'held while the lease runs');
  await sleep(450);
  const second = await q.claim('other');
  assert.deepEqual([second?.docId, second?.attempt], ['j-lease', 2]);
  assert.equal(await q.renew(first!.id, 'dies'), false, 'the old holder lost it');
  await q.complete(first!.id, 'dies');
  assert.deepEqual((await q.holders('j-lease'))[0], { state: 'running', attempts: 2, nodes: ['dies', 'other'], lastError: null });
  assert.equal(await q.renew(second!.id, 'other'), true);
  await q.complete(second!.id, 'other');
  assert.equal((await q.holders('j-lease'))[0]?.state, 'done');
});

test('after the set number of tries the job and its record fail for good, with the reason', async () => {
  const q = new PgJobQueue(pool, { leaseMs: 200, maxAttempts: 2 });
  const docs = new PgDocumentStore(pool);
  await q.enqueue(upload('j-spent'), bytes('x'));
  assert.ok(await q.claim('n1'));
  await sleep(300);
  assert.equal((await q.claim('n2'))?.attempt, 2);
  await sleep(300);
  assert.equal(await q.claim('n3'), null, 'no third try');
  const [job] = await q.holders('j-spent');
  assert.equal(job?.state, 'failed');
  assert.match(job?.lastError ?? '', /stopped before finishing/);
  const rec = await docs.get('j-spent');
  assert.equal(rec?.status, 'failed');
  assert.match(rec?.errorMessage ?? '', /interrupted 2 times/);
});

test('a retryable failure goes back to the queue; the last one fails the record with its reason', async () => {
  const q = new PgJobQueue(pool, { leaseMs: 60_000, maxAttempts: 2 });
  await q.enqueue(upload('j-retry'), bytes('x'));
  const a = (await q.claim('n1'))!;
  await q.release(a.id, 'n1', 'the search engine is unreachable');
  const b = (await q.claim('n2'))!;
  assert.equal(b.attempt, 2);
  await q.release(b.id, 'n2', 'the search engine is unreachable');
  assert.equal(await q.claim('n3'), null);
  const rec = await new PgDocumentStore(pool).get('j-retry');
  assert.deepEqual([rec?.status, rec?.errorMessage], ['failed', 'the search engine is unreachable (gave up after the set number of tries)']);
});

test('a queued job wakes listeners on other connections (NOTIFY)', async () => {
  const q = new PgJobQueue(pool, { leaseMs: 60_000, maxAttempts: 3 });
  let woken = 0;
  const stop = await q.subscribe(() => woken++);
  await q.enqueue(upload('j-notify'), bytes('x'));
  for (let i = 0; i < 50 && woken === 0; i++) await sleep(20);
  await stop();
  assert.ok(woken >= 1);
});
