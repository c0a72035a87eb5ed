// The upload panel (/ingest) in a real browser against the real server: set a key, upload a small generated
// text dump, watch it reach "done", then find its made-up word on the search page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ApiSearch } from './fixtures.ts';
import { artifact, openSession, type Browser, type Server, type Session } from './harness.ts';
import { resultsSettled } from './page.ts';

/** A word no dictionary and no report has: finding it proves the upload was indexed. */
const MARKER = 'quorvelliant';
const TITLE = 'Harbour Lanterns Survey';
/** Extraction, repair and indexing of a two-paragraph file take seconds; a minute means it is stuck. */
const DONE_TIMEOUT_MS = 60_000;

const DUMP = [
  'Harbour lanterns return to the old quay',
  'By Jane Roe',
  '',
  `The harbour board said on Tuesday that the lanterns along the old quay would be lit again after a winter of repairs. Fishermen had asked for the ${MARKER} lamps to be restored before the spring tides, when the channel narrows and the sandbanks shift.`,
  '',
  'Volunteers from the rowing club painted the posts and replaced the glass, and the board promised to publish the cost of the work once the accounts for the season are closed.',
  '',
].join('\n');

describe('upload panel (e2e)', { timeout: 240_000 }, () => {
  let session: Session | undefined;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let api: <T>(p: string) => Promise<T>;
  let dir: string;
  let file: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-e2e-upload-'));
    file = path.join(dir, 'harbour-lanterns.txt');
    fs.writeFileSync(file, DUMP);
    session = await openSession();
    ({ server, browser, page, api } = session);
  });

  after(async () => {
    await session?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the marker word is not in the archive before the upload', async () => {
    assert.equal((await api<ApiSearch>(`/api/search?q=${MARKER}`)).total, 0);
  });

  test('with a key, a text dump uploads, reaches "done" and its words are searchable', async () => {
    await page.goto(`${server.baseUrl}/ingest`);
    await page.getByRole('button', { name: 'Enter an API key' }).click();
    await page.fill('#key-input', server.key);
    await page.getByRole('button', { name: 'Save for this session' }).click();
    // The header asks the server whose key it is (GET /api/keys/me) and names its owner.
    await page.waitForFunction((name) => document.getElementById('key-button')?.title === `${name} · annotator`, server.keyName);
    await page.setInputFiles('#up-file', file);
    await page.fill('#up-title', TITLE);
    await page.getByRole('button', { name: 'Upload' }).click();
    const status = page.locator('.upload-status');
    await page.locator('.upload-status.status-done').waitFor({ timeout: DONE_TIMEOUT_MS });
    assert.equal(await status.locator('strong').textContent(), TITLE);
    assert.equal(await status.locator('.badge').textContent(), 'done');
    assert.equal(await page.locator('.upload-out .notice.error').count(), 0);
    assert.equal(await page.inputValue('#up-title'), '', 'the form is cleared once the upload is accepted');
    assert.equal(await page.locator('#up-file').evaluate((el) => (el as HTMLInputElement).files?.length ?? 0), 0);
    await page.screenshot({ path: artifact('ingest.png') });

    const expected = await api<ApiSearch>(`/api/search?q=${MARKER}`);
    assert.equal(expected.total, 1, 'the API finds the one paragraph with the marker');
    await status.getByRole('link', { name: 'Search the archive' }).click();
    await page.fill('#q', MARKER);
    await resultsSettled(page, 1);
    const hit = page.locator(`.hit-link[data-id="${expected.hits[0]!.id}"]`);
    assert.ok(((await hit.textContent()) ?? '').includes(MARKER));
    assert.deepEqual((await hit.locator('mark').allTextContents()).map((m) => m.toLowerCase()), [MARKER]);
    assert.deepEqual(browser.errors, [], 'no console errors (CSP violations would show here)');
  });

  test('without a key, the page explains what a key is for instead of a form that can only fail; the link is hidden', async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(`${server.baseUrl}/ingest`);
    await fresh.getByRole('heading', { name: 'Add a report' }).waitFor();
    assert.equal(await fresh.locator('#up-file').count(), 0, 'no upload form without a key');
    assert.equal(await fresh.locator('#ingest-link').isVisible(), false, 'no "Add a report" link in the header without a key');
    await fresh.getByRole('button', { name: 'Enter your key to upload' }).click();
    assert.equal(await fresh.evaluate(() => (document.getElementById('key-dialog') as HTMLDialogElement).open), true);
    await fresh.fill('#key-input', server.key);
    await fresh.getByRole('button', { name: 'Save for this session' }).click();
    await fresh.locator('#up-file').waitFor();
    assert.equal(await fresh.locator('#ingest-link').isVisible(), true, 'the link shows once a key is set');
    await fresh.close();
  });
});
