// Serves the built web page (web/dist): hashed assets, and index.html for the page's own routes.
// The page is a static client of the /api routes; this module knows nothing about search or annotations.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { ParagraphPage } from './paragraphs.ts';

export interface WebOptions {
  /** Where the built page lives (default: web/dist in the project). */
  distDir?: string;
}

/** Paths the client-side router renders. `/p/:id` is also a JSON permalink for API clients. */
const PAGE_PATHS = ['/', '/p/:id', '/a/:id', '/ingest', '/documents', '/speakers', '/speakers/:name'];

/** Hashed asset names change with their content, so browsers may keep them for a year. */
const ASSET_MAX_AGE = '365d';

export function defaultDistDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
}

/** True when the client wants a page rather than data: it lists text/html before (or instead of) JSON. */
export function wantsHtml(req: Request): boolean {
  const accept = req.get('accept') ?? '*/*';
  if (!/text\/html|\*\/\*/.test(accept)) return false;
  return req.accepts(['html', 'json']) === 'html' && !/^application\/json/i.test(accept);
}

/**
 * helmet's default CSP carries `upgrade-insecure-requests`. On a page served over plain http (the default
 * `npm start`, opened from another machine on the LAN) it makes the browser fetch our own script and
 * stylesheet over https, which this server does not speak, and the page stays blank. Keep it only on https.
 */
function allowPlainHttpAssets(req: Request, res: Response): void {
  const csp = res.getHeader('Content-Security-Policy');
  if (req.secure || typeof csp !== 'string') return;
  res.setHeader('Content-Security-Policy', csp.split(';').filter((d) => d.trim() !== 'upgrade-insecure-requests').join(';'));
}

function sendIndex(index: string, req: Request, res: Response): void {
  allowPlainHttpAssets(req, res);
  if (!existsSync(index)) {
    res.status(503).type('text/plain').send('The web page is not built: run `npm run build:web`.\n');
    return;
  }
  res.vary('Accept');
  res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
}

export function createWebRouter(options: WebOptions = {}): Router {
  const dist = options.distDir ?? defaultDistDir();
  const index = path.join(dist, 'index.html');
  const router = Router();
  router.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: ASSET_MAX_AGE, index: false, redirect: false }));
  router.get('/favicon.svg', (_req: Request, res: Response) => {
    res.sendFile(path.join(dist, 'favicon.svg'), { maxAge: '1d' });
  });
  router.get(PAGE_PATHS, (req: Request, res: Response, next: NextFunction) => {
    if (!wantsHtml(req)) return next();
    sendIndex(index, req, res);
  });
  return router;
}

/**
 * The hook the paragraphs router calls for browsers on /p/:id (AppDeps.paragraphPage): the same page,
 * which then loads the paragraph from /api/paragraphs/:id.
 */
export function webParagraphPage(options: WebOptions = {}): ParagraphPage {
  const index = path.join(options.distDir ?? defaultDistDir(), 'index.html');
  return (_ctx, req, res) => sendIndex(index, req, res);
}

/** A JSON value as the text of a `<script type="application/ld+json">`: nothing in it can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The page with extra markup in its head (structured data for one URL), e.g. a fact-check's ClaimReview. */
export function sendIndexWithHead(req: Request, res: Response, head: string, status = 200, options: WebOptions = {}): void {
  const index = path.join(options.distDir ?? defaultDistDir(), 'index.html');
  if (!existsSync(index)) return sendIndex(index, req, res);
  allowPlainHttpAssets(req, res);
  const html = readFileSync(index, 'utf8').replace('</head>', () => `${head}\n</head>`);
  res.status(status).vary('Accept').set('Cache-Control', 'no-cache').type('html').send(html);
}
