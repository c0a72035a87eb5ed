// `verbatim keys create --name N --role R | list | revoke ID`: manage API keys in data/annotations.db, or in
// PostgreSQL when DATABASE_URL is set.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { InputError } from '../domain/errors.ts';
import { annotationsDbPath, openDatabase } from '../annotations/db.ts';
import { KeyStore, isRole, type KeyInfo } from '../annotations/keys.ts';
import type { KeyRepository } from '../store/ports.ts';
import { PgKeyStore } from '../store/pg/keys.ts';
import { migratePg, openPool } from '../store/pg/pool.ts';
import { ROLES } from '../annotations/model.ts';

export const summary = 'keys create --name N --role reader|annotator|admin | list | revoke ID   manage API keys';

const USAGE = `usage: verbatim keys create --name NAME --role ${ROLES.join('|')}
       verbatim keys list [--json]
       verbatim keys revoke KEY_ID`;

export const help = `${USAGE}

Manage the API keys in DATA_DIR/annotations.db (a key is printed once; only its hash is stored).

options:
  --name NAME   create: who the key is for
  --role ROLE   create: ${ROLES.join(', ')}
  --json        list: print JSON instead of a table
  -h, --help    this text`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOrThrow(args);
  const [action, ...rest] = positionals;
  const { keys, close } = await openKeys();
  try {
    if (action === 'create' && rest.length === 0) return await create(keys, values.name, values.role);
    if (action === 'list' && rest.length === 0) return await list(keys, values.json ?? false);
    if (action === 'revoke' && rest.length === 1 && rest[0]) return await revoke(keys, rest[0]);
    throw new InputError(USAGE);
  } finally {
    await close();
  }
}

async function openKeys(): Promise<{ keys: KeyRepository; close: () => Promise<void> }> {
  const config = loadConfig();
  if (config.database.url) {
    const pool = openPool(config.database.url);
    await migratePg(pool);
    return { keys: new PgKeyStore(pool), close: () => pool.end() };
  }
  const db = openDatabase(annotationsDbPath(config.dataDir));
  return { keys: new KeyStore(db), close: async () => void db.close() };
}

function parseOrThrow(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' } },
    });
  } catch (e) {
    throw new InputError(`${(e as Error).message}\n${USAGE}`);
  }
}

async function create(keys: KeyRepository, name: string | undefined, role: string | undefined): Promise<number> {
  if (!name || !role) throw new InputError(USAGE);
  if (!isRole(role)) throw new InputError(`--role must be one of ${ROLES.join(', ')}`);
  const { key, info } = await keys.create(name, role);
  process.stderr.write(`created key ${info.id} (${info.name}, ${info.role}). It is shown once: store it now.\n`);
  process.stdout.write(key + '\n');
  return 0;
}

async function list(keys: KeyRepository, json: boolean): Promise<number> {
  const all = await keys.list();
  if (json) {
    process.stdout.write(JSON.stringify(all, null, 2) + '\n');
    return 0;
  }
  const rows = all.map((k: KeyInfo) => [k.id, k.role, k.revokedAt ? `revoked ${k.revokedAt}` : 'active', k.createdAt, k.name]);
  const table = [['ID', 'ROLE', 'STATE', 'CREATED', 'NAME'], ...rows];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  for (const r of table) process.stdout.write(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd() + '\n');
  return 0;
}

async function revoke(keys: KeyRepository, id: string): Promise<number> {
  const info = await keys.revoke(id);
  process.stdout.write(`revoked ${info.id} (${info.name}, ${info.role})\n`);
  return 0;
}
