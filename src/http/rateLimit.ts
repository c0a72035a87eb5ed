// HTTP: the service's rate limit (counting in src/http/rate-limit.ts). A client is its API key when it presents a
// valid one (behind a proxy every user shares one address), else its address — the proxy's client address when
// TRUST_PROXY says which proxies to believe. An invalid key counts against the address, so made-up keys buy no
// extra budget. Monitors (/health) and static assets are never limited; a browser over the limit gets a page.
import type { Request, RequestHandler } from 'express';
import type { KeyResolver } from '../annotations/keys.ts';
import { presentedKey } from './auth.ts';
import { sendError } from './errors.ts';
import { rateLimiter as limitPerClient } from './rate-limit.ts';

/** Paths never limited: monitors poll /health; the page's static assets are files, not work. */
const UNLIMITED = /^\/(?:health$|assets\/|favicon\.svg$)/;

export function rateLimiter(perMinute: number, keys?: KeyResolver): RequestHandler {
  return limitPerClient({
    windowMs: 60_000,
    limit: perMinute,
    skip: (req) => UNLIMITED.test(req.path),
    clientKey: (req) => keyClient(req, keys),
    onLimited: (req, res) => {
      const message = `too many requests: at most ${perMinute} per minute`;
      if (wantsPage(req)) return void res.status(429).type('html').send(limitedPage(message));
      sendError(res, 429, 'rate_limited', message);
    },
  });
}

function keyClient(req: Request, keys: KeyResolver | undefined): string | undefined {
  const key = keys ? presentedKey(req) : undefined;
  const principal = keys && typeof key === 'string' ? keys.resolve(key) : null;
  // A store that resolves keys asynchronously (PostgreSQL) cannot answer inside the synchronous limiter: the
  // request then counts against its peer's budget, as a request without a key does.
  if (!principal || principal instanceof Promise) return undefined;
  return `key:${principal.keyId}`;
}

/** A browser asking for a page (not the API) gets a page back, not JSON. */
function wantsPage(req: Request): boolean {
  return !req.path.startsWith('/api/') && req.method === 'GET' && req.accepts(['json', 'html']) === 'html';
}

function limitedPage(message: string): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Too many requests · verbatim</title>`
    + `<h1>Too many requests</h1><p>${message}. Wait a minute and reload the page.</p></html>`;
}
