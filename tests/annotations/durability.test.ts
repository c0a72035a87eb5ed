// Durability: 500 annotation writes from a separate process; the server is killed with SIGKILL mid-run and
// restarted; every write that was answered 201 must be there, and integrity_check says ok.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { annotationsDbPath, integrityCheck, openDatabase } from '../../src/annotations/db.ts';
import { KeyStore } from '../../src/annotations/keys.ts';
import { corpusRecords, pickQuote, tempDir } from './helpers.ts';

const WRITES = 500;
const CONCURRENCY = 4;
/** Kill the server once this many writes were acknowledged: well inside the run. */
const KILL_AFTER = 150;
const SUPPORT = path.resolve('tests/annotations/support');
const dir = tempDir('verbatim-durability-');
const portFile = path.join(dir, 'port');
let port = 0;
const children: ChildProcess[] = [];
after(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

function tsx(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(SUPPORT, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return child;
}

/** Start the server on a free port; it writes the port to PORT_FILE, where the writer looks before each attempt. */
function startServer(): Promise<ChildProcess> {
  const child = tsx('server.ts', [], { DATA_DIR: dir, PORT: '0', PORT_FILE: portFile });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (l) => {
      if (!l.startsWith('listening ')) return;
      port = Number(l.slice('listening '.length));
      resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
}

const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

test('every acknowledged write survives kill -9; the database is intact', async (t) => {
  const db = openDatabase(annotationsDbPath(dir));
  const key = new KeyStore(db).create('Durability Writer', 'annotator').key;
  db.close();
  const q = pickQuote(await corpusRecords());
  let server = await startServer();

  const writer = tsx('writer.ts', [portFile, key, q.p.id, q.exact, String(WRITES), String(CONCURRENCY)]);
  const acknowledged: string[] = [];
  let summary: Record<string, number> = {};
  let killedAt = -1;
  let restart: Promise<ChildProcess> | null = null;
  createInterface({ input: writer.stdout! }).on('line', (line) => {
    if (line.startsWith('201 ')) acknowledged.push(line.slice(4));
    if (line.startsWith('done ')) summary = JSON.parse(line.slice(5)) as Record<string, number>;
    if (acknowledged.length >= KILL_AFTER && killedAt < 0) {
      killedAt = acknowledged.length;
      server.kill('SIGKILL');
      restart = exited(server).then(() => startServer());
    }
  });
  await exited(writer);
  assert.ok(restart, 'the server was killed during the run');
  server = await restart!;

  assert.ok(killedAt >= KILL_AFTER && killedAt < WRITES, `killed after ${killedAt} acknowledged writes`);
  assert.ok(acknowledged.length > killedAt, `writes were acknowledged after the restart too (${acknowledged.length} in all)`);
  assert.ok((summary.refusedRetries ?? 0) > 0, 'the writer saw the server down');
  assert.equal((summary.acknowledged ?? 0) + (summary.failed ?? 0) + (summary.other ?? 0), WRITES);

  const listed = await fetch(`http://127.0.0.1:${port}/api/annotations?tag=durability&limit=500`, { headers: { authorization: `Bearer ${key}` } });
  const page = (await listed.json()) as { items: { id: string }[]; partOf: { total: number } };
  const served = new Set(page.items.map((i) => i.id.split('/').pop()));
  assert.deepEqual(acknowledged.filter((id) => !served.has(id)), [], 'every 201 is served after the restart');
  server.kill('SIGTERM');
  await exited(server);

  const check = openDatabase(annotationsDbPath(dir));
  assert.equal(integrityCheck(check), 'ok');
  const stored = check.prepare("SELECT id FROM annotations WHERE tags LIKE '%durability%'").all() as { id: string }[];
  const ids = new Set(stored.map((r) => r.id));
  assert.deepEqual(acknowledged.filter((id) => !ids.has(id)), [], 'every 201 is in the database');
  assert.ok(stored.length >= acknowledged.length && stored.length <= WRITES);
  check.close();
  t.diagnostic(`${acknowledged.length}/${WRITES} acknowledged, killed after ${killedAt}, ${stored.length} rows, ${JSON.stringify(summary)}`);
});
