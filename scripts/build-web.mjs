#!/usr/bin/env node
// Build the web page: web/src → web/dist (hashed JS and CSS, index.html, favicon).
// Usage: node scripts/build-web.mjs [--if-possible] [--quiet]
//   --if-possible  exit 0 with a warning when esbuild is absent (a production install without dev deps).
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile, copyFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
const dist = path.join(web, 'dist');
const args = new Set(process.argv.slice(2));
const log = (msg) => args.has('--quiet') || process.stdout.write(msg + '\n');

/** The budget the issue sets for the first load of JavaScript (gzip), pdf.js not in it. */
const JS_BUDGET_BYTES = 100 * 1024;
/** pdf.js (the "View on the page" chunk): its legacy build runs in every browser the page targets. */
const PDFJS_DIR = path.join(root, 'node_modules/pdfjs-dist/legacy/build');
const PDFJS_FONTS = path.join(root, 'node_modules/pdfjs-dist/standard_fonts');

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch (err) {
    if (!args.has('--if-possible')) throw err;
    const kept = await stat(path.join(dist, 'index.html')).then(() => true, () => false);
    process.stderr.write(`build-web: esbuild is not installed; ${kept ? 'keeping the existing web/dist' : 'the web page will not be served'}\n`);
    return null;
  }
}

async function main() {
  const esbuild = await loadEsbuild();
  if (!esbuild) return;
  await rm(dist, { recursive: true, force: true });
  const pdf = await copyPdfjsAssets();
  const result = await esbuild.build({
    entryPoints: [
      { in: path.join(web, 'src/main.ts'), out: 'app' },
      { in: path.join(web, 'src/styles.css'), out: 'app' },
    ],
    outdir: path.join(dist, 'assets'),
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true, // dynamic import() (the page view and pdf.js) becomes a chunk loaded only when asked
    minify: true,
    format: 'esm',
    target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
    supported: { 'top-level-await': true },
    define: { __PDF_WORKER__: JSON.stringify(pdf.worker), __PDF_FONTS__: JSON.stringify(pdf.fonts) },
    sourcemap: 'linked',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const rel = (f) => path.relative(dist, path.resolve(root, f));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((f) => f.endsWith('.js') && outputs[f].entryPoint?.endsWith('main.ts'));
  const cssOut = Object.keys(outputs).find((f) => f.endsWith('.css'));
  if (!entry || !cssOut) throw new Error('build-web: esbuild produced no JS or CSS');
  const js = rel(entry);
  const css = rel(cssOut);
  const firstLoad = staticClosure(outputs, entry).map(rel);
  const lazy = Object.keys(outputs).filter((f) => f.endsWith('.js')).map(rel).filter((f) => !firstLoad.includes(f));
  const html = (await readFile(path.join(web, 'index.html'), 'utf8')).replace('{{js}}', '/' + js).replace('{{css}}', '/' + css);
  await writeFile(path.join(dist, 'index.html'), html);
  await copyFile(path.join(web, 'favicon.svg'), path.join(dist, 'favicon.svg'));
  const report = await sizes(js, css);
  const first = await total(firstLoad);
  const files = { js: '/' + js, css: '/' + css, firstLoad: firstLoad.map((f) => '/' + f), lazy: lazy.map((f) => '/' + f), pdfWorker: pdf.worker };
  await writeFile(path.join(dist, 'build.json'), JSON.stringify({ files, sizes: { ...report, firstLoadJs: first } }, null, 2) + '\n');
  log(`build-web: first load ${firstLoad.length} JS file(s) ${kb(first.bytes)} (${kb(first.gzip)} gzip), ${css} ${kb(report.css.bytes)} (${kb(report.css.gzip)} gzip); ${lazy.length} lazy chunk(s)`);
  if (first.gzip > JS_BUDGET_BYTES) throw new Error(`build-web: first-load JS is ${kb(first.gzip)} gzip, over the ${kb(JS_BUDGET_BYTES)} budget`);
}

/** The JS files a browser fetches before the page runs: the entry and what it imports statically. */
function staticClosure(outputs, entry) {
  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const imp of outputs[queue.shift()].imports ?? []) {
      if (imp.kind !== 'import-statement' || imp.external || seen.has(imp.path)) continue;
      seen.add(imp.path);
      queue.push(imp.path);
    }
  }
  return [...seen];
}

async function total(files) {
  const sum = { bytes: 0, gzip: 0 };
  for (const f of files) {
    const data = await readFile(path.join(dist, f));
    sum.bytes += data.length;
    sum.gzip += gzipSync(data).length;
  }
  return sum;
}

/** The pdf.js worker (hashed, as it is) and its standard fonts, for the page view. */
async function copyPdfjsAssets() {
  const assets = path.join(dist, 'assets');
  await mkdir(assets, { recursive: true });
  const data = await readFile(path.join(PDFJS_DIR, 'pdf.worker.min.mjs'));
  const name = `pdf.worker-${createHash('sha256').update(data).digest('hex').slice(0, 8).toUpperCase()}.js`;
  await writeFile(path.join(assets, name), data);
  await cp(PDFJS_FONTS, path.join(assets, 'pdf-fonts'), { recursive: true });
  return { worker: '/assets/' + name, fonts: '/assets/pdf-fonts/' };
}

async function sizes(js, css) {
  const measure = async (file) => {
    const data = await readFile(path.join(dist, file));
    return { bytes: data.length, gzip: gzipSync(data).length, sha256: createHash('sha256').update(data).digest('hex').slice(0, 16) };
  };
  return { js: await measure(js), css: await measure(css) };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

await mkdir(dist, { recursive: true });
main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
