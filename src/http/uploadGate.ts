// HTTP: admission of uploads. At most `maxInFlight` uploads are received or waiting for extraction at once (each
// is a whole file in memory while it waits); up to `maxQueued` more requests wait their turn before their body is
// read; beyond that the answer is 503 with Retry-After, so a burst of large uploads cannot exhaust memory.
import type { RequestHandler } from 'express';
import { BusyError } from '../domain/errors.ts';

/** How often waiting requests look for a free slot (extraction ends inside the service, without a signal). */
const POLL_MS = 200;
/** What a refused client is told to wait: about one extraction of a large file. */
const RETRY_AFTER_S = 30;

export interface GateLimits {
  maxInFlight: number;
  maxQueued: number;
}

export function uploadGate(limits: GateLimits, pendingWork: () => number): RequestHandler {
  let receiving = 0;
  const waiting: Array<() => void> = [];
  const free = (): boolean => receiving + pendingWork() < limits.maxInFlight;
  const admitWaiting = (): void => {
    while (waiting.length && free()) {
      receiving++;
      waiting.shift()!();
    }
    if (waiting.length) setTimeout(admitWaiting, POLL_MS).unref();
  };
  return (_req, res, next) => {
    const enter = (): void => {
      res.once('close', () => {
        receiving--;
        admitWaiting();
      });
      next();
    };
    if (!waiting.length && free()) {
      receiving++;
      return enter();
    }
    if (waiting.length >= limits.maxQueued) {
      res.set('Retry-After', String(RETRY_AFTER_S));
      return next(new BusyError(`too many uploads in progress (${limits.maxInFlight} at once, ${limits.maxQueued} waiting): try again later`, RETRY_AFTER_S));
    }
    const wasIdle = waiting.length === 0;
    waiting.push(enter);
    res.once('close', () => {
      const at = waiting.indexOf(enter);
      if (at >= 0) waiting.splice(at, 1); // the client gave up while waiting
    });
    if (wasIdle) setTimeout(admitWaiting, POLL_MS).unref();
  };
}
