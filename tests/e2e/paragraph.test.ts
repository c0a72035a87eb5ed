// The permalink page in a real browser against the real server: context, citation, article view, annotations.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { middleWords, pickTarget, type ApiHit, type ApiSearch } from './fixtures.ts';
import { artifact, openSession, type Browser, type Server, type Session } from './harness.ts';
import { resultsSettled } from './page.ts';

const XSS_NOTE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> checked against the record';

interface ApiArticle {
  paragraphs: ApiHit[];
}

describe('paragraph page (e2e)', { timeout: 240_000 }, () => {
  let session: Session | undefined;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let api: <T>(p: string) => Promise<T>;
  let target: ApiHit;

  before(async () => {
    session = await openSession();
    ({ server, browser, page, api } = session);
    target = pickTarget((await api<ApiSearch>('/api/search?q=&sort=document&limit=100&fields=citation')).hits).hit;
  });

  after(async () => {
    await session?.close();
  });

  test('the permalink shows the paragraph with its neighbours, speakers and the question it answers', async () => {
    const ctx = await api<{ previous: ApiHit | null; next: ApiHit | null }>(`/api/paragraphs/${target.id}`);
    await page.goto(`${server.baseUrl}/p/${target.id}`);
    await page.locator('#para-text').waitFor();
    assert.equal(await page.locator('#para-text').textContent(), target.text);
    assert.deepEqual(await page.locator('.para-speakers .chip').allTextContents(), target.speakers);
    const context = await page.locator('.context-text').allTextContents();
    for (const n of [ctx.previous, ctx.next]) if (n) assert.ok(context.includes(n.text), `neighbour ${n.id} is shown`);
    const question = await questionFor(api, target);
    if (question) {
      const label = page.locator('.context', { hasText: 'In answer to' });
      assert.equal(await label.locator('.context-text').textContent(), question.text);
    }
  });

  test('"Copy citation" copies the plain and the Markdown citation and says so', async () => {
    await page.goto(`${server.baseUrl}/p/${target.id}`);
    const plain = page.getByRole('button', { name: 'Copy citation' });
    await plain.click();
    await page.getByRole('button', { name: 'Copied ✓' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), target.citation.text);
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await page.waitForFunction((md) => navigator.clipboard.readText().then((t) => t === md), target.citation.markdown);
  });

  test('"Open the article" shows the whole article in order with this paragraph in view', async () => {
    const article = await api<ApiArticle>(`/api/articles/${target.article!.id}`);
    await page.goto(`${server.baseUrl}/p/${target.id}`);
    await page.getByRole('link', { name: 'Open the article' }).click();
    await page.waitForURL(`**/a/${target.article!.id}#${target.id}`);
    await page.locator('.article-para').first().waitFor();
    const ids = await page.locator('.article-para').evaluateAll((els) => els.map((e) => e.id));
    assert.deepEqual(ids, article.paragraphs.map((p) => p.id));
    const inView = await page.locator(`[id="${target.id}"]`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.classList.contains('target') && r.top < window.innerHeight && r.bottom > 0;
    });
    assert.ok(inView, 'the paragraph is highlighted and scrolled into view');
  });

  test('annotate with a key: the note appears as text, highlighted, and counted in search', async () => {
    await page.goto(`${server.baseUrl}/p/${target.id}`);
    await page.getByRole('button', { name: 'Enter an API key' }).click();
    await page.fill('#key-input', server.key);
    await page.getByRole('button', { name: 'Save for this session' }).click();
    const quote = await selectWords(page, middleWords(target.text));
    await page.fill('#anno-note', XSS_NOTE);
    await page.fill('#anno-tags', 'e2e, probe');
    await page.selectOption('#anno-verdict', 'misleading');
    await page.getByRole('button', { name: 'Save annotation' }).click();
    const item = page.locator('.annotation').first();
    await item.waitFor();
    assert.equal(await item.locator('.annotation-note').textContent(), XSS_NOTE);
    assert.equal(await item.locator('.annotation-quote').textContent(), quote);
    assert.deepEqual(await item.locator('.chip.tag').allTextContents(), ['#e2e', '#probe']);
    assert.equal(await item.locator('.verdict').textContent(), 'Misleading');
    assert.equal(await page.locator('.annotations img, .annotations script').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.equal(await page.locator('#para-text mark').textContent(), quote);
    await page.screenshot({ path: artifact('paragraph.png') });
    const href = (await item.getByRole('link', { name: 'Fact-check page' }).getAttribute('href')) ?? '';
    const review = await page.request.get(new URL(`/api/annotations/${href.split('/').pop()}/claimreview`, server.baseUrl).href);
    assert.equal((await review.json()).claimReviewed, quote);
    await page.goto(`${server.baseUrl}/?annotated=1`);
    await resultsSettled(page, 1);
    const hit = page.locator(`.hit-link[data-id="${target.id}"]`);
    assert.equal(await hit.locator('.anno-count').textContent(), '1 note');
    assert.equal(await hit.locator('.verdict').textContent(), 'Misleading');
    await page.goto(`${server.baseUrl}/`);
    await page.locator('.facet-option', { hasText: 'Misleading' }).locator('input').check();
    await resultsSettled(page, 1);
    assert.deepEqual(new URL(page.url()).searchParams.getAll('verdict'), ['misleading']);
    await page.locator('.facet-option', { hasText: 'False' }).locator('input').check();
    await resultsSettled(page, 1);
    await page.locator('.facet-option', { hasText: 'Misleading' }).locator('input').uncheck();
    await resultsSettled(page, 0);
  });

  test('edit and delete your own annotation', async () => {
    await page.goto(`${server.baseUrl}/p/${target.id}`);
    const item = page.locator('.annotation').first();
    await item.getByRole('button', { name: 'Edit' }).click();
    await page.selectOption('#anno-verdict', 'false');
    await page.getByRole('button', { name: 'Update annotation' }).click();
    await item.locator('.verdict', { hasText: 'False' }).waitFor();
    page.once('dialog', (d) => void d.accept());
    await item.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No annotation yet.').waitFor();
    const search = await api<ApiSearch>(`/api/search?q=&annotated=true`);
    assert.equal(search.total, 0);
  });

  test('Edit and Delete show on your own notes only (the key\'s owner comes from /api/keys/me); an admin key shows them on all', async () => {
    const other = server.addKey('e2e colleague', 'annotator');
    const admin = server.addKey('e2e editor', 'admin');
    const source = target.citation.permalink;
    const mine = await postNote(server.baseUrl, server.key, source, 'mine');
    const theirs = await postNote(server.baseUrl, other, source, 'theirs');
    // A fresh tab that has saved nothing yet: what is "yours" must come from the server, not from your own writes.
    const tab = await browser.context.newPage();
    await tab.goto(`${server.baseUrl}/p/${target.id}`);
    await tab.locator('.annotation').nth(1).waitFor();
    const editable = () => tab.locator('.annotation', { has: tab.getByRole('button', { name: 'Edit' }) }).locator('.annotation-note').allTextContents();
    assert.deepEqual(await editable(), [], 'no key: no Edit');
    const useKey = async (key: string, deletable: number) => {
      await tab.locator('#key-button').click();
      await tab.fill('#key-input', key);
      await tab.getByRole('button', { name: 'Save for this session' }).click();
      await tab.waitForFunction((n) => document.querySelectorAll('.annotation .link-button.danger').length === n, deletable);
    };
    await useKey(server.key, 1);
    assert.deepEqual(await editable(), ['mine']);
    assert.equal(await tab.locator('.annotation', { hasText: 'theirs' }).getByRole('button', { name: 'Delete' }).count(), 0);
    const seen = browser.errors.length;
    await useKey('vbk_not-a-real-key', 0);
    assert.equal(await tab.locator('#key-button').textContent(), 'Key refused');
    // The refused key's 401s are expected console errors; anything else stays for the last test to report.
    browser.errors.push(...browser.errors.splice(seen).filter((e) => !/status of 401/.test(e)));
    await useKey(admin, 2);
    assert.deepEqual((await editable()).sort(), ['mine', 'theirs']);
    await tab.close();
    for (const id of [mine, theirs]) assert.equal((await fetch(id, { method: 'DELETE', headers: { Authorization: `Bearer ${admin}` } })).status, 204);
  });

  test('a stale edit is refused (If-Match) and shows the newer version; "Keep my edit" merges the changed field only', async () => {
    const id = await postNote(server.baseUrl, server.key, target.citation.permalink, 'first wording');
    await page.goto(`${server.baseUrl}/p/${target.id}`);
    await page.locator('#key-button').click();
    await page.fill('#key-input', server.key);
    await page.getByRole('button', { name: 'Save for this session' }).click();
    const item = page.locator('.annotation', { hasText: 'first wording' });
    await item.getByRole('button', { name: 'Edit' }).click();
    // Someone else (same key, another tab) changes the note meanwhile.
    const elsewhere = await fetch(id, { method: 'PATCH', headers: { Authorization: `Bearer ${server.key}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ note: 'changed elsewhere' }) });
    assert.equal(elsewhere.status, 200);
    const seen = browser.errors.length;
    await page.fill('#anno-tags', 'merged');
    await page.getByRole('button', { name: 'Update annotation' }).click();
    const conflict = page.locator('.conflict');
    await conflict.waitFor();
    assert.match((await conflict.textContent()) ?? '', /changed elsewhere/);
    await conflict.getByRole('button', { name: 'Keep my edit' }).click();
    await page.getByRole('button', { name: 'Update annotation' }).click();
    await page.locator('.annotation', { hasText: 'changed elsewhere' }).locator('.chip.tag', { hasText: '#merged' }).waitFor();
    const saved = (await (await fetch(id, { headers: { Authorization: `Bearer ${server.key}` } })).json()) as { body: { value: string; purpose: string }[] };
    assert.deepEqual(saved.body.map((b) => b.value).sort(), ['changed elsewhere', 'merged'], 'their note and my tag: nothing lost');
    browser.errors.push(...browser.errors.splice(seen).filter((e) => !/status of 412/.test(e)));
    assert.equal((await fetch(id, { method: 'DELETE', headers: { Authorization: `Bearer ${server.key}` } })).status, 204);
  });

  test('without a key, saving asks for one', async () => {
    const fresh = await browser.context.newPage();
    await fresh.goto(`${server.baseUrl}/p/${target.id}`);
    await fresh.fill('#anno-note', 'no key');
    await fresh.getByRole('button', { name: 'Save annotation' }).click();
    assert.equal(await fresh.evaluate(() => (document.getElementById('key-dialog') as HTMLDialogElement).open), true);
    await fresh.close();
    assert.deepEqual(browser.errors, [], 'no console errors (CSP violations would show here)');
  });
});

/** A whole-paragraph note posted through the API with `key`; its id (a URL). */
async function postNote(baseUrl: string, key: string, source: string, note: string): Promise<string> {
  const body = { type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value: note }, target: source };
  const res = await fetch(`${baseUrl}/api/annotations`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal(res.status, 201, await res.clone().text());
  return ((await res.json()) as { id: string }).id;
}

/** The nearest question before an answer in its article, from the API. */
async function questionFor(api: <T>(p: string) => Promise<T>, hit: ApiHit): Promise<ApiHit | null> {
  if (hit.kind !== 'answer' || !hit.article) return null;
  const { paragraphs } = await api<ApiArticle>(`/api/articles/${hit.article.id}`);
  const at = paragraphs.findIndex((p) => p.id === hit.id);
  return paragraphs.slice(0, at).reverse().find((p) => p.kind === 'question') ?? null;
}

/** Select text in the paragraph with the mouse, from the first to the last character of a range. */
async function selectWords(page: Page, range: { start: number; end: number }): Promise<string> {
  // The page fills in what comes before the paragraph (the question it answers) after it renders: measure the
  // words only once nothing is loading, or a late insert moves them from under the mouse.
  await page.waitForLoadState('networkidle');
  // No named inner functions in page code: tsx would wrap them in a helper the page does not have.
  const box = await page.evaluate(({ start, end }) => {
    const text = document.getElementById('para-text')!.firstChild!;
    const r = document.createRange();
    r.setStart(text, start);
    r.setEnd(text, start + 1);
    const a = r.getBoundingClientRect();
    r.setStart(text, end - 1);
    r.setEnd(text, end);
    const b = r.getBoundingClientRect();
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, range);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
  const shown = (await page.locator('#anno-quote q').textContent()) ?? '';
  const expected = await page.evaluate(({ start, end }) => document.getElementById('para-text')!.textContent!.slice(start, end), range);
  assert.equal(shown, expected.trim());
  return shown;
}
