// Adapter: the read side of search — queries, paragraphs, articles, speakers, health — over Meilisearch.
import type { AnnotationIndex, ParagraphLookup, ParagraphRecord, SpeakerSummary } from '../domain/ports.ts';
import type { SpeakerRole } from '../domain/types.ts';
import { filterIn } from './filters.ts';
import { upstream, type MeiliConnection } from './meili-client.ts';
import { CITATION_FIELDS, presentFullParagraph, presentHit, type FullParagraphView, type HitSource, type HitView } from './present.ts';
import { resolveFilter, buildSearchParams, FACETS, type SearchRequest } from './query.ts';
import { parseSpeakerRole, toParagraphRecord, VOICE_TAG, type ArticleRecord, type DocumentRecord, type IndexedParagraph } from './records.ts';
import { toEngineQuery } from './queryText.ts';
import { suggestionsFor, textMatches, type HitMatches } from './relevance.ts';
import type { SearchOptions } from './settings.ts';
import { listQuotes, resolveSpeakerName, speakerProfile, type QuoteList, type QuotesRequest, type SpeakerProfile } from './speakers.ts';
import { speakerHitExtras, type SpeakerHitExtras, type SpeakingSource } from './speaking.ts';
import type { CorpusTerms } from './terms.ts';

/** Fields a hit found through a speaker also needs, to say how they speak there and cite their quote. */
export const SPEAKER_HIT_FIELDS = [...CITATION_FIELDS, 'roles', 'quotes'];
import { fetchById, fetchDocumentParagraphs, fetchDocumentRecords, fetchParagraphs, type IndexNames } from './store.ts';

export interface SearchResponse {
  /** Hits of a speaker-filtered search also say how the speaker speaks there, and show their quote. */
  hits: Array<HitView & Partial<SpeakerHitExtras>>;
  total: number;
  facets: Record<keyof typeof FACETS, Record<string, number>>;
  processingTimeMs: number;
  /** When nothing matched a query: close queries that do find something ("Did you mean …?"); else empty. */
  suggestions: string[];
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
  /** Every indexed document (corpus and uploads), with its articles, in id order. */
  listDocuments(): Promise<DocumentRecord[]>;
  /** One speaker's quotes in document order; null for a name nobody in the index has. */
  listQuotes(req: QuotesRequest, ctx: RequestContext): Promise<QuoteList | null>;
  /** One speaker's roles, counts per article and name forms; null for an unknown name. */
  speakerProfile(name: string): Promise<SpeakerProfile | null>;
  health(): Promise<HealthReport>;
}

export interface SearchServiceOptions {
  connection: MeiliConnection;
  names: IndexNames;
  search: SearchOptions;
  /** The corpus's synonym groups and vocabulary (query rewriting, highlights, suggestions); none when absent. */
  terms?: CorpusTerms;
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
    async listDocuments() {
      return (await fetchDocumentRecords(client, names)).sort((a, b) => a.id.localeCompare(b.id));
    },
    async listQuotes(req, ctx) {
      const speaker = resolveSpeakerName(req.speaker, (await listSpeakers(opts)).map((s) => s.name));
      return speaker ? listQuotes(client, names.paragraphs, { ...req, speaker }, ctx.baseUrl) : null;
    },
    async speakerProfile(name) {
      const speaker = resolveSpeakerName(name, (await listSpeakers(opts)).map((s) => s.name));
      return speaker ? speakerProfile(client, names.paragraphs, speaker) : null;
    },
    health: () => health(opts),
  };
}

async function search(opts: SearchServiceOptions, req: SearchRequest, ctx: RequestContext): Promise<SearchResponse> {
  const filter = await resolveFilter(req, ctx.annotations);
  if (filter === null) return { hits: [], total: 0, facets: { speakers: {}, articles: {}, kinds: {} }, processingTimeMs: 0, suggestions: [] };
  const params = buildSearchParams(req, filter);
  if (req.speakers.length) params.attributesToRetrieve = [...new Set([...(params.attributesToRetrieve ?? []), ...SPEAKER_HIT_FIELDS])];
  const synonyms = opts.terms ? await opts.terms.synonyms() : undefined;
  const engineQuery = (q: string) => toEngineQuery(q, synonyms?.query);
  const res = await opts.connection.search<HitSource & SpeakingSource>(opts.names.paragraphs, { q: engineQuery(req.q), ...params });
  const summaries = await ctx.annotations?.summarize(res.hits.map((h) => h.id));
  const dist = res.facetDistribution ?? {};
  const total = 'totalHits' in res && typeof res.totalHits === 'number' ? res.totalHits : (res.estimatedTotalHits ?? res.hits.length);
  const matches = (h: (typeof res.hits)[number]) => textMatches(h.text, h._matchesPosition as HitMatches | undefined, synonyms?.byDocument.get(h.docId));
  const suggestions = total === 0 && req.q.trim() ? await suggest(opts, req.q, filter, engineQuery) : [];
  const hitOpts = { ...opts.search, baseUrl: ctx.baseUrl, ...(req.fields ? { extras: req.fields } : {}) };
  return {
    hits: res.hits.map((h) => {
      const hit = presentHit(h, matches(h), hitOpts, summaries?.get(h.id));
      if (!req.speakers.length) return hit;
      return { ...hit, ...speakerHitExtras(h, req.speakers, req.roles ?? [], matches(h), ctx.baseUrl, opts.search) };
    }),
    total,
    facets: {
      speakers: topValues(dist[FACETS.speakers], opts.search.facetLimit),
      articles: topValues(dist[FACETS.articles], opts.search.facetLimit),
      kinds: topValues(dist[FACETS.kinds], opts.search.facetLimit),
    },
    processingTimeMs: res.processingTimeMs,
    suggestions,
  };
}

/** "Did you mean …?" for a query that found nothing (none without the corpus's terms). */
async function suggest(opts: SearchServiceOptions, q: string, filter: string[], engineQuery: (q: string) => string): Promise<string[]> {
  if (!opts.terms) return [];
  return suggestionsFor(q, {
    connection: opts.connection, index: opts.names.paragraphs, terms: opts.terms, engineQuery, filter,
    speakers: async () => (await listSpeakers(opts)).map((s) => s.name),
  });
}

/**
 * The `limit` most frequent values of a facet, most frequent first. Meilisearch returns some facets by count and
 * the article facet by id (index-config/paragraphs.json, faceting): the order is made here for all of them.
 */
function topValues(dist: Record<string, number> | undefined, limit: number): Record<string, number> {
  const entries = Object.entries(dist ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return Object.fromEntries(entries.slice(0, limit));
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
    if (role === VOICE_TAG) continue;
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
