// The web router over HTTP (no browser): what it serves, to whom, with which headers, and the JS budget.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { createWebRouter, webParagraphPage } from '../../src/http/web.ts';
import { buildWeb } from './harness.ts';

/** The budget for the JavaScript of the first load. */
const JS_BUDGET_BYTES = 100 * 1024;
const DIST = path.resolve('web/dist');

function app(): express.Express {
  const a = express();
  a.use(helmet());
  const page = webParagraphPage();
  a.get('/p/:id', (req, res, next) => (req.accepts(['html', 'json']) === 'json' ? res.json({ id: req.params.id }) : page({} as never, req, res, next)));
  a.use(createWebRouter());
  a.use((_req, res) => res.status(404).json({ error: { code: 'not_found', message: 'no route' } }));
  return a;
}

describe('web router', () => {
  before(() => buildWeb());

  test('the page is served for its routes to browsers, with no inline script', async () => {
    for (const url of ['/', '/?q=x', '/a/a_1', '/ingest', '/p/p_1']) {
      const res = await request(app()).get(url).set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
      assert.equal(res.status, 200, url);
      assert.match(res.type, /html/);
      assert.equal(res.headers['cache-control'], 'no-cache');
      const scripts = [...res.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      assert.ok(scripts.length > 0 && scripts.every((s) => /\bsrc="\/assets\/app-[\w-]+\.js"/.test(s)), `${url}: only external scripts`);
    }
  });

  test('JSON clients are not given the page', async () => {
    assert.deepEqual((await request(app()).get('/p/p_1').set('Accept', 'application/json')).body, { id: 'p_1' });
    assert.equal((await request(app()).get('/').set('Accept', 'application/json')).status, 404);
  });

  test('the CSP allows our own script and style, and drops upgrade-insecure-requests on plain http', async () => {
    const csp = (await request(app()).get('/').set('Accept', 'text/html')).headers['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /style-src 'self'/);
    assert.doesNotMatch(csp, /upgrade-insecure-requests/);
    assert.doesNotMatch(csp, /unsafe-eval/);
  });

  test('hashed assets are served with a long cache life, unknown ones are 404', async () => {
    const build = (JSON.parse(fs.readFileSync(path.join(DIST, 'build.json'), 'utf8')) as { files: { js: string; css: string } }).files;
    for (const [file, type] of [[build.js, /javascript/], [build.css, /css/]] as const) {
      const res = await request(app()).get(file);
      assert.equal(res.status, 200, file);
      assert.match(res.type, type);
      assert.match(res.headers['cache-control'] ?? '', /immutable/);
    }
    assert.equal((await request(app()).get('/assets/app-NOPE.js')).status, 404);
    assert.equal((await request(app()).get('/favicon.svg')).status, 200);
  });

  test(`the first load stays under ${JS_BUDGET_BYTES / 1024} kB of JavaScript`, async () => {
    const html = (await request(app()).get('/').set('Accept', 'text/html')).text;
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    const bytes = scripts.reduce((sum, src) => sum + fs.statSync(path.join(DIST, src)).size, 0);
    assert.ok(bytes > 0 && bytes < JS_BUDGET_BYTES, `JS on first load: ${bytes} bytes`);
  });
});
