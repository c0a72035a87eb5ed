// `npm start` end to end: a fresh data directory, the embedded Meilisearch, the corpus ingested, the API
// listening; SIGTERM stops the server and its Meilisearch child.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/search/launcher.ts';
import { corpusDocument } from '../search/fixtures.ts';
import { alive } from '../helpers/process.ts';

let dataDir: string;
let server: ChildProcess;
let origin: string;
let output = '';

/** Poll (bounded) until `check` is true. */
async function until(check: () => boolean | Promise<boolean>, maxMs = 60_000): Promise<boolean> {
  for (let waited = 0; waited < maxMs; waited += 100) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}


before(async () => {
  dataDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-server-')), 'data');
  // A data folder an older version left readable by others (no database yet): tightened at start-up.
  await fs.mkdir(dataDir, { mode: 0o755 });
  await fs.chmod(dataDir, 0o755);
  await fs.writeFile(path.join(dataDir, 'left-over.txt'), 'x', { mode: 0o644 });
  await fs.chmod(path.join(dataDir, 'left-over.txt'), 0o644);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const env = { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' };
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  server.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const up = await until(async () => server.exitCode === null && (await fetch(`${origin}/health`).then((r) => r.ok, () => false)));
  assert.ok(up, `server did not come up:\n${output}`);
});
after(async () => {
  if (server.exitCode === null) server.kill('SIGKILL');
  await fs.rm(path.dirname(dataDir), { recursive: true, force: true });
});

test('the server ingested the corpus before listening, and logged its progress', async () => {
  const doc = await corpusDocument();
  const health = (await (await fetch(`${origin}/health`)).json()) as { documents: number; paragraphs: number };
  assert.equal(health.documents, 1);
  assert.equal(health.paragraphs, doc.paragraphs.length);
  assert.match(output, /indexing paragraphs/);
  assert.match(output, /document added/);
  const search = await fetch(`${origin}/api/search?q=${encodeURIComponent(doc.paragraphs[3]!.text.split(/\s+/).slice(0, 3).join(' '))}`);
  assert.equal(search.status, 200);
  const key = (await fs.readFile(path.join(dataDir, 'meili.key'), 'utf8')).trim();
  assert.ok(!output.includes(key), 'the master key is never logged');
});

test('the data folder and everything in it is readable by the owner only (0700/0600), and the tightening was logged', async () => {
  const loose: string[] = [];
  const walk = async (p: string): Promise<void> => {
    const st = await fs.lstat(p);
    if (st.isSymbolicLink()) return;
    if ((st.mode & 0o077) !== 0) loose.push(`${path.relative(dataDir, p) || '.'} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const name of await fs.readdir(p)) await walk(path.join(p, name));
  };
  await walk(dataDir);
  assert.deepEqual(loose, []);
  assert.equal(((await fs.stat(path.join(dataDir, 'annotations.db'))).mode & 0o777).toString(8), '600');
  assert.match(output, /data folder was readable by others: tightened/);
});

test('SIGTERM closes the server and stops its Meilisearch', async () => {
  const state = JSON.parse(await fs.readFile(path.join(dataDir, 'meili.state.json'), 'utf8')) as { pid: number };
  assert.ok(alive(state.pid));
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  server.kill('SIGTERM');
  assert.equal(await exited, 0, output);
  assert.ok(await until(() => !alive(state.pid), 10_000), 'meilisearch outlived the server');
  await assert.rejects(fs.access(path.join(dataDir, 'meili.state.json')));
});
