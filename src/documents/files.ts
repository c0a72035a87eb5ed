// Adapter: the original bytes of each upload, kept in DATA_DIR/files/<id> so the page can show the printed page.
import fs from 'node:fs';
import path from 'node:path';

/** A document id is a file-name-safe slug (see src/http/documents.ts); anything else never reaches the disk. */
const SAFE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export class FileStore {
  constructor(private readonly dir: string) {}

  /** Where the file of document `id` lives (null for an id that is not a safe slug). */
  pathOf(id: string): string | null {
    return SAFE_ID.test(id) ? path.join(this.dir, id) : null;
  }

  /** Keep the bytes of an upload (owner-only permissions: uploads may not be public yet). */
  save(id: string, bytes: Uint8Array): void {
    const file = this.pathOf(id);
    if (!file) return;
    fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, bytes, { mode: 0o600 });
    fs.renameSync(tmp, file);
  }

  has(id: string): boolean {
    const file = this.pathOf(id);
    return !!file && fs.existsSync(file);
  }

  remove(id: string): void {
    const file = this.pathOf(id);
    if (file) fs.rmSync(file, { force: true });
  }
}
