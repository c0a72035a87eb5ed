// Extraction benchmark: median time of the whole pipeline on the bundled report, against a baseline
// measured in the same run (reading the file and splitting it into lines), so the ratio is stable
// on a noisy machine.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readText } from '../src/extract/readText.ts';
import { extractDocument } from '../src/pipeline.ts';
import { loadLexicon } from '../src/lexicon.ts';

const FILE = 'corpus/kazakhstan-elections-special-report.txt';
const RUNS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

export async function run(): Promise<void> {
  const lexicon = loadLexicon();
  const text = readFileSync(FILE, 'utf8');
  const once = () => extractDocument(readText(text, FILE), { id: 'bench' }, { lexicon });
  once(); // warm-up: JIT and lexicon
  const pipeline = Array.from({ length: RUNS }, () => time(once));
  const baseline = Array.from({ length: RUNS }, () => time(() => readText(text, FILE)));
  const doc = once();
  console.log(`extract: ${doc.paragraphs.length} paragraphs, ${doc.articles.length} articles from ${FILE}`);
  console.log(`extract: pipeline median ${median(pipeline).toFixed(1)} ms over ${RUNS} runs (p90 ${[...pipeline].sort((a, b) => a - b)[Math.floor(RUNS * 0.9)]!.toFixed(1)} ms)`);
  console.log(`extract: baseline (read + split lines) median ${median(baseline).toFixed(2)} ms; ratio ${(median(pipeline) / Math.max(median(baseline), 0.001)).toFixed(0)}x`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
