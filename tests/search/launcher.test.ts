// The embedded Meilisearch launcher: checksum, key file, state, reuse, restarts, crashes, and no orphans.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../../src/config.ts';
import { UpstreamError } from '../../src/domain/errors.ts';
import { locateMeilisearchBinary, prepareMeilisearchBinary } from '../../src/search/binary.ts';
import { startSearchBackend } from '../../src/search/engine.ts';
import { startEmbeddedMeili, type MeiliHandle } from '../../src/search/launcher.ts';
import { silentLogger } from '../helpers/meili.ts';
import { alive } from '../helpers/process.ts';

let dir: string;
before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-launcher-'));
});
after(() => fs.rm(dir, { recursive: true, force: true }));


/** Wait (bounded) until a process is gone; true when it went. */
async function gone(pid: number, maxMs = 20_000): Promise<boolean> {
  for (let waited = 0; waited < maxMs; waited += 100) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !alive(pid);
}

async function health(url: string): Promise<number> {
  return (await fetch(`${url}/health`)).status;
}

test('a binary whose checksum differs is refused before it runs', async () => {
  await assert.rejects(prepareMeilisearchBinary(locateMeilisearchBinary(), '0'.repeat(64)), (e: unknown) => {
    assert.ok(e instanceof UpstreamError);
    assert.match(e.message, /SHA-256/);
    return true;
  });
  const dataDir = path.join(dir, 'refused');
  await assert.rejects(startEmbeddedMeili({ dataDir, logger: silentLogger, expectedSha256: 'f'.repeat(64) }), UpstreamError);
  await assert.rejects(fs.access(path.join(dataDir, 'meili.state.json')));
});

test('start, refuse a second owner, let the CLI reuse it, stop, restart with the same key and data', async () => {
  const dataDir = path.join(dir, 'main');
  const first = await startEmbeddedMeili({ dataDir, logger: silentLogger });
  const keyFile = path.join(dataDir, 'meili.key');
  const key = await fs.readFile(keyFile, 'utf8');
  assert.equal((await fs.stat(keyFile)).mode & 0o777, 0o600);
  assert.match(first.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.ok(!key.includes(first.key), 'the handle carries an API key, not the master key');
  const created = await fetch(`${first.url}/indexes`, {
    method: 'POST', headers: { Authorization: `Bearer ${first.key}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ uid: 'kept' }),
  });
  assert.equal(created.status, 202);
  await assert.rejects(startEmbeddedMeili({ dataDir, logger: silentLogger }), /is used by/);
  const reused = await startEmbeddedMeili({ dataDir, logger: silentLogger, reuseRunning: true });
  assert.equal(reused.url, first.url);
  assert.equal(reused.pid, null);
  await reused.stop();
  assert.equal(await health(first.url), 200, 'stopping a reused handle leaves the owner running');
  await first.stop();
  assert.ok(await gone(first.pid!));
  await assert.rejects(fs.access(path.join(dataDir, 'meili.state.json')), 'state file removed');
  const second = await startEmbeddedMeili({ dataDir, logger: silentLogger });
  try {
    assert.equal(await fs.readFile(keyFile, 'utf8'), key, 'master key reused');
    const idx = await fetch(`${second.url}/indexes/kept`, { headers: { Authorization: `Bearer ${second.key}` } });
    assert.equal(idx.status, 200, 'the database persisted');
  } finally {
    await second.stop();
  }
});

test('a crash of the child is reported', async () => {
  let reported: MeiliHandle | null = null;
  const exited = new Promise<string>((resolve) => {
    void startEmbeddedMeili({ dataDir: path.join(dir, 'crash'), logger: silentLogger, onUnexpectedExit: (_c, s) => resolve(String(s)) })
      .then((h) => {
        reported = h;
        process.kill(h.pid!, 'SIGKILL');
      });
  });
  assert.equal(await exited, 'SIGKILL');
  await (reported as MeiliHandle | null)?.stop();
});

function startHolder(dataDir: string): Promise<{ child: ReturnType<typeof spawn>; pid: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('tests/search/fixtures/hold-meili.ts'), dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, pid: (JSON.parse(line) as { pid: number }).pid }));
  });
}

test('if the owning process is killed with SIGKILL, its Meilisearch goes too (watchdog)', async () => {
  const { child, pid } = await startHolder(path.join(dir, 'orphan'));
  assert.ok(alive(pid));
  child.kill('SIGKILL');
  assert.ok(await gone(pid), `meilisearch ${pid} outlived its owner`);
});

async function watchdogOf(meiliPid: number): Promise<number | null> {
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmd = await fs.readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmd.includes('verbatim-meili-watchdog') && cmd.split('\0').includes(String(meiliPid))) return Number(entry);
  }
  return null;
}

test('an orphan left on the data directory (owner and watchdog gone) is stopped by the next start', async () => {
  const dataDir = path.join(dir, 'stale');
  const { child, pid } = await startHolder(dataDir);
  const watchdog = await watchdogOf(pid);
  assert.ok(watchdog, 'the watchdog runs');
  process.kill(watchdog, 'SIGKILL');
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
  assert.ok(alive(pid), 'without its watchdog the child is orphaned');
  const next = await startEmbeddedMeili({ dataDir, logger: silentLogger });
  try {
    assert.ok(await gone(pid), 'the orphan was stopped');
    assert.equal(await health(next.url), 200);
  } finally {
    await next.stop();
  }
});

test('external mode (MEILI_URL + MEILI_KEY) spawns nothing', async () => {
  const config = loadConfig({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_KEY: 'k' });
  const handle = await startSearchBackend(config, silentLogger);
  assert.equal(handle.url, 'http://127.0.0.1:7700');
  assert.equal(handle.key, 'k');
  assert.equal(handle.pid, null);
  await handle.stop();
});
