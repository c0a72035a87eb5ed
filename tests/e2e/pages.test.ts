// The pages a fact-checker uses beyond search, in a real browser against the real server: the printed page of an
// uploaded PDF, notes beside the text, the lists of reports and speakers, exports, the fact-check page,
// ownership by key id, the keyboard path to a saved note, the phone layout, dark mode.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { pickTarget, type ApiHit, type ApiSearch } from './fixtures.ts';
import { artifact, openSession, type Browser, type Server, type Session } from './harness.ts';
import { resultsSettled } from './page.ts';

/** A dev-set report (invented, set by one house style) as the printed PDF a user uploads. */
const DEV_PDF = path.resolve('tests/fixtures/dev/dev1-meridian-review.pdf');
const DONE_TIMEOUT_MS = 120_000;

interface Region { page: number; x: number; y: number; w: number; h: number }
interface FullParagraph extends ApiHit { regions?: Region[]; quotes: { text: string; speaker: string; start: number; end: number }[] }
interface LibraryEntry { id: string; title: string; pages?: number; paragraphs?: number; annotations: number; articles: { id: string; title: string }[]; file: { url: string; kind: string } | null }

describe('pages beyond search (e2e)', { timeout: 480_000 }, () => {
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

  const useKey = (p: Page, key: string) => p.evaluate((k) => sessionStorage.setItem('verbatim.apiKey', k), key);
  const post = async (key: string, body: unknown) => {
    const res = await fetch(`${server.baseUrl}/api/annotations`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(res.status, 201, await res.clone().text());
    return ((await res.json()) as { id: string }).id.split('/').pop()!;
  };
  const note = (paragraph: string, text: string, extra: Record<string, unknown> = {}) => ({ paragraph, note: text, ...extra });

  test('the upload page takes a dev-set PDF, clears its form, and the paragraph shows on its printed page with its region outlined', async () => {
    await page.goto(`${server.baseUrl}/`);
    await useKey(page, server.key);
    await page.goto(`${server.baseUrl}/ingest`);
    await page.setInputFiles('#up-file', DEV_PDF);
    await page.fill('#up-title', 'Dev PDF for the page view');
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.locator('.upload-status.status-done').waitFor({ timeout: DONE_TIMEOUT_MS });
    assert.equal(await page.inputValue('#up-title'), '', 'the form is clear after a successful upload');

    const { documents } = await api<{ documents: LibraryEntry[] }>('/api/documents');
    const doc = documents.find((d) => d.title === 'Dev PDF for the page view');
    assert.ok(doc?.file, 'the uploaded PDF is listed with its file');
    const file = await fetch(server.baseUrl + doc.file.url);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.deepEqual(Buffer.from(await file.arrayBuffer()), fs.readFileSync(DEV_PDF), 'GET /api/documents/:id/file serves the original bytes');

    const paragraphs = (await Promise.all(doc.articles.map((a) => api<{ paragraphs: FullParagraph[] }>(`/api/articles/${a.id}`)))).flatMap((a) => a.paragraphs);
    const quoted = paragraphs.find((p) => p.regions?.length === 1 && p.quotes.some((q) => q.text.split(' ').length >= 4));
    assert.ok(quoted, 'a paragraph of the PDF on one page with a quote');
    const region = quoted.regions![0]!;
    const quote = quoted.quotes.find((q) => q.text.split(' ').length >= 4)!;

    const chunks: string[] = [];
    page.on('request', (r) => chunks.push(new URL(r.url()).pathname));
    await page.goto(`${server.baseUrl}/p/${quoted.id}`);
    await page.locator('#para-text').waitFor();
    assert.equal(chunks.filter((c) => /pageView|pdf\.worker/.test(c)).length, 0, 'pdf.js is not loaded with the page');
    await page.getByRole('button', { name: 'View on the page' }).click();
    await page.locator('.printed[data-ready="true"]').waitFor({ timeout: 30_000 });
    assert.ok(chunks.some((c) => /\/assets\/pageView-/.test(c)), 'the page-view chunk is loaded when asked');

    const outline = await page.locator('.page-region').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const canvas = el.closest('.page-figure')!.querySelector('canvas')!;
      const c = canvas.getBoundingClientRect();
      const ctx = canvas.getContext('2d')!;
      const sx = canvas.width / c.width;
      const data = ctx.getImageData((r.left - c.left) * sx, (r.top - c.top) * sx, Math.max(1, r.width * sx), Math.max(1, r.height * sx)).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) ink++;
      return { left: r.left - c.left, top: r.top - c.top, width: r.width, height: r.height, ink };
    });
    const pageWidthPt = await page.evaluate(() => Number((document.querySelector('.page-figure') as HTMLElement).style.width.replace('px', '')));
    assert.ok(outline.width > 20 && outline.height > 5, `the region is outlined (${outline.width}×${outline.height})`);
    assert.ok(outline.ink > 50, `text is printed inside the outlined region (${outline.ink} dark pixels)`);
    const k = outline.width / region.w;
    assert.ok(Math.abs(outline.left / k - region.x) < 2 && Math.abs(outline.top / k - region.y) < 2, 'the outline sits where the API says the paragraph is printed');
    assert.ok(pageWidthPt > 0);

    await page.selectOption('#printed-quote', { label: `“${quote.text.length > 70 ? quote.text.slice(0, 67) + '…' : quote.text}” — ${quote.speaker}` });
    await page.locator('.page-quote').first().waitFor();
    const inside = await page.evaluate(() => {
      const r = document.querySelector('.page-region')!.getBoundingClientRect();
      return [...document.querySelectorAll('.page-quote')].every((q) => {
        const b = q.getBoundingClientRect();
        return b.left >= r.left - 4 && b.right <= r.right + 4 && b.top >= r.top - 8 && b.bottom <= r.bottom + 8;
      });
    });
    assert.ok(inside, 'the highlighted quote lies inside the paragraph region');
    await page.evaluate(() => {
      document.querySelector('.printed')!.scrollIntoView();
      window.scrollBy(0, -(document.querySelector('.topbar') as HTMLElement).offsetHeight - 8);
    });
    await page.screenshot({ path: artifact('page-view.png') });
  });

  test('the reading view shows notes beside the text, numbered on their highlights, and quotes marked with speakers', async () => {
    const article = await api<{ id: string; paragraphs: FullParagraph[] }>(`/api/articles/${target.article!.id}`);
    const p = article.paragraphs.find((x) => x.id === target.id)!;
    const words = p.text.split(' ').slice(2, 6).join(' ');
    const id = await post(server.key, note(p.id, 'Matches the published record.', { selector: { exact: words }, verdict: 'mostly-true' }));
    await page.goto(`${server.baseUrl}/a/${article.id}#${p.id}`);
    const item = page.locator(`#anno-${id}`);
    await item.waitFor();
    assert.equal(await item.locator('.annotation-note').textContent(), 'Matches the published record.');
    const mark = page.locator(`[id="${p.id}"] mark[aria-describedby="anno-${id}"]`);
    assert.equal(await mark.textContent(), words);
    const number = await mark.getAttribute('data-note');
    assert.equal(await item.locator('.note-number').textContent(), `Note ${number}`, 'the highlight and its note carry the same number');
    const boxes = await page.evaluate((pid) => {
      const text = document.getElementById(pid)!.querySelector('.article-text')!.getBoundingClientRect();
      const notes = document.getElementById(pid)!.querySelector('.article-notes')!.getBoundingClientRect();
      return { textRight: text.right, notesLeft: notes.left, textTop: text.top, notesTop: notes.top };
    }, p.id);
    assert.ok(boxes.notesLeft >= boxes.textRight, 'the note sits beside the text, in the margin');
    const withQuotes = article.paragraphs.filter((x) => x.quotes.some((q) => x.text.slice(q.start, q.end) === q.text));
    for (const x of withQuotes.slice(0, 3)) {
      const speakers = await page.locator(`[id="${x.id}"] .quote-span[data-speaker]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-speaker')));
      assert.deepEqual(speakers, x.quotes.filter((q) => x.text.slice(q.start, q.end) === q.text).map((q) => q.speaker));
    }
    await page.screenshot({ path: artifact('reading-view.png') });
  });

  test('/documents lists every report with its figures and links to its articles; /speakers lists everyone', async () => {
    const { documents } = await api<{ documents: LibraryEntry[] }>('/api/documents');
    const health = await api<{ documents: number }>('/health');
    assert.equal(documents.length, health.documents, 'the corpus report and the upload are both listed');
    await page.goto(`${server.baseUrl}/documents`);
    await page.locator('.doc-card').first().waitFor();
    assert.equal(await page.locator('.doc-card').count(), documents.length);
    const first = documents[0]!;
    const card = page.locator(`[id="doc-${first.id}"]`);
    assert.equal(await card.locator('.doc-title').textContent(), first.title);
    const figures = await card.locator('dd').allTextContents();
    assert.deepEqual(figures, [first.pages, first.articles.length, first.paragraphs, first.annotations].map((n) => n!.toLocaleString('en')));
    await card.getByRole('link', { name: first.articles[0]!.title }).click();
    await page.waitForURL(`**/a/${first.articles[0]!.id}`);
    await page.locator('.article-para').first().waitFor();

    const speakers = await api<{ name: string; paragraphs: number; roles: string[] }[]>('/api/speakers');
    await page.goto(`${server.baseUrl}/speakers`);
    await page.locator('.speaker-table tbody tr').first().waitFor();
    assert.equal(await page.locator('.speaker-table tbody tr').count(), speakers.length);
    const row = page.locator('.speaker-table tbody tr').first();
    assert.equal(await row.locator('a').getAttribute('href'), `/speakers/${encodeURIComponent(speakers[0]!.name)}`);
    assert.equal(await row.locator('td.num').textContent(), speakers[0]!.paragraphs.toLocaleString('en'));
  });

  test('exports: CSV, JSON-LD and Markdown of the notes under the verdict filter', async () => {
    await post(server.key, note(target.id, 'An unrelated remark.'));
    await page.goto(`${server.baseUrl}/?verdict=mostly-true`);
    await page.locator('.export').waitFor();
    const get = async (label: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export').getByRole('link', { name: label, exact: true }).click()]);
      return fs.readFileSync((await download.path())!, 'utf8');
    };
    const csv = await get('CSV');
    assert.equal(csv.trim().split('\r\n').length, 2, 'a header and the one mostly-true note');
    assert.match(csv, /Matches the published record\./);
    assert.doesNotMatch(csv, /An unrelated remark/);
    const jsonld = JSON.parse(await get('JSON-LD')) as { type: string; items?: { body: { value: string }[] }[]; first?: { items: unknown[] } };
    assert.match(JSON.stringify(jsonld), /Matches the published record/);
    assert.doesNotMatch(JSON.stringify(jsonld), /An unrelated remark/);
    const md = await get('Markdown');
    assert.match(md, /^# Annotations/);
    assert.match(md, /Matches the published record\\?\./);
    assert.match(md, /\*\*mostly-true\*\*/);
  });

  test('the fact-check page /a/:id embeds ClaimReview JSON-LD whose url is the page itself', async () => {
    const id = await post(server.key, note(target.id, 'The figure was 12, not 20.', { selector: { exact: target.text.split(' ').slice(0, 5).join(' ') }, verdict: 'false' }));
    const html = await (await fetch(`${server.baseUrl}/a/${id}`, { headers: { Accept: 'text/html' } })).text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    assert.equal(scripts.length, 1, 'one JSON-LD block in the served HTML');
    assertClaimReview(scripts[0]!, `${server.baseUrl}/a/${id}`, target.text.split(' ').slice(0, 5).join(' '));
    await page.goto(`${server.baseUrl}/a/${id}`);
    await page.locator('.factcheck .claim').waitFor();
    assert.equal(await page.locator('.factcheck .claim').textContent(), target.text.split(' ').slice(0, 5).join(' '));
    assert.equal(await page.locator('.factcheck .verdict').textContent(), 'False');
    const inPage = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>);
    assertClaimReview(inPage, `${server.baseUrl}/a/${id}`, target.text.split(' ').slice(0, 5).join(' '));
  });

  test('ownership is by key id: a second key with the same name sees no Edit/Delete; a failed Delete says so beside the note', async () => {
    const twinA = server.addKey('Same Name', 'annotator');
    const twinB = server.addKey('Same Name', 'annotator');
    const id = await post(twinA, note(target.id, 'written by twin A'));
    const tab = await browser.context.newPage();
    await tab.goto(`${server.baseUrl}/`);
    await useKey(tab, twinB);
    await tab.goto(`${server.baseUrl}/p/${target.id}`);
    const item = tab.locator(`#anno-${id}`);
    await item.waitFor();
    await tab.waitForFunction(() => document.getElementById('key-button')?.title.startsWith('Same Name'));
    await tab.reload();
    await item.waitFor();
    assert.equal(await item.getByRole('button').count(), 0, 'same display name, other key: no Edit or Delete');
    await useKey(tab, twinA);
    await tab.reload();
    await item.getByRole('button', { name: /^Delete note \d+ on the whole paragraph$/ }).waitFor();
    assert.equal(await item.getByRole('button', { name: /^Edit note \d+ on the whole paragraph$/ }).count(), 1, 'Edit and Delete are named with their note');
    assert.equal((await fetch(`${server.baseUrl}/api/annotations/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${twinA}` } })).status, 204);
    tab.once('dialog', (d) => void d.accept());
    const seen = browser.errors.length;
    await item.getByRole('button', { name: /^Delete/ }).click();
    await item.locator('.action-status').filter({ hasText: /./ }).waitFor();
    assert.match((await item.locator('.action-status').textContent()) ?? '', /annotation|not|found/i);
    assert.equal(await tab.locator('.annotate .form-status').textContent(), '', 'nothing in the Annotate form');
    browser.errors.splice(seen); // the 404 of the failed Delete is expected
    await tab.close();
  });

  test('keyboard: from / to a saved note without the mouse, with words chosen by keyboard', async () => {
    const query = target.text.split(' ').filter((w) => /^[A-Za-z]{6,}$/.test(w))[0]!;
    const expected = await api<ApiSearch>(`/api/search?q=${encodeURIComponent(query)}`);
    await page.goto(`${server.baseUrl}/`);
    await useKey(page, server.key);
    await page.goto(`${server.baseUrl}/`);
    await page.locator('.facet-option input').first().focus();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q', '/ works from a filter checkbox');
    await page.keyboard.type(query);
    await resultsSettled(page, expected.total);
    const index = expected.hits.findIndex((h) => h.id === target.id);
    assert.ok(index >= 0);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/p/${target.id}`);
    await page.locator('#para-text').waitFor();
    const focusOn = async (accept: () => Promise<boolean>, what: string) => {
      for (let i = 0; i < 60; i++) {
        if (await accept()) return;
        await page.keyboard.press('Tab');
      }
      assert.fail(`Tab never reached ${what}`);
    };
    await focusOn(() => page.evaluate(() => document.activeElement?.closest('.quote-picker') !== null && document.activeElement?.tagName === 'SUMMARY'), 'the word chooser');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // first sentence
    const sentence = (await page.locator('#anno-quote q').textContent()) ?? '';
    assert.ok(sentence.length > 0 && target.text.startsWith(sentence), `the first sentence is quoted: ${sentence}`);
    await focusOn(() => page.evaluate(() => document.activeElement?.id === 'anno-note'), 'the note');
    await page.keyboard.type('Typed without a mouse.');
    await focusOn(() => page.evaluate(() => document.activeElement?.textContent === 'Save annotation'), 'Save');
    await page.keyboard.press('Enter');
    const saved = page.locator('.annotation', { hasText: 'Typed without a mouse.' });
    await saved.waitFor();
    assert.equal(await saved.locator('.annotation-quote').textContent(), sentence);
  });

  test('keyboard: Next focuses the first new hit; "Skip to results" jumps past the filters', async () => {
    const second = await api<ApiSearch>('/api/search?q=&sort=document&limit=20&offset=20');
    await page.goto(`${server.baseUrl}/`);
    await page.locator('.hit-link').first().waitFor();
    await page.getByRole('button', { name: 'Next →' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-id') === id, second.hits[0]!.id);
    await page.goto(`${server.baseUrl}/`);
    await page.locator('.hit-link').first().waitFor();
    await page.locator('#q').focus();
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.classList.contains('skip-results'))); i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to results');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('hit-link')), true);
  });

  test('small things: no TEXT label on body paragraphs, verdict counts, a speaker\'s paragraphs whole, dark mode', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.locator('.hit-link').first().waitFor();
    assert.equal(await page.locator('.hit .badge.kind-body').count(), 0, 'body paragraphs carry no kind label');
    const counts = await page.locator('.facet-option', { hasText: 'Mostly true' }).locator('.facet-count').textContent();
    assert.equal(counts, '1', 'the verdict filter shows its count');
    const speaker = target.speakers[0]!;
    const all = await api<ApiSearch>(`/api/search?q=&speaker=${encodeURIComponent(speaker)}&sort=document&limit=20&fields=text`);
    await page.goto(`${server.baseUrl}/?speaker=${encodeURIComponent(speaker)}`);
    await resultsSettled(page, all.total);
    assert.deepEqual(await page.locator('.hit-snippet').allTextContents(), all.hits.map((h) => h.text), 'everything the person said, whole');
    await page.emulateMedia({ colorScheme: 'dark' });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    assert.ok(r! + g! + b! < 120, `dark background in dark mode (${bg})`);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('phone: a small header with the placeholder whole, Cite and Annotate near the top, filters that keep results in view', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${server.baseUrl}/`);
    await phone.locator('.hit-link').first().waitFor();
    const header = await phone.locator('.topbar').boundingBox();
    assert.ok(header && header.height <= 110, `the sticky header is small (${header?.height} px)`);
    const fits = await phone.evaluate(() => {
      const input = document.getElementById('q') as HTMLInputElement;
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      return ctx.measureText(input.placeholder).width <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    });
    assert.ok(fits, 'the placeholder is not cut off');
    await phone.locator('.facets-toggle > summary').click();
    const headings = await phone.getByText('Filters', { exact: true }).evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);
    assert.equal(headings, 1, 'the filter panel names itself once');
    const kind = phone.locator('.facet-option', { hasText: 'Answer' }).locator('input');
    await kind.check();
    await phone.waitForURL(/kind=answer/);
    await phone.locator('.results[aria-busy="false"]').waitFor();
    const hitTop = await phone.locator('.hit-link').first().evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(hitTop < 844, `the first result stays on screen after a tick (${hitTop})`);
    await phone.goto(`${server.baseUrl}/p/${target.id}`);
    await phone.locator('.annotate').waitFor();
    const positions = await phone.evaluate(() => ({
      cite: document.querySelector('.cite')!.getBoundingClientRect().top + scrollY,
      annotate: document.querySelector('.annotate')!.getBoundingClientRect().top + scrollY,
      list: document.querySelector('.annotations')!.getBoundingClientRect().top + scrollY,
      text: document.getElementById('para-text')!.getBoundingClientRect().bottom + scrollY,
    }));
    assert.ok(positions.cite > positions.text && positions.cite < positions.list && positions.annotate < positions.list, `Cite and Annotate come right after the paragraph (${JSON.stringify(positions)})`);
    await phone.close();
    assert.deepEqual(browser.errors, [], 'no console errors (CSP violations would show here)');
  });
});

/** Google's ClaimReview requirements: schema.org context and type, url, claimReviewed, a Rating, the reviewer. */
function assertClaimReview(cr: Record<string, unknown>, url: string, claim: string): void {
  assert.equal(cr['@context'], 'https://schema.org');
  assert.equal(cr['@type'], 'ClaimReview');
  assert.equal(cr.url, url, 'url points at the fact-check page');
  assert.equal(cr.claimReviewed, claim);
  assert.match(String(cr.datePublished), /^\d{4}-\d{2}-\d{2}$/);
  const rating = cr.reviewRating as Record<string, unknown>;
  assert.equal(rating['@type'], 'Rating');
  assert.ok(Number(rating.ratingValue) >= Number(rating.worstRating) && Number(rating.ratingValue) <= Number(rating.bestRating));
  assert.equal(typeof rating.alternateName, 'string');
  assert.equal((cr.author as Record<string, unknown>)['@type'], 'Person');
  const item = cr.itemReviewed as Record<string, unknown>;
  assert.equal(item['@type'], 'Claim');
  assert.match(String((item.appearance as Record<string, unknown>).url), /\/p\//);
}
