// Search benchmark, the scale part: N copies of the corpus, ingest through our ingester against raw
// addDocuments of the same records, memory of the processes, and search latency while indexing runs.
import { promises as fs } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import { DEFAULT_BATCH_LIMITS } from '../src/search/batches.ts';
import { openSearchEngine, type SearchEngine } from '../src/search/engine.ts';
import type { MeiliHandle } from '../src/search/launcher.ts';
import { waitTasks } from '../src/search/meili-client.ts';
import { toParagraphRecords, type IngestableDocument } from '../src/search/records.ts';
import { applyIndexSettings } from '../src/search/settings.ts';
import { groupDocuments, ingestGroups } from '../src/search/ingest-files.ts';


export function copyOf(doc: IngestableDocument, i: number): IngestableDocument {
  const suffix = (id: string) => `${id}_c${i}`;
  return {
    ...doc,
    contentHash: `${doc.contentHash}-${i}`,
    document: { ...doc.document, id: `${doc.document.id}-copy-${i}`, title: `${doc.document.title} (copy ${i})` },
    articles: doc.articles.map((a) => ({ ...a, id: suffix(a.id) })),
    paragraphs: doc.paragraphs.map((p) => ({ ...p, id: suffix(p.id), articleId: p.articleId && suffix(p.articleId) })),
  };
}

/** Copies numbered from `first` to `first + n - 1` of every document. */
export function copies(docs: IngestableDocument[], first: number, n: number): IngestableDocument[] {
  return Array.from({ length: n }, (_, i) => docs.map((d) => copyOf(d, first + i))).flat();
}

/** Ingest documents through our ingester in the groups ingestFiles makes, as it does; milliseconds taken. */
export async function ingestOurs(engine: SearchEngine, docs: IngestableDocument[]): Promise<number> {
  const t0 = performance.now();
  await ingestGroups(engine.ingester, groupDocuments(docs));
  return performance.now() - t0;
}

/**
 * The baseline: the same paragraph records through the client's own addDocumentsInBatches (in batches of our
 * record limit, since one payload of 127k paragraphs is over Meilisearch's limit), all enqueued, then waited on.
 * The raw index is deleted afterwards so that it neither takes memory nor disturbs what follows.
 */
export async function ingestRaw(engine: SearchEngine, docs: IngestableDocument[]): Promise<{ ms: number; paragraphs: number }> {
  const client = engine.connection.client;
  const uid = `${engine.names.paragraphs}_raw`;
  await applyIndexSettings(client, uid, engine.indexConfig.settings);
  const payload = docs.flatMap((c) => toParagraphRecords(c));
  const t0 = performance.now();
  await waitTasks(client, await Promise.all(client.index(uid).addDocumentsInBatches(payload, DEFAULT_BATCH_LIMITS.maxRecords, { primaryKey: 'id' })));
  const ms = performance.now() - t0;
  await waitTasks(client, [await client.deleteIndex(uid)]);
  return { ms, paragraphs: payload.length };
}

export async function openBenchEngine(meili: MeiliHandle, index: string, logger: Logger): Promise<SearchEngine> {
  return openSearchEngine({ url: meili.url, key: meili.key, index, logger });
}

/** Resident and peak resident memory of a process in MiB (Linux /proc), or null elsewhere. */
export async function memoryOf(pid: number | null | undefined): Promise<{ rss: number; peak: number } | null> {
  if (!pid) return null;
  try {
    const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

export const mib = (m: { rss: number; peak: number } | null): string =>
  m ? `${m.rss.toFixed(0)} MiB (peak ${m.peak.toFixed(0)} MiB)` : 'n/a';

/** Run `work` while `probe` is called in a loop; the probe's results until work ends. */
export async function during<T>(work: () => Promise<unknown>, probe: () => Promise<T[]>): Promise<{ results: T[]; ms: number }> {
  let done = false;
  const results: T[] = [];
  const t0 = performance.now();
  const job = work().finally(() => {
    done = true;
  });
  const loop = (async () => {
    while (!done) results.push(...(await probe()));
  })();
  await Promise.all([job, loop]);
  return { results, ms: performance.now() - t0 };
}

/** CPU time (user + system) a process has used, in ms (Linux /proc; clock ticks of 10 ms), or null elsewhere. */
export async function cpuOf(pid: number | null | undefined): Promise<number | null> {
  if (!pid) return null;
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return null;
  }
}

/** Linux reports CPU time in clock ticks of 1/100 s on every mainstream build (USER_HZ). */
const CLOCK_TICK_MS = 10;
