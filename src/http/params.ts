// HTTP: shared helpers for thin routes — query validation with zod, and the base URL for permalinks.
import type { Request } from 'express';
import { z } from 'zod';
import { InputError, NotFoundError } from '../domain/errors.ts';

/** Parse `req.query` (or params) with a zod schema; the first issue becomes a 400 `bad_request`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const names = issue?.path.filter((p) => typeof p === 'string') ?? []; // `kind`, not `kind.1`
  const where = names.length ? `${names.join('.')}: ` : '';
  throw new InputError(`${where}${issue?.message ?? 'invalid input'}`, 'bad_request');
}

/** A query parameter that may repeat (`?speaker=a&speaker=b`), always read as a list. */
export function repeated<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));
}

/** Ids are Meilisearch document ids; anything else cannot exist, so it is a 404 like an unknown id. */
const ID = /^[A-Za-z0-9_-]{1,100}$/;

export function idParam(req: Request, what: string): string {
  const id = req.params.id;
  if (typeof id !== 'string' || !ID.test(id)) throw new NotFoundError(`no such ${what}: ${String(id).slice(0, 100)}`);
  return id;
}

/** Hosts we are willing to echo into permalinks when no PUBLIC_URL is configured. */
const SAFE_HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/** The public base URL: PUBLIC_URL when configured, else the request's own scheme and host. */
export function baseUrlFor(req: Request, publicUrl: string): string {
  if (publicUrl) return publicUrl;
  const host = req.get('host') ?? '';
  return `${req.protocol}://${SAFE_HOST.test(host) ? host : 'localhost'}`;
}
