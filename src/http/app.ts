// HTTP: build the Express app from its dependencies. Routes are thin; errors all go to ONE handler.
import express, { type Express, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import pkg from '../../package.json' with { type: 'json' };
import type { Config } from '../config.ts';
import type { AnnotationIndex } from '../domain/ports.ts';
import type { KeyResolver } from '../annotations/keys.ts';
import type { AnnotationRepository } from '../store/ports.ts';
import { createAnnotationsRouter } from './annotations.ts';
import type { DocumentService } from '../documents/service.ts';
import { documentsRouter } from './documents.ts';
import { factCheckRouter } from './factcheck.ts';
import { libraryRouter } from './library.ts';
import type { SearchService } from '../search/service.ts';
import { browseRouter, healthRouter } from './browse.ts';
import { errorHandler, notFoundHandler } from './errors.ts';
import { rateLimiter } from './rateLimit.ts';
import { requestLogger } from './requestLog.ts';
import { rejectUnknownQuery, requireValidHost } from './guards.ts';
import { openApiRouter } from './openapi.ts';
import { mountedRouterPaths } from './openapi-more.ts';
import { paragraphsRouter, type ParagraphPage } from './paragraphs.ts';
import { searchRouter } from './search.ts';
import { speakersRouter } from './speakers.ts';
import { compressResponses, ETAG_MODE } from './transport.ts';
import { securityHeaders } from './security-headers.ts';
import { createWebRouter, webParagraphPage } from './web.ts';

/** JSON bodies are annotations and small forms; files go through multipart uploads, not JSON. */
const JSON_BODY_LIMIT = '64kb';

export interface AppDeps {
  config: Config;
  logger: Logger;
  search: SearchService;
  /** The annotation store (src/annotations): adds counts to hits and the annotated/verdict filters. */
  annotations?: AnnotationIndex;
  /** The annotations API (src/http/annotations.ts): the store and the API keys. */
  annotationApi?: { store: AnnotationRepository; keys: KeyResolver };
  /** The uploads service (src/documents), for the documents router (its keys come from annotationApi). */
  documents?: DocumentService;
  /** HOOK for the web UI: the HTML page of /p/:id for browsers (JSON clients always get JSON). */
  paragraphPage?: ParagraphPage;
  /** Extra routers mounted before the 404 fallback (tests, or parts not yet wired below). */
  routers?: Array<{ path: string; router: RequestHandler }>;
  /** The store and job queue, reported by /health (src/store/open.ts). */
  storeHealth?: () => Promise<Record<string, unknown>>;
  /** Extra OpenAPI paths and schemas from those routers. */
  openapi?: { paths?: Record<string, unknown>; schemas?: Record<string, unknown> };
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy ?? false);
  app.set('etag', ETAG_MODE); // 304 on If-None-Match for every GET answer (src/http/transport.ts)
  app.use(requestLogger(deps.logger));
  app.use(securityHeaders()); // helmet's headers, computed once
  app.use(requireValidHost, rejectUnknownQuery);
  app.use(compressResponses());
  app.use(rateLimiter(deps.config.rateLimitPerMinute, deps.annotationApi?.keys));
  app.use(jsonBodies());

  const publicUrl = deps.config.publicUrl;
  app.use(healthRouter({ search: deps.search, version: pkg.version, ...(deps.storeHealth ? { store: deps.storeHealth } : {}) }));
  const mounted = mountedRouterPaths({ annotations: !!deps.annotationApi, documents: !!(deps.documents && deps.annotationApi) });
  app.use(openApiRouter(pkg.version, {
    paths: { ...mounted.paths, ...deps.openapi?.paths }, schemas: deps.openapi?.schemas,
    ...(mounted.securitySchemes ? { securitySchemes: mounted.securitySchemes } : {}),
  }));
  app.use(searchRouter({ search: deps.search, publicUrl, ...(deps.annotations ? { annotations: deps.annotations } : {}) }));
  app.use(paragraphsRouter({ search: deps.search, publicUrl, paragraphPage: deps.paragraphPage ?? webParagraphPage() }));
  app.use(browseRouter({ search: deps.search, publicUrl }));
  app.use(speakersRouter({ search: deps.search, publicUrl }));

  // ---- MOUNT POINT: other parts add their routers here, one line each -----------------------------
  if (deps.annotationApi) app.use('/api', createAnnotationsRouter({ ...deps.annotationApi, paragraphs: deps.search, publicUrl }));
  if (deps.documents && deps.annotationApi) app.use(libraryRouter({ search: deps.search, keys: deps.annotationApi.keys, corpusDir: deps.config.corpusDir, annotations: deps.annotationApi.store, documents: deps.documents }));
  if (deps.annotationApi) app.use(factCheckRouter({ ...deps.annotationApi, paragraphs: deps.search, publicUrl }));
  if (deps.documents && deps.annotationApi) app.use('/api/documents', documentsRouter({ service: deps.documents, keys: deps.annotationApi.keys, maxBytes: deps.config.uploadMaxBytes }));
  app.use(createWebRouter());                              // static web UI: /, /a/:id, /ingest, assets (/p/:id: paragraphPage above)
  for (const r of deps.routers ?? []) app.use(r.path, r.router);
  // -------------------------------------------------------------------------------------------------

  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}

/** JSON bodies up to the cap. GET and HEAD carry none: skipping them spares the parser's asynchronous read of an
 *  empty body (clients such as undici send `content-length: 0` on GET). */
function jsonBodies(): RequestHandler {
  const parse = express.json({ limit: JSON_BODY_LIMIT });
  return (req, res, next) => (req.method === 'GET' || req.method === 'HEAD' ? next() : parse(req, res, next));
}
