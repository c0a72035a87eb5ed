// Test helper: verbatim API nodes as real processes (src/server.ts) sharing one PostgreSQL and one Meilisearch.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../helpers/postgres.ts';

/** A node boots tsx, migrates, ingests (or skips) the corpus: generous on a loaded 2-core machine. */
const BOOT_TIMEOUT_MS = 120_000;

export interface ApiNode {
  name: string;
  origin: string;
  child: ChildProcess;
  /** Everything the node logged so far (pino JSON lines). */
  log(): string;
  stop(): Promise<void>;
}

export interface NodeEnv {
  /** Unset: the SQLite files in the node's own DATA_DIR. */
  databaseUrl?: string;
  /** Unset (with `extra.MEILI_SHARDS`): the shards. */
  meiliUrl?: string;
  meiliKey?: string;
  corpusDir: string;
  extra?: Record<string, string>;
}

export async function startNode(name: string, env: NodeEnv): Promise<ApiNode> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `verbatim-node-${name}-`));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      ...(env.databaseUrl ? { DATABASE_URL: env.databaseUrl } : {}),
      ...(env.meiliUrl && env.meiliKey ? { MEILI_URL: env.meiliUrl, MEILI_KEY: env.meiliKey } : {}),
      CORPUS_DIR: env.corpusDir, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', NODE_NAME: name, LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '1000000', ...env.extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const node: ApiNode = {
    name, origin: `http://127.0.0.1:${port}`, child, log: () => out,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + BOOT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`node ${name} exited during start-up:\n${out}`);
    const ok = await fetch(`${node.origin}/health`).then((r) => r.ok, () => false);
    if (ok) return node;
    await new Promise((r) => setTimeout(r, 200));
  }
  await node.stop();
  throw new Error(`node ${name} did not answer /health within ${BOOT_TIMEOUT_MS} ms:\n${out}`);
}
