// HTTP: the ONE error handler and the 404 fallback. Every error becomes `{error:{code,message}}` with its
// status; never a stack trace, and a 500 never repeats an internal message.
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { AppError, InputError, NotFoundError, TooLargeError } from '../domain/errors.ts';
import { toAppError } from '../search/meili-client.ts';

export interface ErrorBody {
  error: { code: string; message: string };
}

export function sendError(res: Response, status: number, code: string, message: string, details?: Record<string, unknown>): void {
  // A route may have set its own type (JSON-LD, CSV) before it failed: an error is plain JSON.
  res.status(status).type('application/json').json({ error: { ...details, code, message } } satisfies ErrorBody);
}

/** Requests no route answered. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`no such resource: ${req.method} ${req.path}`));
};

/** Errors thrown by body parsers and the router carry `type` and/or `status`; map them to our classes. */
function fromBodyParser(error: unknown): AppError | null {
  if (error instanceof AppError || !error || typeof error !== 'object') return null;
  const err = error as { type?: unknown; status?: unknown; code?: unknown };
  if (err.type === 'entity.too.large') return new TooLargeError('request body too large');
  if (err.type === 'entity.parse.failed') return new InputError('request body is not valid JSON', 'bad_json');
  if (error instanceof URIError) return new InputError('the URL has malformed percent-encoding (like %ZZ)', 'bad_url');
  if (typeof err.code === 'string' && err.code.startsWith('Z_')) {
    return new InputError('the request body does not match its Content-Encoding', 'bad_encoding'); // zlib's codes
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    return new InputError(`bad request (${typeof err.type === 'string' ? err.type : 'malformed request'})`);
  }
  return null;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const known = fromBodyParser(err) ?? toAppError(err);
    const status = known.status >= 400 && known.status < 600 ? known.status : 500;
    if (status >= 500) logger.error({ err, method: req.method, path: req.path }, known.message);
    if (res.headersSent) return void res.end();
    const internal = status === 500;
    const details = !internal && 'details' in known ? (known.details as Record<string, unknown>) : undefined;
    sendError(res, status, internal ? 'internal' : known.code, internal ? 'internal error' : known.message, details);
  };
}
