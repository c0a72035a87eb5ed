// Adapter: the read side of search — queries, paragraphs, articles, speakers, health — over Meilisearch.
import type { AnnotationIndex, ParagraphLookup, ParagraphRecord, SpeakerSummary } from '../domain/ports.ts';
import type { SpeakerRole } from '../domain/types.ts';
import { filterIn } from './filters.ts';
import { upstream, type MeiliConnection } from './meili-client.ts';
import { presentFullParagraph, presentHit, type FullParagraphView, type HitSource, type HitView } from './present.ts';
import { resolveFilter, buildSearchParams, FACETS, type SearchRequest } from './query.ts';
import { parseSpeakerRole, toParagraphRecord, type ArticleRecord, type IndexedParagraph } from './records.ts';
import type { SearchOptions } from './settings.ts';
import { fetchById, fetchDocumentParagraphs, fetchDocumentRecords, fetchParagraphs, type IndexNames } from './store.ts';

export interface SearchResponse {
  hits: HitView[];
  total: number;
  facets: Record<keyof typeof FACETS, Record<string, number>>;
  processingTimeMs: number;
}

export interface ParagraphContext {
  paragraph: FullParagraphView;
  previous: FullParagraphView | null;
  next: FullParagraphView | null;
}

export interface ArticleView extends ArticleRecord {
  docTitle: string;
}

export interface HealthReport {
  meilisearch: 'available' | 'unavailable';
  documents: number;
  paragraphs: number;
}

/** Per-request context: the base URL for permalinks and, when the service runs with annotations, their index. */
export interface RequestContext {
  baseUrl: string;
  annotations?: AnnotationIndex;
}

export interface SearchService extends ParagraphLookup {
  search(req: SearchRequest, ctx: RequestContext): Promise<SearchResponse>;
  paragraphContext(id: string, ctx: RequestContext): Promise<ParagraphContext | null>;
  listArticles(): Promise<ArticleView[]>;
  getArticle(id: string, ctx: RequestContext): Promise<{ article: ArticleView; paragraphs: FullParagraphView[] } | null>;
  listSpeakers(): Promise<SpeakerSummary[]>;
  health(): Promise<HealthReport>;
}

export interface SearchServiceOptions {
  connection: MeiliConnection;
  names: IndexNames;
  search: SearchOptions;
}

export function createSearchService(opts: SearchServiceOptions): SearchService {
  const { names } = opts;
  const client = opts.connection.client;
  const getStored = (id: string) => fetchById<IndexedParagraph & Record<string, unknown>>(client, names.paragraphs, id);
  return {
    search: (req, ctx) => search(opts, req, ctx),
    async getParagraph(id) {
      const stored = await getStored(id);
      return stored ? toParagraphRecord(stored) : null;
    },
    async listDocumentParagraphs(docId) {
      return (await fetchDocumentParagraphs(client, names.paragraphs, docId)).map(toParagraphRecord);
    },
    async paragraphContext(id, ctx) {
      const stored = await getStored(id);
      return stored ? withNeighbours(opts, stored, ctx.baseUrl) : null;
    },
    listArticles: () => listArticles(opts),
    async getArticle(id, ctx) {
      const article = (await listArticles(opts)).find((a) => a.id === id);
      if (!article) return null;
      const stored = await fetchParagraphs(client, names.paragraphs, [filterIn('articleId', [id])]);
      return { article, paragraphs: stored.map((p) => presentFullParagraph(p, ctx.baseUrl)) };
    },
    listSpeakers: () => listSpeakers(opts),
    health: () => health(opts),
  };
}

async function search(opts: SearchServiceOptions, req: SearchRequest, ctx: RequestContext): Promise<SearchResponse> {
  const filter = await resolveFilter(req, ctx.annotations);
  if (filter === null) return { hits: [], total: 0, facets: { speakers: {}, articles: {}, kinds: {} }, processingTimeMs: 0 };
  const params = buildSearchParams(req, filter);
  const res = await opts.connection.search<HitSource>(opts.names.paragraphs, { q: req.q, ...params });
  const summaries = await ctx.annotations?.summarize(res.hits.map((h) => h.id));
  const dist = res.facetDistribution ?? {};
  return {
    hits: res.hits.map((h) => presentHit(h, h._matchesPosition?.text, ctx.baseUrl, opts.search, summaries?.get(h.id))),
    total: 'totalHits' in res && typeof res.totalHits === 'number' ? res.totalHits : (res.estimatedTotalHits ?? res.hits.length),
    facets: {
      speakers: topValues(dist[FACETS.speakers], opts.search.facetLimit),
      articles: topValues(dist[FACETS.articles], opts.search.facetLimit),
      kinds: topValues(dist[FACETS.kinds], opts.search.facetLimit),
    },
    processingTimeMs: res.processingTimeMs,
  };
}

/** The `limit` most frequent values of a facet (Meilisearch returns them by count, see faceting settings). */
function topValues(dist: Record<string, number> | undefined, limit: number): Record<string, number> {
  const entries = Object.entries(dist ?? {});
  return Object.fromEntries(entries.length > limit ? entries.sort((a, b) => b[1] - a[1]).slice(0, limit) : entries);
}

async function withNeighbours(opts: SearchServiceOptions, p: IndexedParagraph, baseUrl: string): Promise<ParagraphContext> {
  const around = await fetchParagraphs(opts.connection.client, opts.names.paragraphs, [
    filterIn('docId', [p.docId]), filterIn('position', [p.position - 1, p.position + 1]),
  ]);
  const at = (pos: number) => around.find((r) => r.position === pos);
  const show = (r: ParagraphRecord | undefined) => (r ? presentFullParagraph(r, baseUrl) : null);
  return { paragraph: presentFullParagraph(p, baseUrl), previous: show(at(p.position - 1)), next: show(at(p.position + 1)) };
}

async function listArticles(opts: SearchServiceOptions): Promise<ArticleView[]> {
  const docs = await fetchDocumentRecords(opts.connection.client, opts.names);
  docs.sort((a, b) => a.id.localeCompare(b.id));
  return docs.flatMap((d) => d.articles.map((a) => ({ ...a, docTitle: d.title })));
}

async function listSpeakers(opts: SearchServiceOptions): Promise<SpeakerSummary[]> {
  const res = await upstream(() =>
    opts.connection.client.index(opts.names.paragraphs).search('', { limit: 0, facets: ['speakers', 'speakerRoles'] }),
  );
  const counts = res.facetDistribution?.speakers ?? {};
  const roles = new Map<string, Set<SpeakerRole>>();
  for (const tag of Object.keys(res.facetDistribution?.speakerRoles ?? {})) {
    const { role, name } = parseSpeakerRole(tag);
    roles.set(name, (roles.get(name) ?? new Set()).add(role as SpeakerRole));
  }
  return Object.entries(counts)
    .map(([name, paragraphs]) => ({ name, paragraphs, roles: [...(roles.get(name) ?? [])].sort() }))
    .sort((a, b) => b.paragraphs - a.paragraphs || a.name.localeCompare(b.name));
}

async function health(opts: SearchServiceOptions): Promise<HealthReport> {
  try {
    const stats = await opts.connection.client.getStats();
    const count = (uid: string) => stats.indexes[uid]?.numberOfDocuments ?? 0;
    return { meilisearch: 'available', documents: count(opts.names.documents), paragraphs: count(opts.names.paragraphs) };
  } catch {
    return { meilisearch: 'unavailable', documents: 0, paragraphs: 0 };
  }
}
