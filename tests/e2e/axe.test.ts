// axe-core on every page of the web app, at desktop and phone widths: no serious or critical violation.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { pickTarget, type ApiHit, type ApiSearch } from './fixtures.ts';
import { openSession, type Server, type Session } from './harness.ts';

const AXE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
/** What the issue bars: serious and critical findings (minor and moderate ones are reported, not failed). */
const BARRED = new Set(['serious', 'critical']);

interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Run axe in the page (evaluated through the DevTools protocol, so the page's CSP does not apply). */
async function scan(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

describe('accessibility: axe on every page (e2e)', { timeout: 300_000 }, () => {
  let session: Session | undefined;
  let server: Server;
  let page: Page;
  let target: ApiHit;
  let annotationId: string;
  let speaker: string;

  before(async () => {
    session = await openSession();
    ({ server, page } = session);
    const all = await session.api<ApiSearch>('/api/search?q=&sort=document&limit=100&fields=citation');
    target = pickTarget(all.hits).hit;
    speaker = target.speakers[0]!;
    const body = { paragraph: target.id, note: 'Checked against the record.', verdict: 'mixed', selector: { exact: target.text.split(' ').slice(1, 5).join(' ') } };
    const res = await fetch(`${server.baseUrl}/api/annotations`, { method: 'POST', headers: { Authorization: `Bearer ${server.key}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    annotationId = ((await res.json()) as { id: string }).id.split('/').pop()!;
  });

  after(async () => {
    await session?.close();
  });

  /** Each page: its URL, what shows it is rendered, and what to do before the scan. */
  const pages = (): { name: string; url: string; ready: string; prepare?: (p: Page) => Promise<void> }[] => [
    { name: 'search', url: '/?q=election', ready: '.results[aria-busy="false"] .hit-link' },
    { name: 'no results', url: '/?q=zzqxjv', ready: '.results[aria-busy="false"] .empty' },
    { name: 'paragraph', url: `/p/${target.id}`, ready: '.annotation' },
    { name: 'article', url: `/a/${target.article!.id}#${target.id}`, ready: '.article-notes .annotation' },
    { name: 'speaker', url: `/?speaker=${encodeURIComponent(speaker)}`, ready: '.results[aria-busy="false"] .hit-link' },
    { name: 'speakers', url: '/speakers', ready: '.speaker-table' },
    { name: 'speaker page', url: `/speakers/${encodeURIComponent(speaker)}`, ready: '.speaker-page' },
    { name: 'documents', url: '/documents', ready: '.doc-card' },
    { name: 'fact-check', url: `/a/${annotationId}`, ready: '.factcheck .claim' },
    { name: 'upload without a key', url: '/ingest', ready: 'main h1' },
    {
      name: 'upload with a key', url: '/ingest', ready: '#up-file',
      prepare: async (p) => {
        await p.evaluate((k) => sessionStorage.setItem('verbatim.apiKey', k), server.key);
        await p.reload();
      },
    },
    {
      name: 'key dialog', url: '/', ready: '.hit-link',
      prepare: async (p) => {
        await p.locator('#key-button').click();
        await p.locator('#key-dialog[open]').waitFor();
      },
    },
  ];

  for (const size of WIDTHS) {
    test(`no serious or critical violation at ${size.name} width (${size.width}×${size.height})`, async () => {
      await page.setViewportSize({ width: size.width, height: size.height });
      const failures: string[] = [];
      for (const p of pages()) {
        await page.goto(`${server.baseUrl}/`);
        await page.evaluate(() => sessionStorage.clear());
        await page.goto(server.baseUrl + p.url);
        await p.prepare?.(page);
        await page.locator(p.ready).first().waitFor();
        const found = await scan(page);
        for (const f of found) if (BARRED.has(f.impact)) failures.push(`${p.name}: ${f.impact} ${f.id} (${f.help}) at ${f.nodes.join(', ')}`);
      }
      assert.deepEqual(failures, []);
    });
  }

  test('negative control: the scan reports the kind of finding the issue named (label-content-name-mismatch)', async () => {
    await page.goto(`${server.baseUrl}/documents`);
    await page.locator('.doc-card').first().waitFor();
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.textContent = 'Key set';
      b.setAttribute('aria-label', 'API key of someone set for this session');
      document.querySelector('main')!.appendChild(b);
    });
    const found = await scan(page);
    assert.ok(found.some((f) => f.id === 'label-content-name-mismatch' && BARRED.has(f.impact)), JSON.stringify(found));
  });
});
