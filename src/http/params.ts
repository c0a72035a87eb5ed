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

/** One DNS label: letters, digits and inner hyphens (RFC 1123), at most 63 characters. */
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
/** A DNS name is at most 253 characters. */
const MAX_HOSTNAME = 253;
const IPV6_LITERAL = /^\[[0-9A-Fa-f:.]{2,45}\]$/;

/** True for `hostname[:port]` or `[IPv6][:port]`: nothing else of a Host header is echoed into a URL. */
export function isValidHost(host: string): boolean {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(host);
  if (!m || !m[1]) return false;
  if (m[2] !== undefined && Number(m[2]) > 65535) return false;
  const name = m[1];
  if (name.startsWith('[')) return IPV6_LITERAL.test(name);
  return name.length <= MAX_HOSTNAME && name.split('.').every((l) => LABEL.test(l));
}

/**
 * THE base URL of every absolute link the service writes (annotation ids, JSON-LD, CSV, citations, permalinks):
 * PUBLIC_URL when configured; else the request's Host when it is a well-formed hostname[:port]; else the
 * address and port the server accepted the connection on (its listen address). Set PUBLIC_URL behind a proxy.
 */
export function baseUrlFor(req: Request, publicUrl: string): string {
  if (publicUrl) return publicUrl;
  const host = req.get('host') ?? '';
  return `${req.protocol}://${isValidHost(host) ? host : listenAddress(req)}`;
}

/** The local address and port of the request's connection, as a URL authority. */
function listenAddress(req: Request): string {
  const raw = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:(?=\d+\.)/, '');
  const address = raw.includes(':') ? `[${raw}]` : raw;
  return req.socket.localPort ? `${address}:${req.socket.localPort}` : address;
}
