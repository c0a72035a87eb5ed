// Test helper: a REAL PostgreSQL (Debian's binaries) in a temporary data folder on a free 127.0.0.1 port.
// Start one per test file in `before`, stop it in `after`:
//
//   let pg: TestPostgres;
//   before(async () => { pg = await startTestPostgres(); });
//   after(() => pg.stop());
//
// `url()` gives a fresh, empty database each call (CREATE DATABASE), so suites do not see each other's rows.
// No binaries: the helper throws with a clear message (CI installs them; nothing is skipped silently).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const exec = promisify(execFile);
/** Where Debian puts the server binaries (the version installed by `.ci/run`); PATH is tried after. */
const BIN_DIRS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];
/** A cold initdb and start-up on a loaded 2-core machine takes a few seconds; this is the ceiling. */
const START_TIMEOUT_MS = 60_000;

export interface TestPostgres {
  port: number;
  /** A new empty database on this server, as a connection URL. */
  url(): Promise<string>;
  stop(): Promise<void>;
}

export function findPgBin(name: string): string {
  for (const dir of BIN_DIRS) if (fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  throw new Error(`PostgreSQL's ${name} was not found (looked in ${BIN_DIRS.join(', ')} and PATH): install the postgresql package (.ci/run does)`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root (CI containers often are root): then the server runs as the `postgres` system
 * user that Debian's package creates, and the temporary folder is handed to it.
 */
function runAs(dir: string): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid) throw new Error('running as root and there is no postgres user to run PostgreSQL as: install the postgresql package');
  const ids = { uid: Number(uid), gid: Number(gid) };
  fs.chownSync(dir, ids.uid, ids.gid);
  return ids;
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const initdb = findPgBin('initdb');
  const pgCtl = findPgBin('pg_ctl');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-pg-'));
  const user = runAs(dir);
  const data = path.join(dir, 'data');
  const run = (file: string, args: string[]) => exec(file, args, { timeout: START_TIMEOUT_MS, cwd: dir, ...user });
  await run(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  // fsync stays on: the durability claims are tested against a server configured as in production.
  const opts = `-c port=${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c max_connections=100`;
  await run(pgCtl, ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  let n = 0;
  let stopped: Promise<void> | null = null;
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    port,
    async url() {
      const name = `t${process.pid}_${++n}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop: () =>
      (stopped ??= run(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'])
        .then(() => undefined, () => undefined)
        .finally(() => fs.rmSync(dir, { recursive: true, force: true }))),
  };
}
