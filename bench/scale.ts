// `npm run bench -- --only scale`: throughput of one API node against two API nodes sharing one PostgreSQL and
// one Meilisearch, at concurrency 10 and 50, on a mix of searches and annotation reads (the requests a newsroom
// sends most). Both setups run in the same process, interleaved in rounds, so the ratio is what to read.
// Then sharded against single Meilisearch search latency at 1×, 100× and 1000× (bench/scale-shards.ts);
// `--shard-scales 1,100` limits the sizes (1000× loads 130 000 paragraphs twice: minutes on a small machine),
// `--only-shards` skips the nodes part.
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { PgKeyStore } from '../src/store/pg/keys.ts';
import { migratePg, openPool } from '../src/store/pg/pool.ts';
import { startTestMeili } from '../tests/helpers/meili.ts';
import { startTestPostgres } from '../tests/helpers/postgres.ts';
import { startNode, type ApiNode } from '../tests/scale/nodes.ts';
import { runShards } from './scale-shards.ts';

const CONCURRENCIES = [10, 50];
/** Requests per measured round and setup; rounds alternate between the setups. */
const REQUESTS = 1500;
const ROUNDS = 3;
const WORDS = ['election', 'parliament', 'president', 'opposition', 'reform', 'vote', 'party', 'minister'];

interface Setup {
  name: string;
  pools: Pool[];
}

async function drive(setup: Setup, paths: string[], headers: Record<string, string>, count: number, concurrency: number): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const res = await setup.pools[i % setup.pools.length]!.request({ path: paths[i % paths.length]!, method: 'GET', headers });
      await res.body.text();
      if (res.statusCode !== 200) throw new Error(`${setup.name}: HTTP ${res.statusCode} for ${paths[i % paths.length]}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return count / ((performance.now() - t0) / 1000);
}

export async function run(args: string[]): Promise<void> {
  const at = args.indexOf('--shard-scales');
  const scales = (at >= 0 ? (args[at + 1] ?? '') : '1,100,1000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (!args.includes('--only-shards')) await runNodes();
  await runShards(scales);
}

async function runNodes(): Promise<void> {
  const [pg, meili] = await Promise.all([startTestPostgres(), startTestMeili()]);
  const nodes: ApiNode[] = [];
  try {
    const databaseUrl = await pg.url();
    const pool = openPool(databaseUrl);
    await migratePg(pool);
    const key = (await new PgKeyStore(pool).create('bench', 'reader')).key;
    await pool.end();
    const env = { databaseUrl, meiliUrl: meili.url, meiliKey: meili.key, corpusDir: 'corpus', extra: { LOG_LEVEL: 'warn' } };
    nodes.push(await startNode('bench-a', env), await startNode('bench-b', env));
    const paths = WORDS.flatMap((w) => [`/api/search?q=${w}`, `/api/annotations?limit=20`, `/api/search?q=${w}&kind=answer`]);
    const headers = { authorization: `Bearer ${key}` };
    console.log(`mix: ${paths.length} requests (searches, annotation lists); ${REQUESTS} per round, ${ROUNDS} rounds`);
    for (const c of CONCURRENCIES) {
      const one: Setup = { name: 'one node', pools: [new Pool(nodes[0]!.origin, { connections: c })] };
      const two: Setup = { name: 'two nodes', pools: nodes.map((n) => new Pool(n.origin, { connections: c })) };
      await drive(one, paths, headers, 200, c);
      await drive(two, paths, headers, 200, c);
      const rates = { one: [] as number[], two: [] as number[] };
      for (let r = 0; r < ROUNDS; r++) {
        rates.one.push(await drive(one, paths, headers, REQUESTS, c));
        rates.two.push(await drive(two, paths, headers, REQUESTS, c));
      }
      const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
      const [r1, r2] = [median(rates.one), median(rates.two)];
      console.log(`c=${c}: one node ${r1.toFixed(0)} req/s · two nodes ${r2.toFixed(0)} req/s · ratio ${(r2 / r1).toFixed(2)}×`);
      await Promise.all([...one.pools, ...two.pools].map((p) => p.close()));
    }
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    await Promise.all([pg.stop(), meili.stop()]);
  }
}
