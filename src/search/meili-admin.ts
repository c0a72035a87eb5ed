// Adapter: the two raw HTTP calls the launcher needs before a client exists: /health and the admin key.
import { UpstreamError } from '../domain/errors.ts';

/** How often /health is polled while Meilisearch opens its database. */
const HEALTH_POLL_MS = 100;

/** Poll /health until it answers `available`; fail early when the child has exited (`exited` returns why). */
export async function waitForHealth(url: string, timeoutMs: number, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const why = exited();
    if (why) throw new UpstreamError(`Meilisearch did not start: ${why}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok && ((await res.json()) as { status?: string }).status === 'available') return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, HEALTH_POLL_MS));
  }
  throw new UpstreamError(`Meilisearch did not become healthy within ${timeoutMs} ms`);
}

interface KeyView {
  key: string;
  name: string | null;
  actions: string[];
  indexes: string[];
  expiresAt: string | null;
}

const ADMIN_KEY_NAME = 'verbatim admin';

/**
 * An admin API key for the service, so the master key never leaves the launcher: Meilisearch's
 * default admin key when it exists, else one created for us. Admin keys cannot manage keys.
 */
export async function adminKeyFor(url: string, masterKey: string): Promise<string> {
  const headers = { Authorization: `Bearer ${masterKey}`, 'Content-Type': 'application/json' };
  const list = await callKeys(`${url}/keys?limit=1000`, { headers });
  const keys = (list as { results: KeyView[] }).results;
  const isAdmin = (k: KeyView): boolean => k.actions.includes('*') && k.indexes.includes('*') && k.expiresAt === null;
  const found = keys.find((k) => isAdmin(k) && k.name === 'Default Admin API Key') ?? keys.find((k) => isAdmin(k) && k.name === ADMIN_KEY_NAME);
  if (found) return found.key;
  const body = JSON.stringify({ name: ADMIN_KEY_NAME, actions: ['*'], indexes: ['*'], expiresAt: null });
  return ((await callKeys(`${url}/keys`, { method: 'POST', headers, body })) as KeyView).key;
}

async function callKeys(url: string, init: RequestInit): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
  } catch (e) {
    throw new UpstreamError(`Meilisearch is unreachable at ${new URL(url).origin}`, { cause: e });
  }
  const body = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok) throw new UpstreamError(`Meilisearch refused the key request: ${body.message ?? res.status}`);
  return body;
}
