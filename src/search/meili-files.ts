// Adapter: the files the embedded Meilisearch keeps under the data directory:
// the master key (generated once, mode 600) and a state file naming the running child and its owner.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UpstreamError } from '../domain/errors.ts';

export interface MeiliPaths {
  dbPath: string;
  keyFile: string;
  stateFile: string;
  dumpDir: string;
  snapshotDir: string;
}

export function meiliPaths(dataDir: string): MeiliPaths {
  return {
    dbPath: path.join(dataDir, 'meili'),
    keyFile: path.join(dataDir, 'meili.key'),
    stateFile: path.join(dataDir, 'meili.state.json'),
    dumpDir: path.join(dataDir, 'meili-dumps'),
    snapshotDir: path.join(dataDir, 'meili-snapshots'),
  };
}

/** Production mode refuses master keys under 16 bytes; 32 random bytes is comfortably above. */
const MASTER_KEY_BYTES = 32;

/** Read the master key, creating it (mode 600) on first start. A key file readable by others is tightened. */
export async function readOrCreateMasterKey(keyFile: string): Promise<string> {
  await fs.mkdir(path.dirname(keyFile), { recursive: true });
  try {
    await fs.writeFile(keyFile, randomBytes(MASTER_KEY_BYTES).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const { mode } = await fs.stat(keyFile);
  if ((mode & 0o077) !== 0) await fs.chmod(keyFile, 0o600);
  const key = (await fs.readFile(keyFile, 'utf8')).trim();
  if (key.length < 16) throw new UpstreamError(`${keyFile} holds a master key shorter than 16 characters; delete it to regenerate`);
  return key;
}

/** Who runs the Meilisearch child of a data directory. */
export interface MeiliState {
  pid: number;
  ownerPid: number;
  url: string;
  binary: string;
}

export async function readState(stateFile: string): Promise<MeiliState | null> {
  try {
    const s = JSON.parse(await fs.readFile(stateFile, 'utf8')) as Partial<MeiliState>;
    const ok = Number.isInteger(s.pid) && Number.isInteger(s.ownerPid) && typeof s.url === 'string' && typeof s.binary === 'string';
    return ok ? (s as MeiliState) : null;
  } catch {
    return null;
  }
}

export async function writeState(stateFile: string, state: MeiliState): Promise<void> {
  await fs.writeFile(stateFile, JSON.stringify(state) + '\n', { mode: 0o600 });
}

export async function removeState(stateFile: string, pid: number): Promise<void> {
  const s = await readState(stateFile);
  if (s && s.pid === pid) await fs.rm(stateFile, { force: true });
}

/** The command line of a live process, or null when it is gone (Linux /proc). */
export async function processCommandLine(pid: number): Promise<string[] | null> {
  try {
    const raw = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter(Boolean);
  } catch {
    return null;
  }
}

/** True when `pid` is alive and is that Meilisearch binary serving that database. */
export async function isMeiliProcess(pid: number, binary: string, dbPath: string): Promise<boolean> {
  const cmd = await processCommandLine(pid);
  return !!cmd && cmd[0] === binary && cmd.includes(dbPath);
}
