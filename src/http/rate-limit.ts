// HTTP: requests per minute per client, counted in memory. Synchronous and allocation-light: it runs on every
// request, so it costs a Map lookup, not a promise, a hash of the client address and a header build as before.
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  /** Requests that are never counted (health checks). */
  skip?: (req: Request) => boolean;
  onLimited: (req: Request, res: Response) => void;
  /** The client a request counts for when not its address (a valid API key); undefined: its address. */
  clientKey?: (req: Request) => string | undefined;
}

/** Name of the one policy in the IETF RateLimit headers (draft 8). */
const POLICY = 'default';

/**
 * A window per client that opens with its first request (so a burst is never split by a clock boundary into
 * twice the budget, and a test's few requests never straddle one). Entries whose window closed are swept once a
 * window, so the table holds only the clients of the last window or two. IPv6 clients count per /56
 * (ipKeyGenerator), so one host cannot escape the limit by rotating addresses.
 */
export function rateLimiter(opts: RateLimitOptions): RequestHandler {
  const counts = new Map<string, { used: number; opened: number }>();
  const keys = new Map<string, string>(); // client address → counted key; parsing an IPv6 address is not free
  let swept = Date.now();
  const policy = `"${POLICY}"; q=${opts.limit}; w=${Math.ceil(opts.windowMs / 1000)}`; // constant: built once
  const sweep = (now: number) => {
    swept = now;
    keys.clear();
    for (const [k, c] of counts) if (now - c.opened >= opts.windowMs) counts.delete(k);
  };
  return (req, res, next) => {
    if (opts.skip?.(req)) return next();
    const now = Date.now();
    if (now - swept >= opts.windowMs) sweep(now);
    const key = opts.clientKey?.(req) ?? addressKey(req, keys);
    let c = counts.get(key);
    if (!c || now - c.opened >= opts.windowMs) counts.set(key, (c = { used: 0, opened: now }));
    c.used += 1;
    const reset = Math.max(1, Math.ceil((c.opened + opts.windowMs - now) / 1000));
    res.setHeader('RateLimit-Policy', policy);
    res.setHeader('RateLimit', `"${POLICY}"; r=${Math.max(0, opts.limit - c.used)}; t=${reset}`);
    if (c.used <= opts.limit) return next();
    res.setHeader('Retry-After', String(reset));
    opts.onLimited(req, res);
  };
}

function addressKey(req: Request, keys: Map<string, string>): string {
  const ip = req.ip ?? req.socket.remoteAddress ?? '';
  let key = keys.get(ip);
  if (key === undefined) keys.set(ip, (key = ipKeyGenerator(ip)));
  return key;
}
