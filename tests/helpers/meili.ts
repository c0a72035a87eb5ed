// Test helper: a REAL Meilisearch (the bundled binary) on a free 127.0.0.1 port, in a temporary directory.
// Start one per test file in `before`, stop it in `after`:
//
//   let meili: TestMeili;
//   before(async () => { meili = await startTestMeili(); });
//   after(() => meili.stop());
//
// `key` is an admin API key (not the master key). `stop()` kills the process and removes the directory.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startEmbeddedMeili } from '../../src/search/launcher.ts';

export interface TestMeili {
  url: string;
  key: string;
  /** The temporary data directory (database, master key file). */
  dataDir: string;
  /** Pid of the Meilisearch process. */
  pid: number;
  stop(): Promise<void>;
}

export async function startTestMeili(): Promise<TestMeili> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-meili-'));
  try {
    const handle = await startEmbeddedMeili({ dataDir, logger: pino({ level: 'silent' }) });
    let stopped: Promise<void> | null = null;
    return {
      url: handle.url,
      key: handle.key,
      dataDir,
      pid: handle.pid ?? 0,
      stop: () => (stopped ??= handle.stop().finally(() => fs.rm(dataDir, { recursive: true, force: true }))),
    };
  } catch (e) {
    await fs.rm(dataDir, { recursive: true, force: true });
    throw e;
  }
}

/** A logger that prints nothing, for code under test that wants one. */
export const silentLogger = pino({ level: 'silent' });
