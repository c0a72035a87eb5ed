// Adapter helper: the data folder holds private notes, API key hashes and uploaded files, so it is readable by
// the service's own user only, whatever the umask. Every adapter that writes there goes through these helpers.
import fs from 'node:fs';
import path from 'node:path';

/** Folders under DATA_DIR: owner only (others cannot even list or traverse them). */
export const PRIVATE_DIR_MODE = 0o700;
/** Files under DATA_DIR (databases and their -wal/-shm, keys, uploaded files): owner read and write only. */
export const PRIVATE_FILE_MODE = 0o600;

/** Create `dir` (and missing parents) 0700; an existing `dir` is tightened to 0700. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  tighten(dir, PRIVATE_DIR_MODE);
}

/**
 * Create an empty `file` 0600 if it does not exist (an existing one is tightened), before a library opens it.
 * SQLite gives its -wal and -shm files the mode of the database file, so they follow.
 */
export function ensurePrivateFile(file: string): void {
  ensurePrivateDir(path.dirname(file));
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  tighten(file, PRIVATE_FILE_MODE);
}

/** Write a file 0600 (umask cannot widen it: the mode is set again after writing). */
export function writePrivateFile(file: string, data: string | Uint8Array): void {
  ensurePrivateDir(path.dirname(file));
  fs.writeFileSync(file, data, { mode: PRIVATE_FILE_MODE });
  tighten(file, PRIVATE_FILE_MODE);
}

/**
 * Tighten a data folder an older version (or a loose umask) left readable by others: every folder to 0700,
 * every file to 0600. Symbolic links are not followed. Returns how many entries changed, for the log.
 */
export function tightenDataDir(dir: string): { tightened: number } {
  if (!fs.existsSync(dir)) return { tightened: 0 };
  let tightened = 0;
  const walk = (p: string): void => {
    const st = fs.lstatSync(p);
    if (st.isSymbolicLink()) return;
    if (st.isDirectory()) {
      if (tighten(p, PRIVATE_DIR_MODE)) tightened++;
      for (const name of fs.readdirSync(p)) walk(path.join(p, name));
    } else if (st.isFile() && tighten(p, PRIVATE_FILE_MODE)) tightened++;
  };
  walk(dir);
  return { tightened };
}

/** Remove group and other bits beyond `mode`; true when the mode changed. */
function tighten(p: string, mode: number): boolean {
  const current = fs.statSync(p).mode & 0o777;
  if ((current & ~mode) === 0) return false;
  fs.chmodSync(p, current & mode);
  return true;
}
