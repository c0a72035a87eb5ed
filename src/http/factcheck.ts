// HTTP: the fact-check page of an annotation, /a/:id (annotation ids start `an_`; article ids never do). Browsers
// get the page with the ClaimReview JSON-LD in its head, as search engines read it; the page renders the rest.
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { KeyResolver } from '../annotations/keys.ts';
import type { AnnotationRepository } from '../store/ports.ts';
import { AnnotationService } from '../annotations/service.ts';
import { toClaimReview } from '../annotations/claimreview.ts';
import { linksFor } from '../annotations/jsonld.ts';
import type { ParagraphLookup } from '../domain/ports.ts';
import { baseUrlFor } from './params.ts';
import { jsonForScript, sendIndexWithHead, wantsHtml } from './web.ts';

/** The shape of an annotation id (src/annotations/store.ts): `an_` and hex. */
const ANNOTATION_ID = /^an_[0-9a-f]{8,64}$/;

export interface FactCheckDeps {
  store: AnnotationRepository;
  keys: KeyResolver;
  paragraphs: ParagraphLookup;
  publicUrl: string;
}

export function factCheckRouter(deps: FactCheckDeps): Router {
  const service = new AnnotationService(deps.store, deps.paragraphs);
  const router = Router();
  router.get('/a/:id', async (req: Request, res: Response, next: NextFunction) => {
    const id = String(req.params.id ?? '');
    if (!ANNOTATION_ID.test(id) || !wantsHtml(req)) return next();
    const found = await service.withParagraph(id, null).catch(() => null); // a page link carries no key: public notes only
    if (!found) return sendIndexWithHead(req, res, '', 404);
    const { annotation, paragraph } = found;
    const links = linksFor(baseUrlFor(req, deps.publicUrl));
    const review = annotation.motivation === 'assessing' && annotation.verdict ? toClaimReview(annotation, paragraph, links) : null;
    sendIndexWithHead(req, res, review ? `<script type="application/ld+json">${jsonForScript(review)}</script>` : '');
  });
  return router;
}
