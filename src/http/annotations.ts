// Routes for annotations (W3C Web Annotation JSON-LD), mounted under /api. Thin: parse, call the service, serialise.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { InputError, NotFoundError, TooLargeError } from '../domain/errors.ts';
import type { ParagraphLookup } from '../domain/ports.ts';
import type { KeyResolver } from '../annotations/keys.ts';
import type { AnnotationRepository } from '../store/ports.ts';
import { AnnotationService } from '../annotations/service.ts';
import {
  BODY_LIMIT, CreateSchema, ExportQuerySchema, IdSchema, ListQuerySchema, MultiFilterSchema, PatchSchema, parseInput,
} from '../annotations/input.ts';
import { W3CAnnotationSchema, fromW3C, looksLikeW3C } from '../annotations/input-w3c.ts';
import { linksFor, toCollection, toPage, toW3C, type Links } from '../annotations/jsonld.ts';
import { toClaimReview } from '../annotations/claimreview.ts';
import { toCsv, toMarkdown } from '../annotations/export.ts';
import type { Annotation, AnnotationFilter } from '../annotations/model.ts';
import { authenticate, principalOf, requirePrincipal } from './auth.ts';
import { baseUrlFor } from './params.ts';

export interface AnnotationsRouterDeps {
  store: AnnotationRepository;
  keys: KeyResolver;
  paragraphs: ParagraphLookup;
  /** Absolute base for ids and permalinks (config.publicUrl); empty: baseUrlFor decides from the request. */
  publicUrl?: string;
}

/** W3C Web Annotation Protocol media type. */
const ANNO_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const JSON_TYPES = ['application/json', 'application/ld+json'];
/** Exports read the store in pages this big, so one request never holds a huge statement open. */
const EXPORT_PAGE = 1000;

class UnsupportedMediaTypeError extends InputError {
  override readonly status = 415;
  constructor(message: string) {
    super(message, 'unsupported_media_type');
  }
}

/** JSON bodies only, within BODY_LIMIT; body-parser failures become our own errors. */
function jsonBody() {
  const parse = express.json({ limit: BODY_LIMIT, type: JSON_TYPES });
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.is(JSON_TYPES)) return next(new UnsupportedMediaTypeError('send the body as application/json'));
    parse(req, res, (err?: unknown) => next(err ? bodyError(err) : undefined));
  };
}

function bodyError(err: unknown): Error {
  const type = (err as { type?: string }).type;
  if (type === 'entity.too.large') return new TooLargeError(`request body is larger than ${BODY_LIMIT}`);
  if (type === 'entity.parse.failed') return new InputError('request body is not valid JSON', 'bad_json');
  if ((err as { status?: number }).status === 415) return new UnsupportedMediaTypeError('unsupported body encoding or charset');
  return new InputError('unreadable request body', 'bad_body');
}

interface Ctx {
  service: AnnotationService;
  base(req: Request): string;
  links(req: Request): Links;
}

export function createAnnotationsRouter(deps: AnnotationsRouterDeps): Router {
  const base = (req: Request) => baseUrlFor(req, deps.publicUrl ?? '');
  const ctx: Ctx = { service: new AnnotationService(deps.store, deps.paragraphs), base, links: (req) => linksFor(base(req)) };
  const router = Router();
  router.use(['/annotations', '/paragraphs/:id/annotations', '/keys/me'], authenticate(deps.keys), (_req, res, next) => {
    res.vary('Authorization').vary('X-Api-Key');
    next();
  });
  mountCollection(router, ctx);
  mountItem(router, ctx);
  mountParagraph(router, ctx, deps.paragraphs);
  mountKeys(router);
  return router;
}

/** Who the presented key belongs to (never the key or its hash): lets clients tell which annotations are theirs. */
function mountKeys(router: Router): void {
  router.get('/keys/me', (_req, res) => {
    const { keyId, name, role } = requirePrincipal(res, 'reader');
    res.set('Cache-Control', 'no-store').json({ id: keyId, name, role });
  });
}

/** POST, list and export: routes on the collection (declared before /annotations/:id). */
function mountCollection(router: Router, { service, base, links }: Ctx): void {
  router.post('/annotations', jsonBody(), async (req, res) => {
    const who = requirePrincipal(res, 'annotator');
    const raw = looksLikeW3C(req.body) ? fromW3C(parseInput(W3CAnnotationSchema, req.body, 'annotation')) : req.body;
    const created = await service.create(parseInput(CreateSchema, raw, 'annotation'), who);
    res.status(201).location(links(req).annotation(created.id)).set('ETag', etagOf(created)).type(ANNO_TYPE).json(toW3C(created, links(req)));
  });

  router.get('/annotations', async (req, res) => {
    const { limit, offset, ...filter } = parseInput(ListQuerySchema, req.query, 'query');
    if (filter.status === 'deleted') requirePrincipal(res, 'admin');
    const page = await service.list(filter, principalOf(res), { limit, offset });
    const self = new URL(req.originalUrl, base(req));
    const next = offset + page.items.length < page.total ? pageUrl(self, limit, offset + limit) : undefined;
    res.type(ANNO_TYPE).json(toPage(page.items, links(req), { id: self.href, total: page.total, offset, ...(next ? { next } : {}) }));
  });

  router.get('/annotations/export', async (req, res) => {
    const { format } = parseInput(ExportQuerySchema, { format: req.query.format }, 'query');
    const multi = parseInput(MultiFilterSchema, req.query, 'query');
    const single = { ...req.query, speaker: one(multi.speaker), verdict: one(multi.verdict), article: one(multi.article) };
    const { limit: _l, offset: _o, ...filter } = parseInput(ListQuerySchema, single, 'query');
    if (filter.status === 'deleted') requirePrincipal(res, 'admin');
    const items = (await exportAll(service, filter, res)).filter((a) => matchesAll(a, multi));
    const stamp = new Date().toISOString().slice(0, 10);
    res.attachment(`annotations-${stamp}.${EXTENSIONS[format]}`);
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(toCsv(items, links(req)));
    else if (format === 'md') res.type('text/markdown; charset=utf-8').send(toMarkdown(items, links(req)));
    else res.type('application/ld+json').json(toCollection(items, links(req), `${base(req)}/api/annotations/export`));
  });
}

const EXTENSIONS = { csv: 'csv', md: 'md', jsonld: 'jsonld' } as const;

/** A repeated filter goes to the store when it has one value; with more, the export keeps any match (OR). */
function one(values: string[]): string | undefined {
  return values.length === 1 ? values[0] : undefined;
}

function matchesAll(a: Annotation, f: { speaker: string[]; verdict: string[]; article: string[] }): boolean {
  const speakers = a.target.speakers.map((s) => s.toLowerCase());
  return (f.speaker.length < 2 || f.speaker.some((s) => speakers.includes(s.toLowerCase())))
    && (f.verdict.length < 2 || (a.verdict !== null && f.verdict.includes(a.verdict)))
    && (f.article.length < 2 || (a.target.articleId !== null && f.article.includes(a.target.articleId)));
}

/** One annotation: read, edit, delete, restore, history, ClaimReview. */
function mountItem(router: Router, { service, links }: Ctx): void {
  const idOf = (req: Request) => parseInput(IdSchema, req.params, 'id').id;
  router.get('/annotations/:id', async (req, res) => {
    const a = await service.read(idOf(req), principalOf(res));
    res.set('ETag', etagOf(a)).set('Cache-Control', 'no-cache').type(ANNO_TYPE).json(toW3C(a, links(req)));
  });
  router.patch('/annotations/:id', jsonBody(), async (req, res) => {
    const who = requirePrincipal(res, 'annotator');
    const updated = await service.update(idOf(req), parseInput(PatchSchema, req.body, 'changes'), who, ifMatch(req));
    res.set('ETag', etagOf(updated)).type(ANNO_TYPE).json(toW3C(updated, links(req)));
  });
  router.delete('/annotations/:id', async (req, res) => {
    await service.delete(idOf(req), requirePrincipal(res, 'annotator'), ifMatch(req));
    res.status(204).end();
  });
  router.post('/annotations/:id/restore', async (req, res) => {
    const restored = await service.restore(idOf(req), requirePrincipal(res, 'admin'));
    res.set('ETag', etagOf(restored)).type(ANNO_TYPE).json(toW3C(restored, links(req)));
  });
  router.get('/annotations/:id/history', async (req, res) => {
    const id = idOf(req);
    const entries = await service.history(id, principalOf(res));
    res.json({ id: links(req).annotation(id), versions: entries.map((e) => historyItem(e, links(req))) });
  });
  router.get('/annotations/:id/claimreview', async (req, res) => {
    const { annotation, paragraph } = await service.withParagraph(idOf(req), principalOf(res));
    res.type('application/ld+json').json(toClaimReview(annotation, paragraph, links(req)));
  });
}

function mountParagraph(router: Router, { service, base, links }: Ctx, paragraphs: ParagraphLookup): void {
  router.get('/paragraphs/:id/annotations', async (req, res) => {
    const { id } = parseInput(IdSchema, req.params, 'id');
    if (!(await paragraphs.getParagraph(id))) throw new NotFoundError(`no paragraph ${id}`);
    const page = await service.list({ paragraph: id, attached: true }, principalOf(res), { limit: 500, offset: 0, order: 'asc' });
    const self = new URL(req.originalUrl, base(req)).href;
    res.type(ANNO_TYPE).json(toPage(page.items, links(req), { id: self, total: page.total, offset: 0 }));
  });
}

/** The ETag of an annotation: its version counter, as a strong entity tag. */
function etagOf(a: Annotation): string {
  return `"${a.version}"`;
}

/**
 * The versions an If-Match header accepts: undefined without the header or for `*` (the write is unconditional:
 * clients that send no If-Match keep working). Weak or malformed tags never match (RFC 9110: strong comparison).
 */
function ifMatch(req: Request): number[] | undefined {
  const header = req.get('if-match')?.trim();
  if (!header || header === '*') return undefined;
  return header.split(',').map((t) => /^"(\d{1,15})"$/.exec(t.trim())?.[1]).map((v) => (v === undefined ? -1 : Number(v)));
}

function pageUrl(self: URL, limit: number, offset: number): string {
  const u = new URL(self.href);
  u.searchParams.set('limit', String(limit));
  u.searchParams.set('offset', String(offset));
  return u.href;
}

async function exportAll(service: AnnotationService, filter: AnnotationFilter, res: Response): Promise<Annotation[]> {
  const out: Annotation[] = [];
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const page = await service.list(filter, principalOf(res), { limit: EXPORT_PAGE, offset, order: 'asc' });
    out.push(...page.items);
    if (page.items.length < EXPORT_PAGE) return out;
  }
}

function historyItem(e: Awaited<ReturnType<AnnotationService['history']>>[number], links: Links) {
  return { version: e.version, action: e.action, at: e.at, by: e.by, detail: e.detail, before: toW3C(e.before, links, false) };
}
