#!/usr/bin/env node
// Build the web page: web/src → web/dist (hashed JS and CSS, index.html, favicon).
// Usage: node scripts/build-web.mjs [--if-possible] [--quiet]
//   --if-possible  exit 0 with a warning when esbuild is absent (a production install without dev deps).
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile, copyFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
const dist = path.join(web, 'dist');
const args = new Set(process.argv.slice(2));
const log = (msg) => args.has('--quiet') || process.stdout.write(msg + '\n');

/** The budget the issue sets for the first load of JavaScript. */
const JS_BUDGET_BYTES = 100 * 1024;

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
  const result = await esbuild.build({
    entryPoints: [
      { in: path.join(web, 'src/main.ts'), out: 'app' },
      { in: path.join(web, 'src/styles.css'), out: 'app' },
    ],
    outdir: path.join(dist, 'assets'),
    entryNames: '[name]-[hash]',
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020', 'chrome90', 'firefox90', 'safari15'],
    sourcemap: 'linked',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((f) => path.relative(dist, path.resolve(root, f)));
  const js = outputs.find((f) => f.endsWith('.js'));
  const css = outputs.find((f) => f.endsWith('.css'));
  if (!js || !css) throw new Error('build-web: esbuild produced no JS or CSS');
  const html = (await readFile(path.join(web, 'index.html'), 'utf8')).replace('{{js}}', '/' + js).replace('{{css}}', '/' + css);
  await writeFile(path.join(dist, 'index.html'), html);
  await copyFile(path.join(web, 'favicon.svg'), path.join(dist, 'favicon.svg'));
  const report = await sizes(js, css);
  await writeFile(path.join(dist, 'build.json'), JSON.stringify({ files: { js: '/' + js, css: '/' + css }, sizes: report }, null, 2) + '\n');
  log(`build-web: ${js} ${kb(report.js.bytes)} (${kb(report.js.gzip)} gzip), ${css} ${kb(report.css.bytes)} (${kb(report.css.gzip)} gzip)`);
  if (report.js.bytes > JS_BUDGET_BYTES) throw new Error(`build-web: JS is ${kb(report.js.bytes)}, over the ${kb(JS_BUDGET_BYTES)} budget`);
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
