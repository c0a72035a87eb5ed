// Adapter: run the bundled Meilisearch as a child process bound to 127.0.0.1 on a free port, and never orphan it.
import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import type { Logger } from 'pino';
import { UpstreamError } from '../domain/errors.ts';
import { locateMeilisearchBinary, prepareMeilisearchBinary } from './binary.ts';
import {
  isMeiliProcess, meiliPaths, processCommandLine, readOrCreateMasterKey, readState, removeState, writeState,
  type MeiliPaths,
} from './meili-files.ts';
import { adminKeyFor, waitForHealth } from './meili-admin.ts';

/** Indexing memory cap: the service shares a small (2-core) machine with the API, so indexing must not take it all. */
const MAX_INDEXING_MEMORY = '512MiB';
/** One indexing thread leaves the second core to searches and the API while documents are ingested. */
const MAX_INDEXING_THREADS = 1;
/** A first start creates the database; later starts open it. Either takes well under this on a slow disk. */
const START_TIMEOUT_MS = 30_000;
/** Meilisearch flushes and exits on SIGTERM within a second or two; after this it is killed. */
const STOP_GRACE_MS = 5_000;

export interface EmbeddedMeiliOptions {
  dataDir: string;
  logger: Logger;
  binary?: string;
  expectedSha256?: string;
  /** Use a Meilisearch another live verbatim process already runs on this data directory (the CLI does). */
  reuseRunning?: boolean;
  /** Port to bind (a restart keeps the port, so clients keep their URL); default: a free one. */
  port?: number;
  /** Called when the child exits without being asked to. */
  onUnexpectedExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
}

export interface MeiliHandle {
  url: string;
  /** An admin API key (never the master key). */
  key: string;
  /** Pid of the child this handle owns, null when it reuses someone else's. */
  pid: number | null;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

export async function startEmbeddedMeili(opts: EmbeddedMeiliOptions): Promise<MeiliHandle> {
  const binary = opts.binary ?? locateMeilisearchBinary();
  await prepareMeilisearchBinary(binary, opts.expectedSha256);
  const paths = meiliPaths(opts.dataDir);
  await fs.mkdir(paths.dbPath, { recursive: true });
  const masterKey = await readOrCreateMasterKey(paths.keyFile);
  const reused = await reuseOrClearPrevious(paths, binary, masterKey, opts);
  if (reused) return reused;
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(binary, paths, masterKey, opts);
    } catch (e) {
      // Another process may take the free port between our check and Meilisearch binding it: try another one.
      if (attempt >= START_ATTEMPTS || !(e instanceof UpstreamError && PORT_TAKEN.test(e.message))) throw e;
      opts.logger.warn({ attempt }, 'the port was taken before Meilisearch bound it; retrying on another');
    }
  }
}

/** Start attempts when the chosen port turns out to be taken. */
const START_ATTEMPTS = 3;
const PORT_TAKEN = /already in use|os error 98/i;

async function launch(binary: string, paths: MeiliPaths, masterKey: string, opts: EmbeddedMeiliOptions): Promise<MeiliHandle> {
  const url = `http://127.0.0.1:${opts.port ?? (await freePort())}`;
  const child = spawnMeili(binary, paths, url, masterKey, opts.logger);
  const pid = child.pid;
  if (pid === undefined) throw new UpstreamError('could not start Meilisearch');
  const watchdog = spawnWatchdog(pid);
  await writeState(paths.stateFile, { pid, ownerPid: process.pid, url, binary });
  const handle = ownedHandle(child, watchdog, paths, opts);
  try {
    await waitForHealth(url, START_TIMEOUT_MS, () => exitSummary(child));
    const key = await adminKeyFor(url, masterKey);
    handle.arm();
    opts.logger.info({ url, meiliPid: pid }, 'meilisearch started');
    return { url, key, pid, stop: handle.stop };
  } catch (e) {
    await handle.stop();
    throw e;
  }
}

/** A previous child of this data directory: reuse it if its owner lives (and we may), kill it if orphaned. */
async function reuseOrClearPrevious(
  paths: MeiliPaths, binary: string, masterKey: string, opts: EmbeddedMeiliOptions,
): Promise<MeiliHandle | null> {
  const prev = await readState(paths.stateFile);
  if (!prev) return null;
  if (await isMeiliProcess(prev.pid, binary, paths.dbPath)) {
    const ownerAlive = (await processCommandLine(prev.ownerPid)) !== null;
    if (ownerAlive && opts.reuseRunning) {
      opts.logger.info({ url: prev.url }, 'using the Meilisearch of a running verbatim process');
      return { url: prev.url, key: await adminKeyFor(prev.url, masterKey), pid: null, stop: async () => {} };
    }
    if (ownerAlive) {
      throw new UpstreamError(`${paths.dbPath} is used by the Meilisearch of process ${prev.ownerPid}; stop that process or set DATA_DIR`);
    }
    opts.logger.warn({ pid: prev.pid }, 'stopping an orphaned Meilisearch left by a previous run');
    await terminate(prev.pid);
  }
  await fs.rm(paths.stateFile, { force: true });
  return null;
}

function spawnMeili(binary: string, paths: MeiliPaths, url: string, masterKey: string, logger: Logger): ChildProcess {
  const args = [
    '--db-path', paths.dbPath, '--http-addr', url.replace('http://', ''), '--env', 'production', '--no-analytics',
    '--log-level', 'ERROR', '--max-indexing-memory', MAX_INDEXING_MEMORY,
    '--max-indexing-threads', String(MAX_INDEXING_THREADS), '--dump-dir', paths.dumpDir, '--snapshot-dir', paths.snapshotDir,
  ];
  // The key goes through the environment, not argv: other local users can read a process's argv.
  const child = spawn(binary, args, {
    cwd: paths.dbPath, env: { MEILI_MASTER_KEY: masterKey }, stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group: a terminal Ctrl-C reaches us, and we stop it in order
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const tail: string[] = [];
  const onLines = (chunk: Buffer): void => {
    for (const raw of chunk.toString('utf8').split('\n').filter((l) => l.trim())) {
      const line = raw.replace(/\x1b\[[0-9;]*m/g, ''); // it colours its logs even into a pipe
      const isError = /\bERROR\b|^Error:|panicked/.test(line);
      // Keep the last error lines: a backtrace after them would push them out of a plain tail.
      if (isError) tail.push(line);
      if (tail.length > 5) tail.shift();
      // It runs with --log-level ERROR: apart from its start-up banner, what it prints is an error.
      logger[isError ? 'error' : 'debug']({ meilisearch: line.slice(0, 500) }, 'meilisearch output');
    }
  };
  child.stdout?.on('data', onLines);
  child.stderr?.on('data', onLines);
  (child as ChildProcess & { tail?: string[] }).tail = tail;
  return child;
}

/** A shell that waits for EOF on a pipe we hold: if this process dies (even by SIGKILL) it stops Meilisearch. */
function spawnWatchdog(pid: number): ChildProcess {
  const script = [
    'while read -r _; do :; done',
    'kill -TERM "$1" 2>/dev/null || exit 0',
    'i=0; while [ $i -lt 100 ] && kill -0 "$1" 2>/dev/null; do sleep 0.1; i=$((i+1)); done',
    'kill -KILL "$1" 2>/dev/null',
  ].join('\n');
  const wd = spawn('/bin/sh', ['-c', script, 'verbatim-meili-watchdog', String(pid)], {
    stdio: ['pipe', 'ignore', 'ignore'], detached: true,
  });
  wd.unref();
  (wd.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  wd.on('error', () => {});
  return wd;
}

/** Stop for a child we own; `arm()` (once it is up) makes an unrequested exit a reported crash. */
function ownedHandle(child: ChildProcess, watchdog: ChildProcess, paths: MeiliPaths, opts: EmbeddedMeiliOptions) {
  let stopping: Promise<void> | null = null;
  let armed = false;
  child.once('exit', (code, signal) => {
    watchdog.kill('SIGKILL');
    if (stopping || !armed) return;
    opts.logger.error({ code, signal, output: exitSummary(child) }, 'meilisearch exited unexpectedly');
    opts.onUnexpectedExit?.(code, signal);
  });
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      watchdog.kill('SIGKILL');
      await stopChild(child);
      if (child.pid !== undefined) await removeState(paths.stateFile, child.pid);
      opts.logger.info('meilisearch stopped');
    })();
    return stopping;
  };
  return { stop, arm: () => void (armed = true) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/** Stop a process we do not own (an orphan from a crashed run): SIGTERM, then SIGKILL after the grace period. */
async function terminate(pid: number): Promise<void> {
  const alive = (): boolean => {
    try { process.kill(pid, 0); return true; } catch { return false; }
  };
  if (!alive()) return;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; alive() && waited < STOP_GRACE_MS; waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(pid, 'SIGKILL');
}

function exitSummary(child: ChildProcess): string | null {
  if (child.exitCode === null && child.signalCode === null) return null;
  const tail = (child as ChildProcess & { tail?: string[] }).tail ?? [];
  return `exited with ${child.exitCode ?? child.signalCode}: ${tail.join(' | ') || 'no error output'}`;
}

/** Ask the kernel for a free port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}
