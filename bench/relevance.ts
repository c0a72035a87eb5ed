// Relevance benchmark (issue 11): the queries of tests/fixtures/relevance/queries.json against the bundled report and
// the dev-set dumps in one index; prints recall@5 and MRR overall and per class. The floor test
// (tests/search/relevance.test.ts) runs the same evaluation.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { z } from 'zod';
import { extractFile } from '../src/corpus.ts';
import { parseInput } from '../src/http/params.ts';
import { SearchQuerySchema, toSearchRequest } from '../src/http/search.ts';
import { openSearchEngine, type SearchEngine } from '../src/search/engine.ts';
import { startEmbeddedMeili } from '../src/search/launcher.ts';
import { fetchParagraphs } from '../src/search/store.ts';

export const RELEVANCE_FILE = 'tests/fixtures/relevance/queries.json';
export const RELEVANCE_CORPUS = [
  'corpus/kazakhstan-elections-special-report.txt',
  ...['dev1-meridian-review', 'dev2-northfield-courier', 'dev3-signal-quarterly', 'dev4-harbour-gazette', 'dev5-crosswind']
    .map((name) => `tests/fixtures/dev/${name}.txt`),
];
/** Ranks looked at: a hit below this counts as not found. */
const DEPTH = 20;
/** recall@K. */
const K = 5;

const QuerySchema = z.object({
  class: z.string().min(1),
  q: z.string(),
  filters: z.record(z.string(), z.array(z.string())).optional(),
  expect: z.array(z.string().min(1)).min(1),
});
const SetSchema = z.object({ queries: z.array(QuerySchema).min(1) });
export type RelevanceQuery = z.infer<typeof QuerySchema>;

export interface QueryScore {
  query: RelevanceQuery;
  recall: number;
  reciprocalRank: number;
  /** Ids of the expected paragraphs, and the ranked ids the service returned. */
  expected: string[];
  ranked: string[];
}

export interface RelevanceReport {
  recallAt5: number;
  mrr: number;
  byClass: Map<string, { n: number; recallAt5: number; mrr: number }>;
  scores: QueryScore[];
}

export async function loadRelevanceSet(file = RELEVANCE_FILE): Promise<RelevanceQuery[]> {
  return SetSchema.parse(JSON.parse(await fs.readFile(file, 'utf8'))).queries;
}

export async function ingestRelevanceCorpus(engine: SearchEngine): Promise<void> {
  await engine.ingester.ingestDocuments(await Promise.all(RELEVANCE_CORPUS.map((f) => extractFile(f))));
}

/** Every fragment must name at least one paragraph: a set that points at nothing is broken, not a miss. */
async function resolveExpectations(engine: SearchEngine, queries: RelevanceQuery[]): Promise<Map<string, string[]>> {
  const all = await fetchParagraphs(engine.connection.client, engine.names.paragraphs, []);
  const out = new Map<string, string[]>();
  for (const fragment of new Set(queries.flatMap((q) => q.expect))) {
    const needle = fragment.toLowerCase();
    const ids = all.filter((p) => p.text.toLowerCase().includes(needle)).map((p) => p.id);
    if (!ids.length) throw new Error(`relevance set: no paragraph contains ${JSON.stringify(fragment)}`);
    out.set(fragment, ids);
  }
  return out;
}

export async function evaluateRelevance(engine: SearchEngine, queries: RelevanceQuery[]): Promise<RelevanceReport> {
  const fragments = await resolveExpectations(engine, queries);
  const scores: QueryScore[] = [];
  for (const query of queries) {
    const req = toSearchRequest(parseInput(SearchQuerySchema, { ...query.filters, q: query.q, limit: String(DEPTH) }));
    const res = await engine.service.search(req, { baseUrl: 'http://relevance.test' });
    const ranked = res.hits.map((h) => h.id);
    const expected = [...new Set(query.expect.flatMap((f) => fragments.get(f)!))];
    scores.push({ query, expected, ranked, ...scoreRanking(ranked, expected) });
  }
  return summarise(scores);
}

/** recall@K over at most K expected paragraphs, and the reciprocal rank of the first expected one. */
export function scoreRanking(ranked: string[], expected: string[]): { recall: number; reciprocalRank: number } {
  const want = new Set(expected);
  const found = ranked.slice(0, K).filter((id) => want.has(id)).length;
  const first = ranked.findIndex((id) => want.has(id));
  return { recall: found / Math.min(K, want.size), reciprocalRank: first < 0 ? 0 : 1 / (first + 1) };
}

function summarise(scores: QueryScore[]): RelevanceReport {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const byClass = new Map<string, { n: number; recallAt5: number; mrr: number }>();
  for (const cls of new Set(scores.map((s) => s.query.class))) {
    const of = scores.filter((s) => s.query.class === cls);
    byClass.set(cls, { n: of.length, recallAt5: mean(of.map((s) => s.recall)), mrr: mean(of.map((s) => s.reciprocalRank)) });
  }
  return { recallAt5: mean(scores.map((s) => s.recall)), mrr: mean(scores.map((s) => s.reciprocalRank)), byClass, scores };
}

export function formatRelevance(r: RelevanceReport): string[] {
  const f = (x: number) => x.toFixed(3);
  const lines = [`relevance: ${r.scores.length} queries · recall@${K} ${f(r.recallAt5)} · MRR ${f(r.mrr)}`];
  for (const [cls, s] of r.byClass) lines.push(`  ${cls.padEnd(10)} n=${String(s.n).padEnd(3)} recall@${K} ${f(s.recallAt5)}  MRR ${f(s.mrr)}`);
  for (const s of r.scores.filter((x) => x.recall < 1 || x.reciprocalRank < 1)) {
    lines.push(`  miss [${s.query.class}] ${JSON.stringify(s.query.q)}: recall ${f(s.recall)}, RR ${f(s.reciprocalRank)}`);
  }
  return lines;
}

export async function run(_args: string[]): Promise<void> {
  const logger = pino({ level: 'silent' });
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-relevance-'));
  const meili = await startEmbeddedMeili({ dataDir, logger });
  try {
    const engine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'relevance', logger });
    try {
      await ingestRelevanceCorpus(engine);
      for (const line of formatRelevance(await evaluateRelevance(engine, await loadRelevanceSet()))) console.log(line);
    } finally {
      await engine.close();
    }
  } finally {
    await meili.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
