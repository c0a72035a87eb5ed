// HTTP: what every response goes through on its way out: compression (JSON and the web assets) and ETags.
import zlib from 'node:zlib';
import compression from 'compression';
import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

/**
 * gzip level 1 and brotli quality 1. On a 20-hit search answer (14 kB) either takes about 0.2 ms and leaves
 * 3.4 kB: it pays for itself on any link slower than about 40 MB/s. Higher levels save under 5% more bytes
 * for 1.5–4× the time (`npm run bench -- --only search` prints the table).
 */
export const GZIP_LEVEL = 1;
export const BROTLI_QUALITY = 1;
/** Below this, headers dominate and compressing saves nothing worth its cost. */
export const COMPRESS_MIN_BYTES = 1024;

/** Compress when the client asks for it (Accept-Encoding); identity otherwise, never for 304s or tiny bodies. */
export function compressResponses(): RequestHandler {
  const compress = compression({
    level: GZIP_LEVEL,
    threshold: COMPRESS_MIN_BYTES,
    brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
  });
  // A client that accepts no encoding (API scripts, our benchmark) skips the middleware's per-response hooks.
  return (req, res, next) => (req.headers['accept-encoding'] ? compress(req, res, next) : next());
}

/**
 * Weak ETags on bodies sent with res.send/res.json (Express hashes the body; about 10 µs for a search answer),
 * so Express answers 304 to a matching If-None-Match. Weak: the compressed and identity forms share it.
 */
export const ETAG_MODE = 'weak';

/**
 * Send a JSON answer whose ETag leaves out one volatile field (a timing): two identical searches get the same
 * tag, so a client revalidating gets its 304. One stringify: the field is appended after the tagged part.
 */
export function sendJsonTaggedWithout<T extends object, K extends keyof T & string>(res: Response, body: T, volatile: K): void {
  const { [volatile]: value, ...rest } = body;
  const stable = JSON.stringify(rest);
  res.setHeader('ETag', weakTag(stable));
  const json = stable === '{}' ? `{${JSON.stringify(volatile)}:${JSON.stringify(value)}}` : `${stable.slice(0, -1)},${JSON.stringify(volatile)}:${JSON.stringify(value)}}`;
  res.type('json').send(json);
}

/** Express's own weak tag: length and SHA-1 of the text. */
function weakTag(text: string): string {
  const hash = createHash('sha1').update(text, 'utf8').digest('base64').slice(0, 27);
  return `W/"${Buffer.byteLength(text).toString(16)}-${hash}"`;
}
