// The server under faults: a taken port fails at once (before Meilisearch starts or anything is ingested); a
// Meilisearch killed with -9 is restarted with backoff while searches answer 503 and annotation edits keep
// working; every log line carries one pid, requests are logged (method, route, status, ms) without keys.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../../src/search/launcher.ts';
import { alive } from '../helpers/process.ts';

const run = promisify(execFile);
const dirs: string[] = [];
const children: ChildProcess[] = [];
after(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

async function until(check: () => boolean | Promise<boolean>, maxMs: number): Promise<boolean> {
  for (let waited = 0; waited < maxMs; waited += 100) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function startServer(port: number, extra: Record<string, string> = {}) {
  const dataDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-faults-')), 'data');
  dirs.push(path.dirname(dataDir));
  const env = { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...extra };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const out = { text: '' };
  child.stdout!.on('data', (c: Buffer) => (out.text += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out.text += c.toString()));
  return { child, dataDir, out, env };
}

test('a taken port fails at once with a clear message, before Meilisearch starts or the corpus is ingested', async () => {
  const blocker = net.createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
  const port = (blocker.address() as net.AddressInfo).port;
  try {
    const { child, dataDir, out } = await startServer(port);
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    assert.notEqual(code, 0);
    assert.match(out.text, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`));
    assert.doesNotMatch(out.text, /meilisearch started|ingesting corpus/);
    await assert.rejects(fs.access(path.join(dataDir, 'meili.state.json')), 'no Meilisearch was started');
  } finally {
    blocker.close();
  }
});

test('Meilisearch killed with -9 is restarted; meanwhile searches answer 503 and annotation edits work', { timeout: 180_000 }, async () => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const { child, dataDir, out, env } = await startServer(port);
  assert.ok(await until(async () => fetch(`${origin}/health`).then((r) => r.ok, () => false), 90_000), out.text);
  const key = (await run(process.execPath, ['bin/verbatim.js', 'keys', 'create', '--name', 'desk', '--role', 'annotator'], { env })).stdout.trim();
  const hit = ((await (await fetch(`${origin}/api/search?q=election&fields=text`)).json()) as { hits: Array<{ id: string; text: string }> }).hits[0]!;
  const auth = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
  const created = await fetch(`${origin}/api/annotations`, {
    method: 'POST', headers: auth, body: JSON.stringify({ paragraph: hit.id, selector: { exact: hit.text.slice(0, 15) }, note: 'first' }),
  });
  assert.equal(created.status, 201);
  const id = String(((await created.json()) as { id: string }).id).split('/').pop()!;

  const before = JSON.parse(await fs.readFile(path.join(dataDir, 'meili.state.json'), 'utf8')) as { pid: number };
  process.kill(before.pid, 'SIGKILL');
  assert.ok(await until(() => !alive(before.pid), 5_000));
  const down = await fetch(`${origin}/api/search?q=election`);
  assert.equal(down.status, 503, 'searches answer 503 while Meilisearch is down');
  assert.equal(((await down.json()) as { error: { code: string } }).error.code, 'upstream_unavailable');
  const edit = await fetch(`${origin}/api/annotations/${id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ note: 'edited while search was down' }) });
  assert.equal(edit.status, 200, await edit.text());

  assert.ok(await until(async () => (await fetch(`${origin}/api/search?q=election`)).status === 200, 60_000), `no restart:\n${out.text.split("\n").filter((l) => !/unreachable|"request"/.test(l)).join("\n").slice(-3000)}`);
  const after = JSON.parse(await fs.readFile(path.join(dataDir, 'meili.state.json'), 'utf8')) as { pid: number };
  assert.notEqual(after.pid, before.pid);
  assert.equal(child.exitCode, null, 'verbatim kept running');
  // Searches may answer before the supervisor has logged the restart (it logs once the admin key is fetched).
  assert.ok(await until(() => /meilisearch restarted/.test(out.text), 15_000), 'the restart is logged');

  const lines = out.text.split('\n').filter((l) => l.startsWith('{'));
  for (const l of lines) assert.equal(l.match(/"pid":/g)?.length, 1, `one pid per line: ${l}`);
  const requests = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
  assert.ok(requests.some((r) => r.method === 'PATCH' && r.route === '/api/annotations/:id' && r.status === 200 && typeof r.ms === 'number'));
  assert.ok(requests.some((r) => r.route === '/api/search' && r.status === 503));
  assert.ok(!out.text.includes(key), 'the API key is never logged');
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
});
