// `verbatim keys create --name N --role R | list | revoke ID`: manage API keys in data/annotations.db.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { InputError } from '../domain/errors.ts';
import { annotationsDbPath, openDatabase } from '../annotations/db.ts';
import { KeyStore, isRole, type KeyInfo } from '../annotations/keys.ts';
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
  const db = openDatabase(annotationsDbPath(loadConfig().dataDir));
  try {
    const keys = new KeyStore(db);
    if (action === 'create' && rest.length === 0) return create(keys, values.name, values.role);
    if (action === 'list' && rest.length === 0) return list(keys, values.json ?? false);
    if (action === 'revoke' && rest.length === 1 && rest[0]) return revoke(keys, rest[0]);
    throw new InputError(USAGE);
  } finally {
    db.close();
  }
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

function create(keys: KeyStore, name: string | undefined, role: string | undefined): number {
  if (!name || !role) throw new InputError(USAGE);
  if (!isRole(role)) throw new InputError(`--role must be one of ${ROLES.join(', ')}`);
  const { key, info } = keys.create(name, role);
  process.stderr.write(`created key ${info.id} (${info.name}, ${info.role}). It is shown once: store it now.\n`);
  process.stdout.write(key + '\n');
  return 0;
}

function list(keys: KeyStore, json: boolean): number {
  const all = keys.list();
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

function revoke(keys: KeyStore, id: string): number {
  const info = keys.revoke(id);
  process.stdout.write(`revoked ${info.id} (${info.name}, ${info.role})\n`);
  return 0;
}
