// HTTP: GET /api/quotes (one speaker's quotes in document order) and GET /api/speakers/:name (their profile).
import { Router } from 'express';
import { z } from 'zod';
import { NotFoundError } from '../domain/errors.ts';
import type { SearchService } from '../search/service.ts';
import { baseUrlFor, parseInput, repeated } from './params.ts';
import { MAX_LIMIT, MAX_OFFSET } from './search.ts';

/** Longest speaker name accepted (as in search's speaker filter). */
const MAX_NAME_CHARS = 200;
/** Quotes per page when the client does not say: a speaker page's worth. */
const DEFAULT_QUOTES_LIMIT = 50;

const wholeNumber = (max: number) =>
  z.string().regex(/^\d{1,7}$/, 'must be a whole number').transform(Number).refine((n) => n <= max, `must be at most ${max}`);

const speakerName = z.string({ error: 'must be given, once' }).trim().min(1, 'must not be empty').max(MAX_NAME_CHARS, `must be at most ${MAX_NAME_CHARS} characters`);

export const QuotesQuerySchema = z.object({
  speaker: speakerName,
  article: repeated(z.string().min(1, 'must not be empty').max(100)),
  limit: wholeNumber(MAX_LIMIT).default(DEFAULT_QUOTES_LIMIT),
  offset: wholeNumber(MAX_OFFSET).default(0),
});

export function speakersRouter(deps: { search: SearchService; publicUrl: string }): Router {
  const router = Router();
  router.get('/api/quotes', async (req, res) => {
    const query = parseInput(QuotesQuerySchema, req.query);
    const list = await deps.search.listQuotes(
      { speaker: query.speaker, articles: query.article, limit: query.limit, offset: query.offset },
      { baseUrl: baseUrlFor(req, deps.publicUrl) },
    );
    if (!list) throw new NotFoundError(`no such speaker: ${query.speaker}`);
    res.json(list);
  });
  router.get('/api/speakers/:name', async (req, res) => {
    const name = parseInput(z.object({ name: speakerName }), req.params).name;
    const profile = await deps.search.speakerProfile(name);
    if (!profile) throw new NotFoundError(`no such speaker: ${name}`);
    res.json(profile);
  });
  return router;
}
