// The web page's first load: the JavaScript a browser fetches before the page runs stays under 100 kB gzip, and
// pdf.js (the "View on the page" chunk and its worker) is not part of it. Measured on web/dist as built now.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, test } from 'node:test';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve('web/dist');
/** The budget for the first load of JavaScript, gzip. */
const BUDGET_GZIP = 100 * 1024;
/** Names only pdf.js defines: a file holding one of them holds pdf.js. */
const PDFJS_MARKERS = ['GlobalWorkerOptions', 'PDFDocumentProxy', 'pdfjsVersion'];

let entry = '';

before(() => {
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--quiet'], { stdio: 'inherit' });
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  assert.equal(scripts.length, 1, 'index.html loads one script');
  entry = scripts[0]!;
});

/** The entry and every module it imports statically (what the browser fetches before the page runs). */
function firstLoad(start: string): string[] {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    const code = fs.readFileSync(path.join(DIST, file), 'utf8');
    // Static imports only: `import … from"./x.js"` and `import"./x.js"`; `import("./x.js")` is loaded on demand.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g)) {
      const dep = path.posix.join(path.posix.dirname(file), m[1]!);
      if (!seen.has(dep)) (seen.add(dep), queue.push(dep));
    }
  }
  return [...seen];
}

test('first-load JavaScript is under 100 kB gzip', () => {
  const files = firstLoad(entry);
  const gzip = files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(DIST, f))).length, 0);
  console.log(`first load: ${files.join(', ')}: ${(gzip / 1024).toFixed(1)} kB gzip`);
  assert.ok(gzip < BUDGET_GZIP, `${gzip} bytes gzip`);
});

test('pdf.js is not in the first load, and is in a chunk the page imports on demand', () => {
  const files = firstLoad(entry);
  for (const f of files) {
    const code = fs.readFileSync(path.join(DIST, f), 'utf8');
    for (const marker of PDFJS_MARKERS) assert.ok(!code.includes(marker), `${f} contains ${marker}`);
  }
  const all = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `/assets/${f}`);
  const lazy = all.filter((f) => !files.includes(f) && !/pdf\.worker/.test(f));
  const withPdf = lazy.filter((f) => PDFJS_MARKERS.some((m) => fs.readFileSync(path.join(DIST, f), 'utf8').includes(m)));
  assert.equal(withPdf.length, 1, `one lazy chunk holds pdf.js: ${lazy.join(', ')}`);
  const dynamic = files.some((f) => fs.readFileSync(path.join(DIST, f), 'utf8').includes(`import("./${path.posix.basename(withPdf[0]!)}")`));
  assert.ok(dynamic, 'the first load imports that chunk with import(), on demand');
});
