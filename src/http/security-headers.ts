// HTTP: helmet's security headers, worked out once. Their values depend on no request, so instead of running
// helmet's dozen middlewares per request, they are captured at start-up and set in one loop.
import type { RequestHandler } from 'express';
import helmet from 'helmet';

type Captured = { set: Array<[string, string]>; removed: string[] };

/** Run helmet once against a stand-in response and record what it sets and removes. */
function captureHelmet(): Captured {
  const headers = new Map<string, string>();
  const removed: string[] = [];
  const res = {
    setHeader: (name: string, value: unknown) => void headers.set(name, String(value)),
    removeHeader: (name: string) => void removed.push(name),
  };
  let called = false;
  helmet()({} as never, res as never, () => {
    called = true;
  });
  if (!called) throw new Error('helmet did not finish synchronously: its headers cannot be cached');
  return { set: [...headers], removed };
}

export function securityHeaders(): RequestHandler {
  const { set, removed } = captureHelmet();
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
