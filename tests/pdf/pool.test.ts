// A pool of extraction workers (EXTRACT_WORKERS): a small file is not held behind a slow one; the worker's heap
// is capped below the configured memory limit.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ExtractionPool, type ExtractLimits } from '../../src/documents/runner.ts';
import { loadConfig } from '../../src/config.ts';

const LIMITS: ExtractLimits = { maxBytes: 50_000_000, maxPages: 2000, timeoutMs: 120_000, maxMemoryMb: 512 };
const pools: ExtractionPool[] = [];
after(() => Promise.all(pools.map((p) => p.close())));

const big = readFileSync('corpus/kazakhstan-elections-special-report.txt', 'utf8').repeat(3);
const small = 'The council met on Tuesday and agreed to widen the road past the school. '.repeat(30);

async function finishingOrder(workers: number): Promise<string[]> {
  const pool = new ExtractionPool({ ...LIMITS, workers });
  pools.push(pool);
  // Warm every worker first, so start-up time does not decide the order.
  await Promise.all(Array.from({ length: workers }, (_, i) => pool.run(Buffer.from(small), { fileName: `warm-${i}.txt` })));
  const order: string[] = [];
  const slow = pool.run(Buffer.from(big), { fileName: 'big.txt' }).then(() => order.push('big'));
  const quick = pool.run(Buffer.from(small), { fileName: 'small.txt' }).then(() => order.push('small'));
  await Promise.all([slow, quick]);
  return order;
}

test('with one worker the small file waits for the big one; with two it does not', async () => {
  assert.deepEqual(await finishingOrder(1), ['big', 'small']);
  assert.deepEqual(await finishingOrder(2), ['small', 'big']);
});

test('EXTRACT_WORKERS sets the pool size; the default is one worker', () => {
  assert.equal(loadConfig({}).extractWorkers, 1);
  assert.equal(loadConfig({ EXTRACT_WORKERS: '3' }).extractWorkers, 3);
});
