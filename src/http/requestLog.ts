// HTTP: one log line per request: method, route pattern (not the raw URL: ids and query strings stay out),
// status and time. Never headers, so never keys.
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

export function requestLogger(logger: Logger): RequestHandler {
  // Below info (LOG_LEVEL=warn, as the benchmark runs) the line would be dropped: skip the timer and listener too.
  if (!logger.isLevelEnabled('info')) return (_req, _res, next) => next();
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const route = req.route ? `${req.baseUrl}${String((req.route as { path: unknown }).path)}` : req.path.startsWith('/api/') ? '(no route)' : '(page or asset)';
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      logger.info({ method: req.method, route, status: res.statusCode, ms }, 'request');
    });
    next();
  };
}
