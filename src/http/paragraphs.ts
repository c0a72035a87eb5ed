// HTTP: GET /api/paragraphs/:id (the paragraph, its neighbours, its citation) and the permalink /p/:id.
import { Router, type Request, type Response, type NextFunction } from 'express';
import { NotFoundError } from '../domain/errors.ts';
import type { ParagraphContext, SearchService } from '../search/service.ts';
import { z } from 'zod';
import { baseUrlFor, idParam, parseInput } from './params.ts';

/** `?quote=<quoteId>`: the quote of the paragraph to cite (ids are short tokens; anything else cannot exist). */
export const QuoteParamSchema = z.object({ quote: z.string({ error: 'must be given once' }).max(100, 'must be at most 100 characters').optional() });

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
    const { quote } = parseInput(QuoteParamSchema, req.query);
    const ctx = await load(req);
    if (quote === undefined) return void res.json(ctx);
    const found = ctx.paragraph.quotes.find((q) => q.id === quote);
    if (!found) throw new NotFoundError(`no such quote in paragraph ${ctx.paragraph.id}: ${quote}`);
    res.json({ ...ctx, quote: found });
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
