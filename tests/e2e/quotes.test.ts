// Quotes in a real browser against the real server: marked in the text with their speaker, each with its own
// citation, `#q-…` scrolling to the quote, the speaker page, and the speaker facet's link to it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { artifact, openSession, type Server, type Session } from './harness.ts';
import { resultsSettled } from './page.ts';

interface Quote { id: string; text: string; start: number; end: number; speaker: string; permalink: string; citation: { text: string } }
interface QuoteItem extends Quote { paragraph: { id: string } }
interface ParagraphJson { paragraph: { id: string; text: string; quotes: Quote[] }; quote?: Quote }

describe('quotes (e2e)', { timeout: 240_000 }, () => {
  let session: Session | undefined;
  let server: Server;
  let page: Page;
  let api: <T>(p: string) => Promise<T>;
  let speaker: string;
  let quotes: QuoteItem[];
  let paragraph: ParagraphJson['paragraph'];

  before(async () => {
    session = await openSession();
    ({ server, page, api } = session);
    // The speaker quoted most often, found through the API (never copied from the corpus).
    const speakers = await api<Array<{ name: string; roles: string[] }>>('/api/speakers');
    const counts = await Promise.all(speakers.filter((s) => s.roles.includes('quoted')).map(async (s) => ({ s, list: await api<{ total: number; quotes: QuoteItem[] }>(`/api/quotes?speaker=${encodeURIComponent(s.name)}&limit=100`) })));
    const best = counts.sort((a, b) => b.list.total - a.list.total)[0];
    assert.ok(best && best.list.total > 0, 'the bundled report has quoted speakers');
    speaker = best.s.name;
    quotes = best.list.quotes;
    paragraph = (await api<ParagraphJson>(`/api/paragraphs/${quotes[0]!.paragraph.id}`)).paragraph;
  });

  after(async () => {
    await session?.close();
  });

  test('quotes are marked in the paragraph text with their speaker, on hover and focus and for screen readers', async () => {
    await page.goto(`${server.baseUrl}/p/${paragraph.id}`);
    await page.locator('#para-text').waitFor();
    assert.equal(await page.locator('#para-text').textContent(), paragraph.text, 'marking adds no characters to the text');
    const marked = page.locator('#para-text q.quote-span');
    assert.equal(await marked.count(), paragraph.quotes.length);
    for (const [i, q] of paragraph.quotes.entries()) {
      const el = marked.nth(i);
      assert.equal(await el.textContent(), q.text);
      const described = await el.evaluate((node) => document.getElementById(node.getAttribute('aria-describedby') ?? '')?.textContent);
      assert.equal(described, `Quoted: ${q.speaker}`, 'screen readers hear who is quoted');
    }
    const first = marked.first();
    const label = () => first.evaluate((node) => getComputedStyle(node, '::after').content);
    assert.notEqual(await label(), JSON.stringify(paragraph.quotes[0]!.speaker), 'no label before hover or focus');
    await first.hover();
    assert.equal(await label(), JSON.stringify(paragraph.quotes[0]!.speaker), 'hover shows the speaker');
    await page.locator('.para-current').screenshot({ path: artifact('quotes.png') });
    fs.mkdirSync('docs/screenshots', { recursive: true });
    fs.copyFileSync(artifact('quotes.png'), 'docs/screenshots/quotes.png');
    await page.mouse.move(0, 0);
    await page.keyboard.press('Tab'); // into the page; then focus the quote the way the keyboard does
    await first.focus();
    assert.equal(await label(), JSON.stringify(paragraph.quotes[0]!.speaker), 'focus shows the speaker');
  });

  test('each quote has its own "Copy quote citation"; /p/:id#q-… scrolls to and highlights the quote', async () => {
    const q = paragraph.quotes[paragraph.quotes.length - 1]!;
    const expected = (await api<ParagraphJson>(`/api/paragraphs/${paragraph.id}?quote=${q.id}`)).quote!;
    assert.match(expected.citation.text, new RegExp(`^${speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, quoted in “`));
    await page.goto(`${server.baseUrl}/p/${paragraph.id}#q-${q.id}`);
    const target = page.locator(`#q-${q.id}`);
    await target.waitFor();
    await page.waitForFunction((id) => document.activeElement?.id === id, `q-${q.id}`);
    assert.ok(await target.evaluate((el) => el.classList.contains('is-target')), 'the quote is highlighted');
    assert.ok(await target.isVisible());
    await page.screenshot({ path: artifact('quote-target.png') });
    const item = page.locator(`.quote-item[data-quote="${q.id}"]`);
    await item.getByRole('button', { name: 'Copy quote citation' }).click();
    await item.getByRole('button', { name: 'Copied ✓' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected.citation.text);
    assert.ok(expected.citation.text.endsWith(`/p/${paragraph.id}#q-${q.id}`), 'the citation ends with the quote permalink');
  });

  test('the speaker page lists all their quotes in order, each linking to it in context', async () => {
    await page.goto(`${server.baseUrl}/speakers/${encodeURIComponent(speaker)}`);
    await page.locator('.speaker-quote').first().waitFor();
    assert.equal(await page.locator('h1').textContent(), speaker);
    assert.deepEqual(await page.locator('.speaker-quote-text q').allTextContents(), quotes.map((q) => q.text));
    await page.screenshot({ path: artifact('speaker.png'), fullPage: true });
    const last = quotes[quotes.length - 1]!;
    await page.locator('.speaker-quote').last().getByRole('link', { name: 'In context' }).click();
    await page.waitForFunction((id) => document.activeElement?.id === id, `q-${last.id}`);
    assert.equal(new URL(page.url()).pathname, `/p/${last.paragraph.id}`);
    const missing = await page.goto(`${server.baseUrl}/speakers/Nobody%20Atall`);
    assert.equal(missing?.status(), 200, 'the page itself loads; it says the speaker is unknown');
    await page.getByRole('heading', { name: 'Speaker not found' }).waitFor();
  });

  test('the speaker facet links to the speaker page; hits through a speaker show their quote', async () => {
    await page.goto(`${server.baseUrl}/?speaker=${encodeURIComponent(speaker)}`);
    const link = page.getByRole('link', { name: `${speaker}: speaker page` });
    await link.waitFor();
    assert.ok((await page.locator('.hit-snippet q.quote-span').count()) > 0, 'a hit shows the quote, marked');
    assert.ok((await page.locator('.speaking-note').allTextContents()).some((t) => t.includes(`${speaker}: quoted`)));
    await link.click();
    await page.locator('h1', { hasText: speaker }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/speakers/${encodeURIComponent(speaker)}`);
  });

  test('"Only their quotes" searches with role=quoted, shown as a removable filter', async () => {
    const expected = await api<{ total: number }>(`/api/search?q=&speaker=${encodeURIComponent(speaker)}&role=quoted&limit=0`);
    const all = await api<{ total: number }>(`/api/search?q=&speaker=${encodeURIComponent(speaker)}&limit=0`);
    await page.goto(`${server.baseUrl}/speakers/${encodeURIComponent(speaker)}`);
    await page.getByRole('link', { name: 'Only their quotes' }).click();
    await resultsSettled(page, expected.total);
    assert.deepEqual(new URL(page.url()).searchParams.getAll('role'), ['quoted']);
    await page.getByRole('button', { name: 'Remove filter Speaking as: quoted' }).click();
    await resultsSettled(page, all.total);
  });
});
