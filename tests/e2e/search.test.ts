// The search page in a real browser against the real server and corpus: highlighting, facets, keyboard, URL state.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { pickTarget, words, type ApiHit, type ApiSearch } from './fixtures.ts';
import { artifact, openSession, type Browser, type Server, type Session } from './harness.ts';
import { resultsSettled, totalShown } from './page.ts';

describe('search page (e2e)', { timeout: 240_000 }, () => {
  let session: Session | undefined;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let api: <T>(p: string) => Promise<T>;
  let target: { hit: ApiHit; phrase: string };
  /** A word of the target paragraph that also occurs in paragraphs of other speakers. */
  let word: string;
  let speaker: string;

  before(async () => {
    session = await openSession();
    ({ server, browser, page, api } = session);
    const all = await api<ApiSearch>('/api/search?q=&sort=document&limit=100&fields=citation');
    target = pickTarget(all.hits);
    speaker = target.hit.speakers[0]!;
    word = await wordWithOtherSpeakers(api, target.hit, speaker);
  });

  after(async () => {
    await session?.close();
  });

  test('a quoted phrase finds its paragraph, highlighted, and the query goes into the URL', async () => {
    const expected = await api<ApiSearch>(`/api/search?q=${encodeURIComponent(`"${target.phrase}"`)}`);
    assert.ok(expected.hits.some((h) => h.id === target.hit.id), 'the API finds the phrase');
    await page.goto(server.baseUrl + '/');
    await page.fill('#q', `"${target.phrase}"`);
    await resultsSettled(page, expected.total);
    const hit = page.locator(`.hit-link[data-id="${target.hit.id}"]`);
    await hit.waitFor();
    const marks = (await hit.locator('mark').allTextContents()).map((m) => m.toLowerCase());
    for (const w of target.phrase.toLowerCase().split(' ')) assert.ok(marks.some((m) => m.includes(w)), `"${w}" is highlighted in ${JSON.stringify(marks)}`);
    const shown = (await hit.locator('.hit-snippet').textContent()) ?? '';
    for (const part of shown.split('…').map((x) => x.trim()).filter(Boolean)) assert.ok(target.hit.text.includes(part), `snippet text "${part}" is the paragraph's own text (no entities, no tags)`);
    assert.equal(new URL(page.url()).searchParams.get('q'), `"${target.phrase}"`);
    assert.match((await hit.locator('.hit-article').textContent()) ?? '', new RegExp(escapeRe(target.hit.article!.title.slice(0, 20))));
    assert.ok((await hit.locator('.chip.speaker').allTextContents()).includes(speaker));
    assert.match((await hit.locator('.hit-where').textContent()) ?? '', new RegExp(`¶ ${target.hit.n}\\b`));
  });

  test('the URL is shareable: loading it shows the same results', async () => {
    const shared = page.url();
    const fresh = await browser.context.newPage();
    await fresh.goto(shared);
    await fresh.locator(`.hit-link[data-id="${target.hit.id}"]`).waitFor();
    assert.equal(await fresh.inputValue('#q'), `"${target.phrase}"`);
    await fresh.close();
  });

  test('filtering by the speaker changes the counts, and removing the filter restores them', async () => {
    const unfiltered = await api<ApiSearch>(`/api/search?q=${encodeURIComponent(word)}`);
    const filtered = await api<ApiSearch>(`/api/search?q=${encodeURIComponent(word)}&speaker=${encodeURIComponent(speaker)}`);
    await page.goto(`${server.baseUrl}/?q=${encodeURIComponent(word)}`);
    await resultsSettled(page, unfiltered.total);
    const option = page.locator('.facet-option', { hasText: speaker }).first();
    assert.equal(Number(await option.locator('.facet-count').textContent()), unfiltered.facets.speakers[speaker]);
    await option.locator('input').check();
    await resultsSettled(page, filtered.total);
    assert.ok(filtered.total < unfiltered.total, 'the speaker filter narrows the results');
    assert.equal(await totalShown(page), filtered.total);
    assert.deepEqual(new URL(page.url()).searchParams.getAll('speaker'), [speaker]);
    for (const chips of await page.locator('.hit').all()) assert.ok((await chips.locator('.chip.speaker').allTextContents()).includes(speaker));
    await page.screenshot({ path: artifact('search.png') });
    await page.getByRole('button', { name: `Remove filter ${speaker}` }).click();
    await resultsSettled(page, unfiltered.total);
  });

  test('an empty query with one speaker lists everything they said, in document order', async () => {
    const expected = await api<ApiSearch>(`/api/search?q=&speaker=${encodeURIComponent(speaker)}&sort=document&limit=20`);
    await page.goto(`${server.baseUrl}/?speaker=${encodeURIComponent(speaker)}`);
    await resultsSettled(page, expected.total);
    const ids = await page.locator('.hit-link').evaluateAll((links) => links.map((a) => a.getAttribute('data-id')));
    assert.deepEqual(ids, expected.hits.map((h) => h.id));
    assert.equal(await page.inputValue('#sort'), 'document');
  });

  test('paging: Next shows the following hits and puts the offset in the URL', async () => {
    const first = await api<ApiSearch>('/api/search?q=&sort=document&limit=20');
    const second = await api<ApiSearch>('/api/search?q=&sort=document&limit=20&offset=20');
    assert.ok(first.total > 20, 'the corpus has more than one page');
    await page.goto(server.baseUrl + '/');
    await resultsSettled(page, first.total);
    assert.match((await page.locator('.pager-range').textContent()) ?? '', new RegExp(`^1–20 of ${first.total}$`));
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.waitForURL(/[?&]from=20\b/);
    await page.locator(`.hit-link[data-id="${second.hits[0]!.id}"]`).waitFor();
    assert.equal(await page.locator('.hit-link').first().getAttribute('data-id'), second.hits[0]!.id);
  });

  test('keyboard: / focuses search, arrows move through hits, Enter opens one', async () => {
    await page.goto(server.baseUrl + '/');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
    const expected = await api<ApiSearch>(`/api/search?q=${encodeURIComponent(word)}`);
    await page.keyboard.type(word);
    await resultsSettled(page, expected.total);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    assert.equal(focused, expected.hits[1]?.id);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/p/${focused}`);
    await page.locator('#para-text').waitFor();
    await page.goBack();
    await resultsSettled(page, expected.total);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), focused, 'focus returns to the hit');
  });

  test('no match shows the empty state, and markup in the query stays text', async () => {
    const probe = '<img src=x onerror="window.__xss=1">zqxjvw';
    await page.goto(`${server.baseUrl}/?q=${encodeURIComponent(probe)}`);
    await page.getByText('No paragraph matches; try fewer words.').waitFor();
    assert.equal(await page.inputValue('#q'), probe);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.equal(await page.locator('main img').count(), 0);
  });

  test('a misspelling beyond typo tolerance: "Did you mean …?" offers the word, and one click searches it', async () => {
    const word = words(target.hit.text).map((w) => w.replace(/[^\p{L}]/gu, '')).find((w) => w.length >= 6 && w.length <= 8)!;
    const typo = word.slice(0, 2) + [...word.slice(2, 4)].reverse().join('') + 'q' + word.slice(4);
    const res = await api<ApiSearch & { suggestions: string[] }>(`/api/search?q=${encodeURIComponent(typo)}`);
    assert.equal(res.total, 0, `${typo} finds nothing`);
    assert.ok(res.suggestions.length > 0, `suggestions for ${typo}`);
    await page.goto(`${server.baseUrl}/?q=${encodeURIComponent(typo)}`);
    const first = page.locator('.suggestions button').first();
    await first.waitFor();
    assert.equal(await first.textContent(), res.suggestions[0]);
    await first.click();
    await page.locator('.hit').first().waitFor();
    assert.equal(new URL(page.url()).searchParams.get('q'), res.suggestions[0]);
  });

  test('landmarks and labels are in place, and the page fits a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseUrl}/?q=${encodeURIComponent(word)}`);
    await page.locator('.hit').first().waitFor();
    for (const role of ['banner', 'search', 'main', 'complementary'] as const) assert.equal(await page.getByRole(role).count(), 1, role);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')].filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label')).map((el) => el.outerHTML),
    );
    assert.deepEqual(unlabelled, []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling at phone width (overflow ${overflow}px)`);
    await page.screenshot({ path: artifact('search-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(browser.errors, [], 'no console errors (CSP violations would show here)');
  });
});

async function wordWithOtherSpeakers(api: <T>(p: string) => Promise<T>, hit: ApiHit, speaker: string): Promise<string> {
  const candidates = [...new Set(words(hit.text).map((w) => w.replace(/[^A-Za-z]/g, '')).filter((w) => w.length >= 5))];
  for (const w of candidates) {
    const all = await api<ApiSearch>(`/api/search?q=${encodeURIComponent(w)}&limit=0`);
    if ((all.facets.speakers[speaker] ?? 0) < all.total && all.total > 2) return w;
  }
  throw new Error(`no word of ${hit.id} also occurs in paragraphs not attributed to ${speaker}`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
