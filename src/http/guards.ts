// HTTP: checks every request passes before any route: a Host header that is a host name, and no query parameter a
// route does not take (`?speakers=` for `speaker` is a 400 that names it, never silently ignored).
import type { RequestHandler } from 'express';
import { InputError } from '../domain/errors.ts';
import { ExportQuerySchema, ListQuerySchema } from '../annotations/input.ts';
import { QuoteParamSchema } from './paragraphs.ts';
import { SearchQuerySchema } from './search.ts';
import { QuotesQuerySchema } from './speakers.ts';

/** A DNS name or IPv4 address with an optional port, or a bracketed IPv6 literal with one. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_-]{1,63})*\.?|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/** A request whose Host header is not a host (`a b`, `[::1`, `%%`) is refused: nothing may echo it. */
export const requireValidHost: RequestHandler = (req, _res, next) => {
  const host = req.headers.host;
  if (host !== undefined && !HOST.test(host)) return next(new InputError('the Host header is not a valid host name', 'bad_host'));
  next();
};

const keys = (schema: { shape: object }): string[] => Object.keys(schema.shape);

/** The query parameters each API route takes; routes not listed (GET) take none. Other routers check their own. */
const QUERY_PARAMS: Array<{ path: RegExp; names: string[] }> = [
  { path: /^\/api\/search$/, names: keys(SearchQuerySchema) },
  { path: /^\/api\/quotes$/, names: keys(QuotesQuerySchema) },
  { path: /^\/api\/paragraphs\/[^/]+$/, names: keys(QuoteParamSchema) },
  { path: /^\/api\/annotations$/, names: keys(ListQuerySchema) },
  { path: /^\/api\/annotations\/export$/, names: [...keys(ListQuerySchema), ...keys(ExportQuerySchema)] },
];
/** Paths whose routers validate their own query strings (uploads), or that browsers link to with any query. */
const CHECKED_ELSEWHERE = /^\/api\/documents(?:\/|$)/;

export const rejectUnknownQuery: RequestHandler = (req, _res, next) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return next();
  if (!req.path.startsWith('/api/') && req.path !== '/health' && req.path !== '/openapi.json') return next();
  if (CHECKED_ELSEWHERE.test(req.path)) return next();
  const allowed = QUERY_PARAMS.find((r) => r.path.test(req.path))?.names ?? [];
  const unknown = Object.keys(req.query as object).find((k) => !allowed.includes(k));
  if (unknown === undefined) return next();
  const takes = allowed.length ? `; it takes ${allowed.join(', ')}` : '; it takes none';
  next(new InputError(`unknown query parameter "${unknown.slice(0, 100)}" for ${req.path.slice(0, 200)}${takes}`, 'unknown_parameter'));
};
