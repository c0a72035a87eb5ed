// Adapter: API keys on PostgreSQL (the same rules as src/annotations/keys.ts: shown once, only the hash stored).
import { randomBytes } from 'node:crypto';
import { InputError, NotFoundError } from '../../domain/errors.ts';
import { KEY_FORMAT, hashKey, isRole, type KeyInfo, type KeyRow } from '../../annotations/keys.ts';
import { ROLES, type Principal, type Role } from '../../annotations/model.ts';
import type { KeyRepository } from '../ports.ts';
import type { Queryable } from './pool.ts';

export class PgKeyStore implements KeyRepository {
  constructor(private readonly db: Queryable) {}

  async create(name: string, role: Role): Promise<{ key: string; info: KeyInfo }> {
    const clean = name.trim();
    if (!clean || clean.length > 100) throw new InputError('a key name must have 1 to 100 characters');
    if (!isRole(role)) throw new InputError(`role must be one of ${ROLES.join(', ')}`);
    const id = 'k_' + randomBytes(6).toString('hex');
    const key = KEY_FORMAT.prefix + randomBytes(KEY_FORMAT.secretBytes).toString('base64url');
    const createdAt = new Date().toISOString();
    await this.db.query('INSERT INTO api_keys (id, name, role, hash, created_at) VALUES ($1, $2, $3, $4, $5)', [id, clean, role, hashKey(key), createdAt]);
    return { key, info: { id, name: clean, role, createdAt, revokedAt: null } };
  }

  async list(): Promise<KeyInfo[]> {
    const { rows } = await this.db.query<KeyRow>('SELECT id, name, role, created_at, revoked_at FROM api_keys ORDER BY created_at, id');
    return rows.map(toInfo);
  }

  async revoke(id: string): Promise<KeyInfo> {
    const res = await this.db.query('UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [new Date().toISOString(), id]);
    const { rows } = await this.db.query<KeyRow>('SELECT id, name, role, created_at, revoked_at FROM api_keys WHERE id = $1', [id]);
    if (!rows[0]) throw new NotFoundError(`no key with id ${id}`);
    if (res.rowCount === 0) throw new InputError(`key ${id} is already revoked`, 'already_revoked');
    return toInfo(rows[0]);
  }

  async resolve(key: string): Promise<Principal | null> {
    if (!key.startsWith(KEY_FORMAT.prefix)) return null;
    const { rows } = await this.db.query<KeyRow>('SELECT id, name, role FROM api_keys WHERE hash = $1 AND revoked_at IS NULL', [hashKey(key)]);
    const row = rows[0];
    return row ? { keyId: row.id, name: row.name, role: row.role } : null;
  }
}

function toInfo(r: KeyRow): KeyInfo {
  return { id: r.id, name: r.name, role: r.role, createdAt: r.created_at, revokedAt: r.revoked_at };
}
