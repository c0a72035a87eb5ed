// Adapter: a Meilisearch client on a keep-alive undici pool, task checking, and mapping of its errors to AppErrors.
import { Pool, type Dispatcher } from 'undici';
import {
  Meilisearch, MeilisearchApiError, MeilisearchError, MeilisearchRequestError,
  type EnqueuedTask, type RecordAny, type SearchResponse, type Task,
} from 'meilisearch';
import { AppError, UpstreamError } from '../domain/errors.ts';

/** Connections kept open to Meilisearch: above the API's usual concurrency so requests never queue for a socket. */
const MAX_CONNECTIONS = 32;
/** Idle sockets are kept this long; Meilisearch (actix) keeps them longer, so we always close first. */
const KEEP_ALIVE_MS = 4_000;
/** A search or document call that takes longer than this means Meilisearch is stuck: report it as unavailable. */
const REQUEST_TIMEOUT_MS = 10_000;
/** Long enough for the largest ingest batch on a slow machine; a task still pending after this is an error. */
const TASK_TIMEOUT_MS = 300_000;
/**
 * Asked of Meilisearch on every call: no compression. It answers `br` to a client that accepts it, and on a
 * 32 kB answer brotli alone costs it about 45 ms on a 2-core machine, for bytes that only cross the loopback.
 */
export const MEILI_ENCODING = { 'accept-encoding': 'identity' } as const;
/** How often a pending task is polled. Small: most tasks of a few hundred paragraphs finish in tens of ms. */
const TASK_POLL_MS = 10;

export interface MeiliConnection {
  client: Meilisearch;
  /** POST /indexes/{uid}/search straight on the pool: the hot path skips the client's per-request overhead. */
  search<T extends RecordAny>(index: string, body: Record<string, unknown>): Promise<SearchResponse<T>>;
  close(): Promise<void>;
}

/**
 * A client whose requests go through one undici Pool with keep-alive: the default fetch path costs more per
 * request than a whole search on a small index. Errors keep Meilisearch's own types so `toAppError` maps them.
 */
export function connectMeili(url: string, apiKey: string): MeiliConnection {
  const origin = new URL(url).origin;
  const pool = new Pool(origin, {
    connections: MAX_CONNECTIONS, keepAliveTimeout: KEEP_ALIVE_MS, headersTimeout: REQUEST_TIMEOUT_MS, bodyTimeout: REQUEST_TIMEOUT_MS,
  });
  const send = async (target: URL, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal | null }) => {
    let res: Dispatcher.ResponseData;
    try {
      res = await pool.request({
        path: target.pathname + target.search, method: init.method as Dispatcher.HttpMethod, headers: { ...init.headers, ...MEILI_ENCODING },
        body: init.body, signal: init.signal ?? undefined,
      });
    } catch (e) {
      throw new MeilisearchRequestError(target.toString(), e);
    }
    const text = await res.body.text();
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    if (res.statusCode >= 400) throw new MeilisearchApiError(new Response(null, { status: res.statusCode }), parsed as never);
    return parsed;
  };
  const httpClient = (input: string | URL | Request, init?: RequestInit): Promise<unknown> =>
    send(new URL(input instanceof Request ? input.url : input.toString()), {
      method: init?.method ?? 'GET', headers: Object.fromEntries(new Headers(init?.headers)),
      ...(typeof init?.body === 'string' ? { body: init.body } : {}), signal: init?.signal ?? null,
    });
  const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', ...MEILI_ENCODING };
  return {
    client: new Meilisearch({ host: origin, apiKey, httpClient }),
    search: async <T extends RecordAny>(index: string, body: Record<string, unknown>) => {
      const target = new URL(`/indexes/${encodeURIComponent(index)}/search`, origin);
      return (await upstream(() => send(target, { method: 'POST', headers, body: JSON.stringify(body) }))) as SearchResponse<T>;
    },
    close: () => pool.close(),
  };
}

/** The Meilisearch error code of an API error (`document_not_found`, `index_not_found`, …), if any. */
export function meiliErrorCode(e: unknown): string | undefined {
  const inner = unwrap(e);
  return inner instanceof MeilisearchApiError ? inner.cause?.code : undefined;
}

/** The client wraps whatever a custom httpClient throws in a MeilisearchRequestError: look inside. */
function unwrap(e: unknown): unknown {
  return e instanceof MeilisearchRequestError && e.cause instanceof MeilisearchApiError ? e.cause : e;
}

/** Map anything the client throws to an AppError; the message never carries a key or an internal URL. */
export function toAppError(error: unknown): AppError {
  const e = unwrap(error);
  if (e instanceof AppError) return e;
  if (e instanceof MeilisearchRequestError) return new UpstreamError('the search engine is unreachable', { cause: e });
  if (e instanceof MeilisearchApiError) {
    return new UpstreamError(`the search engine refused the request: ${e.message}`, { cause: e });
  }
  if (e instanceof MeilisearchError) return new UpstreamError(`search engine error: ${e.message}`, { cause: e });
  return e instanceof Error ? new AppError(e.message, { cause: e }) : new AppError(String(e));
}

/** Run a Meilisearch call, turning its failures into AppErrors. */
export async function upstream<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw toAppError(e);
  }
}

/**
 * Wait for enqueued tasks in order and check each final status: a failed or canceled task is an
 * UpstreamError carrying Meilisearch's message, never a silent success.
 */
export async function waitTasks(client: Meilisearch, tasks: EnqueuedTask[]): Promise<Task[]> {
  const done: Task[] = [];
  for (const enqueued of tasks) {
    const task = await upstream(() => client.tasks.waitForTask(enqueued.taskUid, { timeout: TASK_TIMEOUT_MS, interval: TASK_POLL_MS }));
    if (task.status !== 'succeeded') {
      const why = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
      throw new UpstreamError(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${why}`);
    }
    done.push(task);
  }
  return done;
}
