// PDF benchmark: pages per second of the layout-aware reader plus the repair stage (layout and repair cost),
// against pdf-parse's plain getText() on the same files in the same run (target: at most 1.5x its time).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { PDFParse } from 'pdf-parse';
import { readPdf } from '../src/extract/pdf/readPdf.ts';
import { repairDocument } from '../src/repair/index.ts';
import { loadLexicon } from '../src/lexicon.ts';

const FILES = [
  'tests/fixtures/pdfs/democracyplus_newspaper.pdf',
  'tests/fixtures/pdfs/federal-register-2020-17221.pdf',
  'tests/fixtures/pdfs/tracemonkey.pdf',
  'tests/fixtures/pdfs/scotus_15-674_us-v-texas_transcript.pdf',
];
const RUNS = 3;
/** Repair and layout may cost at most this much more than plain text extraction. */
const TARGET_RATIO = 1.5;

async function plain(bytes: Buffer): Promise<number> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).total;
  } finally {
    await parser.destroy();
  }
}

async function repaired(bytes: Buffer, file: string, lexicon: ReturnType<typeof loadLexicon>): Promise<number> {
  const raw = await readPdf(bytes, file);
  repairDocument(raw, { lexicon });
  return raw.pages.length;
}

/** Best wall time, and best CPU time (all threads of the process; steadier than wall time on a loaded machine). */
async function best(f: () => Promise<number>): Promise<{ ms: number; cpuMs: number; pages: number }> {
  let ms = Infinity;
  let cpuMs = Infinity;
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    pages = await f();
    const c = process.cpuUsage(c0);
    ms = Math.min(ms, performance.now() - t0);
    cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
  }
  return { ms, cpuMs, pages };
}

export async function run(): Promise<void> {
  const lexicon = loadLexicon();
  let plainMs = 0;
  let oursMs = 0;
  let plainCpu = 0;
  let oursCpu = 0;
  let pages = 0;
  for (const file of FILES) {
    const bytes = readFileSync(file);
    await plain(bytes); // warm-up: module load and JIT
    await repaired(bytes, file, lexicon);
    const p = await best(() => plain(bytes));
    const o = await best(() => repaired(bytes, file, lexicon));
    plainMs += p.ms;
    oursMs += o.ms;
    plainCpu += p.cpuMs;
    oursCpu += o.cpuMs;
    pages += o.pages;
    console.log(`pdf: ${file.split('/').pop()}: ${o.pages} pages, plain ${(p.pages / p.ms * 1000).toFixed(0)} p/s, repaired ${(o.pages / o.ms * 1000).toFixed(0)} p/s, ratio ${(o.ms / p.ms).toFixed(2)}x`);
  }
  const ratio = oursMs / plainMs;
  console.log(`pdf: all ${pages} pages: plain ${(pages / plainMs * 1000).toFixed(0)} p/s, repaired ${(pages / oursMs * 1000).toFixed(0)} p/s, ratio ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x) ${ratio <= TARGET_RATIO ? 'OK' : 'OVER'}`);
  console.log(`pdf: all ${pages} pages: CPU time ratio ${(oursCpu / plainCpu).toFixed(2)}x (plain ${plainCpu.toFixed(0)} ms, repaired ${oursCpu.toFixed(0)} ms)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
