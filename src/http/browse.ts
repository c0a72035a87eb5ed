// HTTP: GET /api/articles, /api/articles/:id, /api/speakers and /health.
import { Router } from 'express';
import { NotFoundError } from '../domain/errors.ts';
import type { SearchService } from '../search/service.ts';
import { baseUrlFor, idParam } from './params.ts';

export function browseRouter(deps: { search: SearchService; publicUrl: string }): Router {
  const router = Router();
  router.get('/api/articles', async (_req, res) => {
    res.json(await deps.search.listArticles());
  });
  router.get('/api/articles/:id', async (req, res) => {
    const id = idParam(req, 'article');
    const found = await deps.search.getArticle(id, { baseUrl: baseUrlFor(req, deps.publicUrl) });
    if (!found) throw new NotFoundError(`no such article: ${id}`);
    res.json({ ...found.article, paragraphs: found.paragraphs });
  });
  router.get('/api/speakers', async (_req, res) => {
    res.json(await deps.search.listSpeakers());
  });
  return router;
}

/** Service and Meilisearch status; 503 (same body) when Meilisearch does not answer. */
export function healthRouter(deps: { search: SearchService; version: string; store?: () => Promise<Record<string, unknown>> }): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const [h, store] = await Promise.all([deps.search.health(), deps.store?.()]);
    const storeOk = (store?.store as { status?: string } | undefined)?.status !== 'unavailable';
    const ok = h.meilisearch === 'available' && storeOk;
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'degraded',
      version: deps.version,
      meilisearch: { status: h.meilisearch },
      documents: h.documents,
      paragraphs: h.paragraphs,
      ...store,
    });
  });
  return router;
}
