// HTTP: GET /api/paragraphs/:id (the paragraph, its neighbours, its citation) and the permalink /p/:id.
import { Router, type Request, type Response, type NextFunction } from 'express';
import { NotFoundError } from '../domain/errors.ts';
import type { ParagraphContext, SearchService } from '../search/service.ts';
import { baseUrlFor, idParam } from './params.ts';

/**
 * HOOK for the web UI: renders the permalink page for browsers (ctx null: no such paragraph, answered 404).
 * Without it, a browser asking for /p/:id is redirected to the JSON at /api/paragraphs/:id.
 */
export type ParagraphPage = (ctx: ParagraphContext | null, req: Request, res: Response, next: NextFunction) => void | Promise<void>;

export interface ParagraphDeps {
  search: SearchService;
  publicUrl: string;
  paragraphPage?: ParagraphPage;
}

export function paragraphsRouter(deps: ParagraphDeps): Router {
  const router = Router();
  const load = async (req: Request): Promise<ParagraphContext> => {
    const id = idParam(req, 'paragraph');
    const ctx = await deps.search.paragraphContext(id, { baseUrl: baseUrlFor(req, deps.publicUrl) });
    if (!ctx) throw new NotFoundError(`no such paragraph: ${id}`);
    return ctx;
  };
  router.get('/api/paragraphs/:id', async (req, res) => {
    res.json(await load(req));
  });
  router.get('/p/:id', async (req, res, next) => {
    const wantsJson = req.accepts(['html', 'json']) === 'json';
    res.vary('Accept');
    if (wantsJson || !deps.paragraphPage) {
      const ctx = await load(req);
      if (wantsJson) return void res.json(ctx);
      return res.redirect(302, `/api/paragraphs/${encodeURIComponent(ctx.paragraph.id)}`);
    }
    // A browser gets the page even for a paragraph that is gone: it explains, and lists orphaned annotations.
    const ctx = await load(req).catch((e: unknown) => {
      if (e instanceof NotFoundError) return null;
      throw e;
    });
    if (!ctx) res.status(404);
    return deps.paragraphPage(ctx, req, res, next);
  });
  return router;
}
