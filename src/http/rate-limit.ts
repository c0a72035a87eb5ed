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
 * A fixed window shared by all clients: counts reset together at each window boundary, so the table is simply
 * cleared and never grows beyond the clients of one window. IPv6 clients count per /56 (ipKeyGenerator), so one
 * host cannot escape the limit by rotating addresses.
 */
export function rateLimiter(opts: RateLimitOptions): RequestHandler {
  const counts = new Map<string, number>();
  const keys = new Map<string, string>(); // client address → counted key; parsing an IPv6 address is not free
  let window = -1;
  const policy = `"${POLICY}"; q=${opts.limit}; w=${Math.ceil(opts.windowMs / 1000)}`; // constant: built once
  return (req, res, next) => {
    if (opts.skip?.(req)) return next();
    const now = Date.now();
    const current = Math.floor(now / opts.windowMs);
    if (current !== window) {
      window = current;
      counts.clear();
      keys.clear();
    }
    let key = opts.clientKey?.(req);
    if (key === undefined) {
      const ip = req.ip ?? req.socket.remoteAddress ?? '';
      key = keys.get(ip);
      if (key === undefined) keys.set(ip, (key = ipKeyGenerator(ip)));
    }
    const used = (counts.get(key) ?? 0) + 1;
    counts.set(key, used);
    const reset = Math.ceil(((current + 1) * opts.windowMs - now) / 1000);
    res.setHeader('RateLimit-Policy', policy);
    res.setHeader('RateLimit', `"${POLICY}"; r=${Math.max(0, opts.limit - used)}; t=${reset}`);
    if (used <= opts.limit) return next();
    res.setHeader('Retry-After', String(reset));
    opts.onLimited(req, res);
  };
}
