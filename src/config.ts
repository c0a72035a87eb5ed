// The only place that reads process.env: parsed once by one zod schema into a frozen object.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from './domain/errors.ts';

/** One entry of a TRUST_PROXY list: a named range, or an IPv4/IPv6 address with an optional prefix length. */
const PROXY_ADDRESS = /^(?:loopback|linklocal|uniquelocal|[0-9.]{7,15}(?:\/\d{1,2})?|[0-9A-Fa-f:.]{2,45}(?:\/\d{1,3})?)$/;

const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().default('data'),
    CORPUS_DIR: z.string().default('corpus'),
    MEILI_URL: z.url().optional(),
    MEILI_KEY: z.string().min(1).optional(),
    MEILI_INDEX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('paragraphs'),
    PUBLIC_URL: z.string().default(''),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
    /** Express's `trust proxy`: false, true, a number of hops, or addresses/subnets (`loopback, 10.0.0.0/8`). */
    TRUST_PROXY: z.string().trim().min(1).default('false').refine((v) => /^(?:true|false|\d+)$/.test(v) || v.split(',').every((p) => PROXY_ADDRESS.test(p.trim())),
      'use true, false, a number of hops, or addresses/subnets and loopback, linklocal, uniquelocal'),
    UPLOAD_MAX_MB: z.coerce.number().positive().default(50),
    UPLOAD_MAX_PAGES: z.coerce.number().int().positive().default(2000),
    EXTRACT_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
    EXTRACT_MAX_MEMORY_MB: z.coerce.number().int().min(32).default(512),
    INGEST_ON_START: z
      .enum(['true', 'false', '1', '0'])
      .default('true')
      .transform((v) => v === 'true' || v === '1'),
    // Many nodes, one store (docs/deploy.md): PostgreSQL for records and extraction jobs.
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL').optional(),
    JOB_LEASE_MS: z.coerce.number().int().min(1000).default(60_000),
    JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(3),
    JOB_POLL_MS: z.coerce.number().int().min(100).default(2_000),
    NODE_NAME: z.string().regex(/^[\w.:@-]{1,100}$/).optional(),
    // Meilisearch shards: documents split by id over these servers, searches merged (docs/deploy.md).
    MEILI_SHARDS: z.string().optional().transform(splitList).pipe(z.array(z.url()).optional()),
    MEILI_SHARD_KEYS: z.string().optional().transform(splitList),
  })
  .refine((c) => !c.MEILI_SHARDS || c.MEILI_KEY || c.MEILI_SHARD_KEYS?.length === c.MEILI_SHARDS.length, {
    message: 'with MEILI_SHARDS, set MEILI_KEY (one key for all) or MEILI_SHARD_KEYS (one key per shard, same order)',
    path: ['MEILI_SHARD_KEYS'],
  })
  .refine((c) => !c.MEILI_URL || c.MEILI_KEY, {
    message: 'MEILI_KEY is required when MEILI_URL is set',
    path: ['MEILI_KEY'],
  });

/** A comma-separated list; blank: unset. */
function splitList(v: string | undefined): string[] | undefined {
  const items = v?.split(',').map((s) => s.trim()).filter(Boolean);
  return items?.length ? items : undefined;
}

export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  corpusDir: string;
  meili: Readonly<{ url?: string; key?: string; index: string; shards?: ReadonlyArray<Readonly<{ url: string; key: string }>> }>;
  publicUrl: string;
  logLevel: string;
  rateLimitPerMinute: number;
  /** Which proxies' X-Forwarded-For to believe for the client address (Express's `trust proxy` value). */
  trustProxy: boolean | number | string;
  uploadMaxBytes: number;
  uploadMaxPages: number;
  extractTimeoutMs: number;
  /** Memory one extraction may take in its worker thread, beyond the worker's own (word list, pdf.js). */
  extractMaxMemoryMb: number;
  ingestOnStart: boolean;
  /** PostgreSQL (DATABASE_URL) instead of the SQLite files in dataDir; jobs shared by every node. */
  database: Readonly<{ url?: string; jobLeaseMs: number; jobMaxAttempts: number; jobPollMs: number; node: string }>;
}>;

/** Parse an environment (default: process.env) into a frozen Config. Throws InputError on bad values. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`invalid configuration: ${issue?.path.join('.')}: ${issue?.message}`, 'bad_config');
  }
  const c = parsed.data;
  return Object.freeze({
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    corpusDir: path.resolve(c.CORPUS_DIR),
    meili: Object.freeze({
      url: c.MEILI_URL, key: c.MEILI_KEY, index: c.MEILI_INDEX,
      ...(c.MEILI_SHARDS ? { shards: c.MEILI_SHARDS.map((url, i) => Object.freeze({ url, key: c.MEILI_SHARD_KEYS?.[i] ?? c.MEILI_KEY ?? '' })) } : {}),
    }),
    publicUrl: c.PUBLIC_URL.replace(/\/$/, ''),
    logLevel: c.LOG_LEVEL,
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    trustProxy: trustProxyValue(c.TRUST_PROXY),
    uploadMaxBytes: Math.round(c.UPLOAD_MAX_MB * 1024 * 1024),
    uploadMaxPages: c.UPLOAD_MAX_PAGES,
    extractTimeoutMs: c.EXTRACT_TIMEOUT_MS,
    extractMaxMemoryMb: c.EXTRACT_MAX_MEMORY_MB,
    ingestOnStart: c.INGEST_ON_START,
    database: Object.freeze({
      url: c.DATABASE_URL, jobLeaseMs: c.JOB_LEASE_MS, jobMaxAttempts: c.JOB_MAX_ATTEMPTS, jobPollMs: c.JOB_POLL_MS,
      node: c.NODE_NAME ?? `${os.hostname()}:${process.pid}`,
    }),
  });
}

/** `true`/`false`, a hop count, or a comma-separated list of addresses and subnets, as Express reads them. */
function trustProxyValue(v: string): boolean | number | string {
  if (v === 'true' || v === 'false') return v === 'true';
  return /^\d+$/.test(v) ? Number(v) : v;
}
