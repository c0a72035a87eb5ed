// HTTP: GET /api/search — validate, ask the search service, answer.
import { Router } from 'express';
import { z } from 'zod';
import type { AnnotationIndex } from '../domain/ports.ts';
import { HIT_EXTRAS } from '../search/present.ts';
import { PARAGRAPH_KINDS, type SearchRequest } from '../search/query.ts';
import type { SearchService } from '../search/service.ts';
import { SPEAKER_FILTER_ROLES } from '../search/speaking.ts';
import { baseUrlFor, parseInput, repeated } from './params.ts';
import { sendJsonTaggedWithout } from './transport.ts';

/** Longest query accepted: longer ones are pasted documents, not searches. */
export const MAX_QUERY_CHARS = 500;
export const MAX_LIMIT = 100;
/** Deepest offset: Meilisearch counts and pages up to maxTotalHits (index-config/paragraphs.json). */
export const MAX_OFFSET = 10_000;

const wholeNumber = (max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, 'must be a whole number')
    .transform(Number)
    .refine((n) => n <= max, `must be at most ${max}`);

export const SearchQuerySchema = z.object({
  q: z.string({ error: 'must be given once' }).max(MAX_QUERY_CHARS, `must be at most ${MAX_QUERY_CHARS} characters`).default(''),
  speaker: repeated(z.string().min(1, 'must not be empty').max(200)),
  article: repeated(z.string().min(1, 'must not be empty').max(100)),
  kind: repeated(z.enum(PARAGRAPH_KINDS, { error: `must be one of ${PARAGRAPH_KINDS.join(', ')}` })),
  page: repeated(wholeNumber(100_000)),
  limit: wholeNumber(MAX_LIMIT).default(20),
  offset: wholeNumber(MAX_OFFSET).default(0),
  sort: z.enum(['relevance', 'document'], { error: 'must be relevance or document' }).default('relevance'),
  annotated: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  verdict: repeated(z.string().min(1).max(50)),
  role: repeated(z.enum(SPEAKER_FILTER_ROLES, { error: `must be one of ${SPEAKER_FILTER_ROLES.join(', ')}` })),
  // `fields=citation` (or `text`), repeated or comma-separated: the optional parts of each hit.
  fields: z.preprocess(
    (v) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === 'string' ? x.split(',') : [x]))),
    z.array(z.enum(HIT_EXTRAS, { error: `must be ${HIT_EXTRAS.join(' or ')}` })).max(HIT_EXTRAS.length * 2),
  ),
}).refine((q) => !q.role.length || q.speaker.length, { message: 'needs a speaker: it says how that speaker speaks', path: ['role'] });

export function toSearchRequest(query: z.output<typeof SearchQuerySchema>): SearchRequest {
  return {
    q: query.q, speakers: query.speaker, articles: query.article, kinds: query.kind, pages: query.page,
    limit: query.limit, offset: query.offset, sort: query.sort, verdicts: query.verdict,
    ...(query.fields.length ? { fields: [...new Set(query.fields)] } : {}),
    ...(query.annotated ? { annotated: query.annotated === 'true' } : {}),
    ...(query.role.length ? { roles: query.role } : {}),
  };
}

export function searchRouter(deps: { search: SearchService; annotations?: AnnotationIndex; publicUrl: string }): Router {
  const router = Router();
  router.get('/api/search', async (req, res) => {
    const request = toSearchRequest(parseInput(SearchQuerySchema, req.query));
    const ctx = { baseUrl: baseUrlFor(req, deps.publicUrl), ...(deps.annotations ? { annotations: deps.annotations } : {}) };
    sendJsonTaggedWithout(res, await deps.search.search(request, ctx), 'processingTimeMs'); // same hits, same ETag
  });
  return router;
}
