// Search benchmark. One run, one embedded Meilisearch, these measurements:
//  1. ingest of N copies of the corpus (each its own document) through our ingester, against raw
//     addDocumentsInBatches of the same records (search-scale.ts);
//  2. the same query mix through the API (`npm start` as a child process) and straight to Meilisearch, at
//     each concurrency after a warm-up: p50/p99 of each and their ratios (target: ≤ 1.3x at p50 and p99),
//     on the 1-copy and the N-copy index (target: N-copy within 1.5x of 1-copy through the API);
//  3. compression: what each level costs and saves on a search answer, and the API's latency with br;
//  4. search latency on the N-copy index while more copies are indexed; memory (RSS) of Meilisearch and the API.
// Flags: --scale N (default 100), --requests N per target and concurrency (default 2000),
// --concurrency LIST (default 1,10), --profile DIR (CPU profile of the 1x API server, see docs/search.md).
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { extractAny } from '../src/documents/load.ts';
import { corpusFiles } from '../src/search/ingest-files.ts';
import { parseInput } from '../src/http/params.ts';
import { SearchQuerySchema, toSearchRequest } from '../src/http/search.ts';
import { openSearchEngine, type SearchEngine } from '../src/search/engine.ts';
import { freePort, startEmbeddedMeili, type MeiliHandle } from '../src/search/launcher.ts';
import { buildFilter, buildSearchParams } from '../src/search/query.ts';
import { toEngineQuery } from '../src/search/queryText.ts';
import { SPEAKER_HIT_FIELDS } from '../src/search/service.ts';
import { createCorpusTerms } from '../src/search/terms.ts';
import type { SynonymTable } from '../src/text/searchForm.ts';
import type { IngestableDocument } from '../src/search/records.ts';
import { compressionTable } from './search-compress.ts';
import { compare, load, makePool, ms, summary, type Target } from './search-load.ts';
import { copies, cpuOf, during, ingestOurs, ingestRaw, memoryOf, mib, openBenchEngine } from './search-scale.ts';

const CORPUS_DIR = 'corpus';
const TARGET_RATIO = 1.3;
const TARGET_SCALE_RATIO = 1.5;
const TARGET_INGEST_RATIO = 1.4;
const logger = pino({ level: 'silent' });

type Query = Record<string, string>;

function options(args: string[]) {
  const { values } = parseArgs({
    args, strict: false,
    options: { scale: { type: 'string', default: '100' }, requests: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '1,10' }, profile: { type: 'string' } },
  });
  const int = (v: unknown, name: string, max: number) => {
    const n = Number(v);
    const min = name === 'scale' ? 2 : 1; // two copies at least: the N-copy index is compared with the 1-copy one
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
  const profile = typeof values.profile === 'string' ? path.resolve(values.profile) : undefined;
  const concurrency = String(values.concurrency).split(',').map((c) => int(c, 'concurrency', 64));
  return { profile, scale: int(values.scale, 'scale', 10_000), requests: int(values.requests, 'requests', 100_000), concurrency };
}

const words = (text: string) => (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
/** Three words as printed next to each other (a phrase someone would paste), or none. */
const phrase = (text: string) => {
  const run = text.toLowerCase().split(/\s+/); // a word with punctuation on it is not inside a phrase
  const at = run.findIndex((w, i) => i > 0 && [w, run[i + 1], run[i + 2]].every((x) => x && /^\p{L}{2,}$/u.test(x)));
  return at < 0 ? null : run.slice(at, at + 3).join(' ');
};

/**
 * A query mix looked up in the corpus, each query found there: keywords, pairs, phrases, a typo, speaker and kind
 * filters (a speaker's or a kind's query is a word of one of their own paragraphs). describeMix says how many find
 * something: the API answers a query that finds nothing with suggestions, more searches than the raw side sends.
 */
export async function queryMix(docs: IngestableDocument[], engine: SearchEngine): Promise<Query[]> {
  const paras = docs.flatMap((d) => d.paragraphs).filter((p) => words(p.text).length >= 8);
  const pick = (k: number, from = paras) => Array.from({ length: k }, (_, i) => from[Math.floor((i * from.length) / k)]!);
  const longest = (text: string) => [...words(text)].sort((a, b) => b.length - a.length)[0]!;
  const mix: Query[] = [];
  for (const p of pick(20)) mix.push({ q: longest(p.text) });
  for (const p of pick(8)) mix.push({ q: words(p.text).slice(2, 4).join(' ') });
  for (const p of pick(6)) { const ph = phrase(p.text); if (ph) mix.push({ q: `"${ph}"` }); }
  for (const p of pick(4)) mix.push({ q: longest(p.text).slice(0, -2) + longest(p.text).slice(-1) });
  const speakers = (await engine.service.listSpeakers()).slice(0, 5).map((s) => s.name);
  for (const s of speakers) {
    const own = paras.filter((p) => p.speakers.includes(s));
    mix.push({ speaker: s }, ...(own.length ? [{ speaker: s, q: longest(pick(1, own)[0]!.text) }] : []));
  }
  const answers = paras.filter((p) => p.kind === 'answer');
  if (answers.length) mix.push({ kind: 'answer', q: longest(answers[0]!.text) });
  mix.push({ q: '', limit: '50' }, { q: longest(paras[1]!.text), offset: '20' });
  return mix;
}

/** How many queries of the mix find nothing: the API answers those with suggestions, which cost more searches. */
async function describeMix(mix: Query[], engine: SearchEngine): Promise<void> {
  const totals = await Promise.all(mix.map(async (q) => (await engine.service.search(toSearchRequest(parseInput(SearchQuerySchema, q)), { baseUrl: '' })).total));
  const none = mix.filter((_, i) => totals[i] === 0).map((q) => q.q);
  console.log(`query mix: ${mix.length - none.length} of ${mix.length} queries find something${none.length ? `; nothing for ${none.join(', ')}` : ''}`);
}

function apiTarget(name: string, origin: string, mix: Query[], concurrency: number, headers?: Record<string, string>): Target {
  const paths = mix.map((q) => `/api/search?${new URLSearchParams(q)}`);
  return { name, pool: makePool(origin, concurrency), request: (i) => ({ path: paths[i]!, method: 'GET', ...(headers ? { headers } : {}) }) };
}

/** The exact Meilisearch request the API sends for each query of the mix. */
function rawTarget(
  name: string, meili: MeiliHandle, index: string, mix: Query[], concurrency: number, synonyms: SynonymTable, origin = meili.url,
): Target {
  const bodies = mix.map((query) => {
    const req = toSearchRequest(parseInput(SearchQuerySchema, query));
    const params = buildSearchParams(req, buildFilter(req) ?? []);
    if (req.speakers.length) params.attributesToRetrieve = [...new Set([...(params.attributesToRetrieve ?? []), ...SPEAKER_HIT_FIELDS])];
    return JSON.stringify({ q: toEngineQuery(req.q, synonyms), ...params });
  });
  const headers = { authorization: `Bearer ${meili.key}`, 'content-type': 'application/json' };
  return { name, pool: makePool(origin, concurrency), request: (i) => ({ path: `/indexes/${index}/search`, method: 'POST', headers, body: bodies[i]! }) };
}

/** The bare proxy of search-floor.ts, in front of the same Meilisearch. */
async function startFloor(meili: MeiliHandle): Promise<Api> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/search-floor.ts', meili.url, String(port)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the floor proxy exited with ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, child };
}

async function startApi(meili: MeiliHandle, index: string, dataDir: string, profileDir?: string): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '', MEILI_URL: meili.url, MEILI_KEY: meili.key, MEILI_INDEX: index, PORT: String(port), HOST: '127.0.0.1',
    INGEST_ON_START: 'false', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', DATA_DIR: dataDir,
  };
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/server.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`API server exited with ${child.exitCode}`);
    if (await fetch(`${origin}/health`).then((r) => r.ok, () => false)) return { origin, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('API server did not start');
}

interface Api {
  origin: string;
  child: ChildProcess;
}

export async function run(args: string[]): Promise<void> {
  const opts = options(args);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-bench-'));
  const meili = await startEmbeddedMeili({ dataDir, logger });
  const children: ChildProcess[] = [];
  const engines: SearchEngine[] = [];
  try {
    const docs = await Promise.all((await corpusFiles(CORPUS_DIR)).map((f) => extractAny(f)));
    if (!docs.length) throw new Error(`no documents in ${CORPUS_DIR}/`);
    const one = await openBenchEngine(meili, 'bench_1x', logger);
    engines.push(one);
    await one.ingester.ingestDocuments(docs);
    const mix = await queryMix(docs, one);
    const count = docs.reduce((n, d) => n + d.paragraphs.length, 0);
    await describeMix(mix, one);
    console.log(`search: ${docs.length} document(s), ${count} paragraphs; ${mix.length} queries in the mix; concurrency ${opts.concurrency.join(', ')}; ${os.cpus().length} cores; load ${os.loadavg()[0]!.toFixed(1)}; node ${process.version}`);
    console.log(`memory at 1x: Meilisearch ${mib(await memoryOf(meili.pid))}`);
    const big = await openBenchEngine(meili, 'bench_nx', logger);
    engines.push(big);
    await measureIngest(big, docs, opts.scale, meili);
    const api1 = await startApi(meili, 'bench_1x', dataDir, opts.profile);
    const apiN = await startApi(meili, 'bench_nx', dataDir);
    const floor = await startFloor(meili);
    children.push(api1.child, apiN.child, floor.child);
    // The raw requests carry the query as the service rewrites it (search form, the corpus's synonyms).
    const synonyms = (await createCorpusTerms(one.connection.client, one.names).synonyms()).query;
    await measureCpu(opts, mix, meili, api1, floor, synonyms);
    const idle = await measureLatency(opts, mix, meili, { api1, apiN, floor }, synonyms);
    console.log(`memory after the searches: API 1x ${mib(await memoryOf(api1.child.pid))}, API ${opts.scale}x ${mib(await memoryOf(apiN.child.pid))}, Meilisearch ${mib(await memoryOf(meili.pid))}`);
    await measureCompression(opts, mix, api1);
    await measureWhileIndexing(opts, mix, big, docs, apiN, idle);
    console.log(`memory at the end: Meilisearch ${mib(await memoryOf(meili.pid))}, API ${opts.scale}x ${mib(await memoryOf(apiN.child.pid))}`);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    await Promise.all(engines.map((e) => e.close()));
    await meili.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

async function measureIngest(big: SearchEngine, docs: IngestableDocument[], scale: number, meili: MeiliHandle): Promise<void> {
  const docsN = copies(docs, 1, scale);
  const raw = await ingestRaw(big, docsN);
  const oursMs = await ingestOurs(big, docsN);
  const rate = (msTaken: number) => `${Math.round((raw.paragraphs / msTaken) * 1000)} paragraphs/s (${(msTaken / 1000).toFixed(1)} s)`;
  const ratio = oursMs / raw.ms;
  console.log(`ingest ${scale}x (${raw.paragraphs} paragraphs, ${docsN.length} documents): ours ${rate(oursMs)}, raw addDocuments ${rate(raw.ms)}; ratio ${ratio.toFixed(2)}x time (target ≤ ${TARGET_INGEST_RATIO}x: ${ratio <= TARGET_INGEST_RATIO ? 'met' : 'NOT met'})`);
  console.log(`memory at ${scale}x: Meilisearch ${mib(await memoryOf(meili.pid))}`);
}

/** Every target at every concurrency; returns the N-copy API latencies at the highest concurrency. */
async function measureLatency(
  opts: ReturnType<typeof options>, mix: Query[], meili: MeiliHandle, { api1, apiN, floor }: Record<'api1' | 'apiN' | 'floor', Api>, synonyms: SynonymTable,
): Promise<number[]> {
  let last: number[] = [];
  for (const c of opts.concurrency) {
    const targets = [
      apiTarget('api 1x', api1.origin, mix, c), rawTarget('meili 1x', meili, 'bench_1x', mix, c, synonyms),
      apiTarget(`api ${opts.scale}x`, apiN.origin, mix, c), rawTarget(`meili ${opts.scale}x`, meili, 'bench_nx', mix, c, synonyms),
      rawTarget('floor 1x', meili, 'bench_1x', mix, c, synonyms, floor.origin),
    ];
    const results = await compare(targets, mix.length, { warmup: 300, requests: opts.requests, rounds: 4, concurrency: c });
    await Promise.all(targets.map((t) => t.pool.close()));
    report(results, opts.scale, c);
    last = [...results.values()][2]!;
  }
  return last;
}

/** CPU per request of each process, which the machine's other load does not skew the way it skews latency. */
async function measureCpu(opts: ReturnType<typeof options>, mix: Query[], meili: MeiliHandle, api1: Api, floor: Api, synonyms: SynonymTable): Promise<void> {
  const c = Math.max(...opts.concurrency);
  const n = opts.requests;
  const cpuFor = async (target: Target, pids: Array<number | null | undefined>) => {
    await load(target, mix.length, 200, c);
    const before = await Promise.all(pids.map(cpuOf));
    await load(target, mix.length, n, c);
    const after = await Promise.all(pids.map(cpuOf));
    await target.pool.close();
    return after.map((a, i) => (a === null || before[i] === null ? NaN : (a - before[i]!) / n));
  };
  const [apiCpu, meiliViaApi] = await cpuFor(apiTarget('api 1x', api1.origin, mix, c), [api1.child.pid, meili.pid]);
  const [meiliAlone] = await cpuFor(rawTarget('meili 1x', meili, 'bench_1x', mix, c, synonyms), [meili.pid]);
  const [proxyCpu] = await cpuFor(rawTarget('floor 1x', meili, 'bench_1x', mix, c, synonyms, floor.origin), [floor.child.pid]);
  const f = (x: number | undefined) => `${(x ?? NaN).toFixed(2)} ms`;
  console.log(`CPU per search at concurrency ${c} (1x): API process ${f(apiCpu)} + Meilisearch ${f(meiliViaApi)}; Meilisearch alone ${f(meiliAlone)}; API share ${(apiCpu! / (apiCpu! + meiliViaApi!) * 100).toFixed(0)}%; a bare Node proxy ${f(proxyCpu)}`);
}

async function measureCompression(opts: ReturnType<typeof options>, mix: Query[], api1: Api): Promise<void> {
  const body = await (await fetch(`${api1.origin}/api/search?${new URLSearchParams(mix[0]!)}`)).text();
  for (const line of compressionTable(body)) console.log(line);
  const c = Math.max(...opts.concurrency);
  const targets = [apiTarget('api 1x identity', api1.origin, mix, c), apiTarget('api 1x br', api1.origin, mix, c, { 'accept-encoding': 'br, gzip' })];
  const results = await compare(targets, mix.length, { warmup: 100, requests: Math.ceil(opts.requests / 2), rounds: 2, concurrency: c });
  await Promise.all(targets.map((t) => t.pool.close()));
  const [plain, br] = [...results.values()].map(summary);
  console.log(`compression through the API at concurrency ${c} on loopback: identity p50 ${ms(plain!.p50)} p99 ${ms(plain!.p99)}, br p50 ${ms(br!.p50)} p99 ${ms(br!.p99)}`);
}

/** API search on the N-copy index while a tenth as many more copies are indexed, against the idle figures. */
async function measureWhileIndexing(
  opts: ReturnType<typeof options>, mix: Query[], big: SearchEngine, docs: IngestableDocument[], apiN: Api, idle: number[],
): Promise<void> {
  const c = Math.max(...opts.concurrency);
  const more = copies(docs, opts.scale + 1, Math.max(1, Math.round(opts.scale / 10)));
  const target = apiTarget(`api ${opts.scale}x`, apiN.origin, mix, c);
  let offset = 0;
  const { results, ms: took } = await during(() => ingestOurs(big, more), async () => {
    offset += 50;
    return load(target, mix.length, 50, c, offset);
  });
  await target.pool.close();
  const busy = summary(results);
  const calm = summary(idle);
  const paragraphs = more.reduce((n, d) => n + d.paragraphs.length, 0);
  console.log(`search ${opts.scale}x while ${paragraphs} paragraphs are indexed (${(took / 1000).toFixed(1)} s), concurrency ${c}: p50 ${ms(busy.p50)} p99 ${ms(busy.p99)} (${busy.n} requests); idle p50 ${ms(calm.p50)} p99 ${ms(calm.p99)}: ${(busy.p50 / calm.p50).toFixed(2)}x, ${(busy.p99 / calm.p99).toFixed(2)}x`);
}

function report(results: Map<string, number[]>, scale: number, concurrency: number): void {
  const [api, raw, big, bigRaw, floor] = [...results.values()].map(summary);
  for (const [name, values] of results) {
    const s = summary(values);
    console.log(`search c${concurrency} ${name.padEnd(12)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  (${s.n} requests)`);
  }
  const verdict = (x: number, target: number) => `${x.toFixed(2)}x (${x <= target ? 'met' : 'NOT met'})`;
  console.log(`search c${concurrency} API / Meilisearch 1x: p50 ${verdict(api!.p50 / raw!.p50, TARGET_RATIO)}, p99 ${verdict(api!.p99 / raw!.p99, TARGET_RATIO)}; target ≤ ${TARGET_RATIO}x`);
  console.log(`search c${concurrency} bare Node proxy / Meilisearch 1x: p50 ${(floor!.p50 / raw!.p50).toFixed(2)}x, p99 ${(floor!.p99 / raw!.p99).toFixed(2)}x (the floor for any Node service here); API / proxy: p50 ${(api!.p50 / floor!.p50).toFixed(2)}x, p99 ${(api!.p99 / floor!.p99).toFixed(2)}x`);
  console.log(`search c${concurrency} API / Meilisearch ${scale}x: p50 ${(big!.p50 / bigRaw!.p50).toFixed(2)}x, p99 ${(big!.p99 / bigRaw!.p99).toFixed(2)}x`);
  console.log(`search c${concurrency} ${scale}x / 1x through the API: p50 ${verdict(big!.p50 / api!.p50, TARGET_SCALE_RATIO)}, p99 ${verdict(big!.p99 / api!.p99, TARGET_SCALE_RATIO)}; target ≤ ${TARGET_SCALE_RATIO}x`);
  console.log(`search c${concurrency} ${scale}x / 1x straight to Meilisearch: p50 ${(bigRaw!.p50 / raw!.p50).toFixed(2)}x, p99 ${(bigRaw!.p99 / raw!.p99).toFixed(2)}x`);
}
