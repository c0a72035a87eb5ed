// Search benchmark. One run, one embedded Meilisearch, three measurements:
//  1. the same query mix through the API (`npm start` as a child process) and straight to Meilisearch, with
//     concurrency 10 after a warm-up: p50/p99 of each and their ratio (target: API p50 within 1.3x);
//  2. ingest throughput of N copies of the corpus (each its own document) through our ingester, against one
//     raw addDocuments of the same payload;
//  3. API search p50/p99 on the N-copy index against the 1-copy index.
// Flags: --scale N (default 100), --requests N per target (default 2000), --concurrency N (default 10).
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
import { waitTasks } from '../src/search/meili-client.ts';
import { buildFilter, buildSearchParams } from '../src/search/query.ts';
import { toParagraphRecords, type IngestableDocument } from '../src/search/records.ts';
import { applyIndexSettings } from '../src/search/settings.ts';
import { compare, makePool, ms, summary, type Target } from './search-load.ts';

const CORPUS_DIR = 'corpus';
const TARGET_RATIO = 1.3;
const logger = pino({ level: 'silent' });

type Query = Record<string, string>;

function options(args: string[]) {
  const { values } = parseArgs({
    args, strict: false,
    options: { scale: { type: 'string', default: '100' }, requests: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '10' }, profile: { type: 'string' } },
  });
  const int = (v: unknown, name: string, max: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max}`);
    return n;
  };
  const profile = typeof values.profile === 'string' ? path.resolve(values.profile) : undefined;
  return { profile, scale: int(values.scale, 'scale', 10_000), requests: int(values.requests, 'requests', 100_000), concurrency: int(values.concurrency, 'concurrency', 64) };
}

const words = (text: string) => (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/** A query mix looked up in the corpus: keywords, pairs, phrases, a typo, speaker and kind filters. */
async function queryMix(docs: IngestableDocument[], engine: SearchEngine): Promise<Query[]> {
  const paras = docs.flatMap((d) => d.paragraphs).filter((p) => words(p.text).length >= 8);
  const pick = (k: number) => Array.from({ length: k }, (_, i) => paras[Math.floor((i * paras.length) / k)]!);
  const longest = (text: string) => [...words(text)].sort((a, b) => b.length - a.length)[0]!;
  const mix: Query[] = [];
  for (const p of pick(20)) mix.push({ q: longest(p.text) });
  for (const p of pick(8)) mix.push({ q: words(p.text).slice(2, 4).join(' ') });
  for (const p of pick(6)) mix.push({ q: `"${words(p.text).slice(1, 4).join(' ')}"` });
  for (const p of pick(4)) mix.push({ q: longest(p.text).slice(0, -2) + longest(p.text).slice(-1) });
  const speakers = (await engine.service.listSpeakers()).slice(0, 5).map((s) => s.name);
  for (const [i, s] of speakers.entries()) mix.push({ speaker: s }, { speaker: s, q: longest(pick(5)[i]!.text) });
  mix.push({ kind: 'answer', q: longest(paras[0]!.text) }, { q: '', limit: '50' }, { q: longest(paras[1]!.text), offset: '20' });
  return mix;
}

function apiTarget(name: string, origin: string, mix: Query[], concurrency: number): Target {
  const paths = mix.map((q) => `/api/search?${new URLSearchParams(q)}`);
  return { name, pool: makePool(origin, concurrency), request: (i) => ({ path: paths[i]!, method: 'GET' }) };
}

/** The exact Meilisearch request the API sends for each query of the mix. */
function rawTarget(name: string, meili: MeiliHandle, index: string, mix: Query[], concurrency: number): Target {
  const bodies = mix.map((query) => {
    const req = toSearchRequest(parseInput(SearchQuerySchema, query));
    return JSON.stringify({ q: req.q, ...buildSearchParams(req, buildFilter(req) ?? []) });
  });
  const headers = { authorization: `Bearer ${meili.key}`, 'content-type': 'application/json' };
  return { name, pool: makePool(meili.url, concurrency), request: (i) => ({ path: `/indexes/${index}/search`, method: 'POST', headers, body: bodies[i]! }) };
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

function copyOf(doc: IngestableDocument, i: number): IngestableDocument {
  const suffix = (id: string) => `${id}_c${i}`;
  return {
    ...doc,
    contentHash: `${doc.contentHash}-${i}`,
    document: { ...doc.document, id: `${doc.document.id}-copy-${i}`, title: `${doc.document.title} (copy ${i})` },
    articles: doc.articles.map((a) => ({ ...a, id: suffix(a.id) })),
    paragraphs: doc.paragraphs.map((p) => ({ ...p, id: suffix(p.id), articleId: p.articleId && suffix(p.articleId) })),
  };
}

/** N copies through our ingester (20 documents per call, like `verbatim ingest`) and as one raw addDocuments. */
async function measureIngest(meili: MeiliHandle, docs: IngestableDocument[], n: number) {
  const copies = Array.from({ length: n }, (_, i) => docs.map((d) => copyOf(d, i + 1))).flat();
  const engine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'bench_nx', logger });
  const client = engine.connection.client;
  await applyIndexSettings(client, 'bench_raw', engine.indexConfig.settings);
  const payload = copies.flatMap((c) => toParagraphRecords(c));
  let t0 = performance.now();
  await waitTasks(client, [await client.index('bench_raw').addDocuments(payload, { primaryKey: 'id' })]);
  const rawMs = performance.now() - t0;
  t0 = performance.now();
  for (let i = 0; i < copies.length; i += 20) await engine.ingester.ingestDocuments(copies.slice(i, i + 20));
  const oursMs = performance.now() - t0;
  return { engine, paragraphs: payload.length, rawMs, oursMs };
}

export async function run(args: string[]): Promise<void> {
  const opts = options(args);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-bench-'));
  const meili = await startEmbeddedMeili({ dataDir, logger });
  const children: ChildProcess[] = [];
  try {
    const docs = await Promise.all((await corpusFiles(CORPUS_DIR)).map((f) => extractAny(f)));
    if (!docs.length) throw new Error(`no documents in ${CORPUS_DIR}/`);
    const one = await openSearchEngine({ url: meili.url, key: meili.key, index: 'bench_1x', logger });
    await one.ingester.ingestDocuments(docs);
    const mix = await queryMix(docs, one);
    const count = docs.reduce((n, d) => n + d.paragraphs.length, 0);
    console.log(`search: ${docs.length} document(s), ${count} paragraphs; ${mix.length} queries in the mix; concurrency ${opts.concurrency}; ${os.cpus().length} cores; load ${os.loadavg()[0]!.toFixed(1)}; node ${process.version}`);
    const ing = await measureIngest(meili, docs, opts.scale);
    const rate = (msTaken: number) => `${Math.round((ing.paragraphs / msTaken) * 1000)} paragraphs/s`;
    console.log(`ingest ${opts.scale}x (${ing.paragraphs} paragraphs, ${opts.scale * docs.length} documents): ours ${rate(ing.oursMs)} (${(ing.oursMs / 1000).toFixed(1)} s), raw addDocuments ${rate(ing.rawMs)} (${(ing.rawMs / 1000).toFixed(1)} s), ratio ${(ing.oursMs / ing.rawMs).toFixed(2)}x time`);
    const api1 = await startApi(meili, 'bench_1x', dataDir, opts.profile);
    const apiN = await startApi(meili, 'bench_nx', dataDir);
    children.push(api1.child, apiN.child);
    const targets = [
      apiTarget('api 1x', api1.origin, mix, opts.concurrency), rawTarget('meili 1x', meili, 'bench_1x', mix, opts.concurrency),
      apiTarget(`api ${opts.scale}x`, apiN.origin, mix, opts.concurrency), rawTarget(`meili ${opts.scale}x`, meili, 'bench_nx', mix, opts.concurrency),
    ];
    const results = await compare(targets, mix.length, { warmup: 300, requests: opts.requests, rounds: 4, concurrency: opts.concurrency });
    report(results, opts.scale);
    await Promise.all(targets.map((t) => t.pool.close()));
    await Promise.all([one.close(), ing.engine.close()]);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    await meili.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

function report(results: Map<string, number[]>, scale: number): void {
  const [api, raw, big, bigRaw] = [...results.values()].map(summary);
  for (const [name, values] of results) {
    const s = summary(values);
    console.log(`search ${name.padEnd(12)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  (${s.n} requests)`);
  }
  const ratio = api!.p50 / raw!.p50;
  console.log(`search API / Meilisearch: p50 ratio ${ratio.toFixed(2)}x (target ≤ ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}), p99 ratio ${(api!.p99 / raw!.p99).toFixed(2)}x`);
  console.log(`search ${scale}x / 1x through the API: p50 ${(big!.p50 / api!.p50).toFixed(2)}x, p99 ${(big!.p99 / api!.p99).toFixed(2)}x`);
  console.log(`search ${scale}x / 1x straight to Meilisearch: p50 ${(bigRaw!.p50 / raw!.p50).toFixed(2)}x, p99 ${(bigRaw!.p99 / raw!.p99).toFixed(2)}x`);
}
