// Extraction benchmark: median time of the whole pipeline on the bundled report and on a dev-set dump of
// another publisher's layout, against a baseline measured in the same run (reading the file and splitting it
// into lines), so the ratio is stable on a noisy machine. Speed goals are printed here, never unit-tested.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readText } from '../src/extract/readText.ts';
import { extractDocument } from '../src/pipeline.ts';
import { loadLexicon } from '../src/lexicon.ts';

/** Documents timed, each with its goal (median ms) when it has one. */
const FILES: { file: string; targetMs?: number }[] = [
  { file: 'corpus/kazakhstan-elections-special-report.txt', targetMs: 100 },
  { file: 'tests/fixtures/dev/dev1-meridian-review.txt' },
];
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

/** CPU ms of the process (all its threads): unlike wall time, waiting for a busy machine's cores does not count. */
function cpuTime(f: () => unknown): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function benchFile(file: string, lexicon: ReturnType<typeof loadLexicon>, targetMs?: number): void {
  const text = readFileSync(file, 'utf8');
  const once = () => extractDocument(readText(text, file), { id: 'bench' }, { lexicon });
  once(); // warm-up: JIT and lexicon
  const pipeline = Array.from({ length: RUNS }, () => time(once));
  const cpu = Array.from({ length: RUNS }, () => cpuTime(once));
  const baseline = Array.from({ length: RUNS }, () => time(() => readText(text, file)));
  const doc = once();
  const med = median(pipeline);
  const goal = targetMs === undefined ? '' : ` (target < ${targetMs} ms) ${med < targetMs ? 'OK' : 'OVER'}`;
  console.log(`extract: ${doc.paragraphs.length} paragraphs, ${doc.articles.length} articles from ${file}`);
  console.log(`extract: pipeline median ${med.toFixed(1)} ms over ${RUNS} runs (p90 ${[...pipeline].sort((a, b) => a - b)[Math.floor(RUNS * 0.9)]!.toFixed(1)} ms)${goal}`);
  console.log(`extract: pipeline CPU median ${median(cpu).toFixed(1)} ms (steadier than wall time on a loaded machine)`);
  console.log(`extract: baseline (read + split lines) median ${median(baseline).toFixed(2)} ms; ratio ${(med / Math.max(median(baseline), 0.001)).toFixed(0)}x`);
}

export async function run(): Promise<void> {
  const lexicon = loadLexicon();
  for (const { file, targetMs } of FILES) benchFile(file, lexicon, targetMs);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
