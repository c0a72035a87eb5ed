// Adapter: API keys. A key is shown once at creation; only its SHA-256 hash is stored.
import { createHash, randomBytes } from 'node:crypto';
import { InputError, NotFoundError } from '../domain/errors.ts';
import type { Db } from './db.ts';
import { ROLES, type Principal, type Role } from './model.ts';

/** 32 random bytes: far beyond guessing, so a fast hash is enough (no password stretching needed). */
const SECRET_BYTES = 32;
const KEY_PREFIX = 'vbk_';
/** The shape of a key, shared with the PostgreSQL key store (src/store/pg/keys.ts). */
export const KEY_FORMAT = { prefix: KEY_PREFIX, secretBytes: SECRET_BYTES } as const;

export interface KeyInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** A key as stored (both engines share the columns). */
export interface KeyRow {
  id: string;
  name: string;
  role: Role;
  created_at: string;
  revoked_at: string | null;
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}

/** Resolves a presented key to who is calling, or null when it is unknown or revoked. */
export interface KeyResolver {
  resolve(key: string): Principal | null | Promise<Principal | null>;
}

export class KeyStore implements KeyResolver {
  constructor(private readonly db: Db) {}

  create(name: string, role: Role): { key: string; info: KeyInfo } {
    const clean = name.trim();
    if (!clean || clean.length > 100) throw new InputError('a key name must have 1 to 100 characters');
    if (!isRole(role)) throw new InputError(`role must be one of ${ROLES.join(', ')}`);
    const id = 'k_' + randomBytes(6).toString('hex');
    const key = KEY_PREFIX + randomBytes(SECRET_BYTES).toString('base64url');
    const createdAt = new Date().toISOString();
    this.db
      .prepare('INSERT INTO api_keys (id, name, role, hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, clean, role, hashKey(key), createdAt);
    return { key, info: { id, name: clean, role, createdAt, revokedAt: null } };
  }

  list(): KeyInfo[] {
    const rows = this.db.prepare('SELECT id, name, role, created_at, revoked_at FROM api_keys ORDER BY created_at, id').all() as KeyRow[];
    return rows.map(toInfo);
  }

  revoke(id: string): KeyInfo {
    const res = this.db
      .prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(new Date().toISOString(), id);
    const row = this.db.prepare('SELECT id, name, role, created_at, revoked_at FROM api_keys WHERE id = ?').get(id) as KeyRow | undefined;
    if (!row) throw new NotFoundError(`no key with id ${id}`);
    if (res.changes === 0) throw new InputError(`key ${id} is already revoked`, 'already_revoked');
    return toInfo(row);
  }

  resolve(key: string): Principal | null {
    if (!key.startsWith(KEY_PREFIX)) return null;
    const row = this.db
      .prepare('SELECT id, name, role FROM api_keys WHERE hash = ? AND revoked_at IS NULL')
      .get(hashKey(key)) as Pick<KeyRow, 'id' | 'name' | 'role'> | undefined;
    return row ? { keyId: row.id, name: row.name, role: row.role } : null;
  }
}

function toInfo(r: KeyRow): KeyInfo {
  return { id: r.id, name: r.name, role: r.role, createdAt: r.created_at, revokedAt: r.revoked_at };
}
