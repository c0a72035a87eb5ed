// Load generator for the search benchmark: keep-alive pools, fixed concurrency, interleaved rounds, percentiles.
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

export interface Target {
  name: string;
  pool: Pool;
  /** The HTTP request for query number i of the mix. */
  request(i: number): { path: string; method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string };
}

export function makePool(origin: string, connections: number): Pool {
  return new Pool(origin, { connections, keepAliveTimeout: 30_000, pipelining: 1 });
}

/** Send `count` requests of the mix with `concurrency` in flight; latencies in ms (failures throw). */
export async function load(target: Target, mixSize: number, count: number, concurrency: number, offset = 0): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const req = target.request((offset + i) % mixSize);
      const t0 = performance.now();
      const res = await target.pool.request(req);
      await res.body.text();
      latencies.push(performance.now() - t0);
      if (res.statusCode !== 200) throw new Error(`${target.name}: HTTP ${res.statusCode} for ${req.path}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

/**
 * Warm every target up, then measure in rounds that alternate between targets, so drift on a noisy
 * machine (other processes, CPU frequency) spreads over all of them instead of biasing one.
 */
export async function compare(
  targets: Target[], mixSize: number, opts: { warmup: number; requests: number; rounds: number; concurrency: number },
): Promise<Map<string, number[]>> {
  for (const t of targets) await load(t, mixSize, opts.warmup, opts.concurrency);
  const out = new Map(targets.map((t) => [t.name, [] as number[]]));
  const perRound = Math.ceil(opts.requests / opts.rounds);
  for (let r = 0; r < opts.rounds; r++) {
    for (const t of r % 2 ? [...targets].reverse() : targets) {
      out.get(t.name)!.push(...(await load(t, mixSize, perRound, opts.concurrency, r * perRound)));
    }
  }
  return out;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export function summary(values: number[]): { p50: number; p99: number; n: number } {
  return { p50: percentile(values, 50), p99: percentile(values, 99), n: values.length };
}

export const ms = (x: number): string => `${x.toFixed(2)} ms`;
