// Adapter: Meilisearch past one machine. Documents are assigned to shards by document id (a stable hash), each
// shard an ordinary Meilisearch with the same settings. Searches fan out to every shard and are merged here:
// hits by ranking score (document order when sorted), facet counts summed, totals summed. Reads by id ask the
// shards; the ingester sends each document to its own shard. Client-side fan-out needs no experimental feature
// (Meilisearch's own `network` + remote federated search is the upstream way, see docs/deploy.md).
import { createHash } from 'node:crypto';
import type { RecordAny, SearchResponse } from 'meilisearch';
import type { SpeakerSummary } from '../domain/ports.ts';
import type { Ingester, IngestResult } from './ingest.ts';
import type { MeiliConnection } from './meili-client.ts';
import type { IngestableDocument } from './records.ts';
import type { ArticleView, RequestContext, SearchService } from './service.ts';
import type { QuoteList, QuotesRequest, SpeakerProfile } from './speakers.ts';

/** The shard that holds a document: the first 4 bytes of SHA-256(docId), modulo the number of shards. */
export function shardOf(docId: string, shards: number): number {
  return createHash('sha256').update(docId).digest().readUInt32BE(0) % shards;
}

type Hit = RecordAny & { _rankingScore?: number; docId?: string; position?: number };

/** A connection whose `search` asks every shard for the first offset+limit hits and merges them. */
export function fanOutConnection(shards: MeiliConnection[]): MeiliConnection {
  return {
    client: shards[0]!.client,
    search: async <T extends RecordAny>(index: string, body: Record<string, unknown>) => {
      const paged = typeof body.hitsPerPage === 'number';
      const limit = paged ? (body.hitsPerPage as number) : ((body.limit as number | undefined) ?? 20);
      const offset = paged ? ((body.page as number) - 1) * limit : ((body.offset as number | undefined) ?? 0);
      const { page: _p, hitsPerPage: _h, offset: _o, limit: _l, ...rest } = body;
      // Page 1 of offset+limit hits per shard: exhaustive counts, and every hit that can land in the merged page.
      const each = { ...rest, page: 1, hitsPerPage: offset + limit, showRankingScore: true };
      const answers = await Promise.all(shards.map((s) => s.search<Hit>(index, each)));
      const hits = mergeHits(answers.map((a) => a.hits), Array.isArray(body.sort) && body.sort.length > 0).slice(offset, offset + limit);
      const total = answers.reduce((n, a) => n + (a.totalHits ?? a.estimatedTotalHits ?? a.hits.length), 0);
      const merged = {
        hits: body.showRankingScore ? hits : hits.map(({ _rankingScore: _s, ...h }) => h),
        query: answers[0]?.query ?? '',
        processingTimeMs: Math.max(...answers.map((a) => a.processingTimeMs)),
        facetDistribution: sumFacets(answers.map((a) => a.facetDistribution ?? {})),
        ...(paged
          ? { totalHits: total, page: offset / Math.max(limit, 1) + 1, hitsPerPage: limit, totalPages: Math.ceil(total / Math.max(limit, 1)) }
          : { estimatedTotalHits: total, offset, limit }),
      };
      return merged as unknown as SearchResponse<T>;
    },
    close: async () => undefined,
  };
}

/** Relevance: by ranking score, highest first (ties keep shard order). Sorted requests: document order. */
function mergeHits(lists: Hit[][], documentOrder: boolean): Hit[] {
  const all = lists.flat();
  if (documentOrder) return all.sort((a, b) => String(a.docId).localeCompare(String(b.docId)) || (a.position ?? 0) - (b.position ?? 0));
  return all.sort((a, b) => (b._rankingScore ?? 0) - (a._rankingScore ?? 0));
}

function sumFacets(dists: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const dist of dists) {
    for (const [facet, values] of Object.entries(dist)) {
      const into = (out[facet] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  // Most frequent first, as Meilisearch orders them (faceting.sortFacetValuesBy = count).
  return Object.fromEntries(Object.entries(out).map(([f, v]) => [f, Object.fromEntries(Object.entries(v).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))]));
}

/** Each document to its shard's ingester; results in the order the documents came. */
export function shardedIngester(ingesters: Ingester[]): Ingester {
  return {
    async ingestDocuments(docs, onProgress) {
      const groups = ingesters.map(() => [] as IngestableDocument[]);
      for (const d of docs) groups[shardOf(d.document.id, ingesters.length)]!.push(d);
      const results = (await Promise.all(groups.map((g, i) => (g.length ? ingesters[i]!.ingestDocuments(g, onProgress) : [])))).flat();
      const byId = new Map<string, IngestResult>(results.map((r) => [r.docId, r]));
      return docs.map((d) => byId.get(d.document.id)!).filter(Boolean);
    },
    deleteDocument: (docId) => ingesters[shardOf(docId, ingesters.length)]!.deleteDocument(docId),
    listDocuments: async () => (await Promise.all(ingesters.map((i) => i.listDocuments()))).flat().sort((a, b) => a.id.localeCompare(b.id)),
    countAnnotations: (docId) => ingesters[shardOf(docId, ingesters.length)]!.countAnnotations(docId),
    assessReplacement: (docId, after) => ingesters[shardOf(docId, ingesters.length)]!.assessReplacement(docId, after),
  };
}

/**
 * The read side over all shards: `search` on the fan-out connection (given as `merged`), everything else asks the
 * shard that holds the document, or every shard and merges.
 */
export function shardedService(merged: SearchService, shards: SearchService[]): SearchService {
  const shardFor = (docId: string) => shards[shardOf(docId, shards.length)]!;
  const firstFound = async <T>(ask: (s: SearchService) => Promise<T | null>): Promise<T | null> =>
    (await Promise.all(shards.map(ask))).find((x) => x !== null) ?? null;
  return {
    search: (req, ctx) => merged.search(req, ctx),
    getParagraph: (id) => firstFound((s) => s.getParagraph(id)),
    listDocumentParagraphs: (docId) => shardFor(docId).listDocumentParagraphs(docId),
    paragraphContext: (id, ctx) => firstFound((s) => s.paragraphContext(id, ctx)),
    async listArticles() {
      const all: ArticleView[] = (await Promise.all(shards.map((s) => s.listArticles()))).flat();
      return all.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0)); // stable: article order kept
    },
    getArticle: (id, ctx) => firstFound((s) => s.getArticle(id, ctx)),
    listDocuments: async () => (await Promise.all(shards.map((s) => s.listDocuments()))).flat().sort((a, b) => a.id.localeCompare(b.id)),
    listQuotes: (req, ctx) => mergeQuotes(shards, req, ctx),
    speakerProfile: async (name) => mergeProfiles((await Promise.all(shards.map((s) => s.speakerProfile(name)))).filter((p) => p !== null)),
    async listSpeakers() {
      const byName = new Map<string, { name: string; paragraphs: number; roles: Set<string> }>();
      for (const list of await Promise.all(shards.map((s) => s.listSpeakers()))) {
        for (const sp of list) {
          const into = byName.get(sp.name) ?? { name: sp.name, paragraphs: 0, roles: new Set<string>() };
          into.paragraphs += sp.paragraphs;
          for (const r of sp.roles) into.roles.add(r);
          byName.set(sp.name, into);
        }
      }
      return [...byName.values()]
        .map((s) => ({ name: s.name, paragraphs: s.paragraphs, roles: [...s.roles].sort() as SpeakerSummary['roles'] }))
        .sort((a, b) => b.paragraphs - a.paragraphs || a.name.localeCompare(b.name));
    },
    async health() {
      const all = await Promise.all(shards.map((s) => s.health()));
      return {
        meilisearch: all.every((h) => h.meilisearch === 'available') ? 'available' : 'unavailable',
        documents: all.reduce((n, h) => n + h.documents, 0),
        paragraphs: all.reduce((n, h) => n + h.paragraphs, 0),
      };
    },
  };
}

/** Quotes in document order: a document lives on one shard, so each shard's list is whole documents in order. */
async function mergeQuotes(shards: SearchService[], req: QuotesRequest, ctx: RequestContext): Promise<QuoteList | null> {
  const each = { ...req, offset: 0, limit: req.offset + req.limit };
  const lists = (await Promise.all(shards.map((s) => s.listQuotes(each, ctx)))).filter((l) => l !== null);
  const first = lists[0];
  if (!first) return null;
  const byDoc = lists.flatMap((l) => l.quotes).map((q, i) => ({ q, i }));
  byDoc.sort((a, b) => a.q.document.id.localeCompare(b.q.document.id) || a.i - b.i);
  const quotes = byDoc.map((x) => x.q).slice(req.offset, req.offset + req.limit);
  return { speaker: first.speaker, total: lists.reduce((n, l) => n + l.total, 0), limit: req.limit, offset: req.offset, quotes };
}

/** One speaker over all shards: counts summed, roles united, articles in document order, name forms summed. */
function mergeProfiles(parts: SpeakerProfile[]): SpeakerProfile | null {
  const first = parts[0];
  if (!first) return null;
  const sum = (f: (p: SpeakerProfile) => number) => parts.reduce((n, p) => n + f(p), 0);
  const variants = new Map<string, SpeakerProfile['variants'][number]>();
  for (const v of parts.flatMap((p) => p.variants)) {
    const key = `${v.kind}\0${v.text}`;
    variants.set(key, { ...v, count: (variants.get(key)?.count ?? 0) + v.count });
  }
  return {
    ...first,
    roles: [...new Set(parts.flatMap((p) => p.roles))].sort(),
    paragraphs: sum((p) => p.paragraphs), voiceParagraphs: sum((p) => p.voiceParagraphs), quotes: sum((p) => p.quotes),
    articles: parts.flatMap((p) => p.articles.map((a, i) => ({ a, i }))).sort((x, y) => x.a.document.id.localeCompare(y.a.document.id) || x.i - y.i).map((x) => x.a),
    variants: [...variants.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
  };
}
