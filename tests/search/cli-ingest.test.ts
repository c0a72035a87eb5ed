// `verbatim ingest FILE…` against a real Meilisearch given by MEILI_URL/MEILI_KEY (nothing embedded is spawned).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { CORPUS_FILE, corpusDocument } from './fixtures.ts';

const run = promisify(execFile);
let meili: TestMeili;
before(async () => {
  meili = await startTestMeili();
});
after(() => meili?.stop());

async function verbatim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH, MEILI_URL: meili.url, MEILI_KEY: meili.key, MEILI_INDEX: 'cli_test', LOG_LEVEL: 'info' };
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/verbatim.js', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

test('ingest adds a document, then skips it unchanged; progress on stderr', async () => {
  const doc = await corpusDocument();
  const first = await verbatim('ingest', CORPUS_FILE);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, new RegExp(`^added\\s+${doc.document.id}\\s+${doc.paragraphs.length} paragraphs`));
  assert.match(first.stderr, /indexing paragraphs/);
  assert.doesNotMatch(first.stderr + first.stdout, new RegExp(meili.key), 'the key is never printed');
  const second = await verbatim('ingest', CORPUS_FILE, '--json');
  assert.equal(second.code, 0, second.stderr);
  const [result] = JSON.parse(second.stdout) as Array<{ status: string; paragraphs: number }>;
  assert.equal(result?.status, 'unchanged');
  assert.equal(result?.paragraphs, doc.paragraphs.length);
  const stats = await fetch(`${meili.url}/indexes/cli_test/stats`, { headers: { Authorization: `Bearer ${meili.key}` } });
  assert.equal(((await stats.json()) as { numberOfDocuments: number }).numberOfDocuments, doc.paragraphs.length);
});

test('a missing file exits with code 2 and says which', async () => {
  const missing = await verbatim('ingest', 'no-such-file.txt');
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such file: no-such-file\.txt/);
});
