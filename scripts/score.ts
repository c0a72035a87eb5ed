// `npm run score [-- DIR ... --label TEXT --real --verbose --write-floors]`: score every document of the given
// folders (default tests/fixtures/dev) in-process, printing exactly what /work/shared/tools/score-docs.py prints:
// one line per document and form, then the summary line. Options:
//   --label TEXT     the summary line's label (default "documents")
//   --verbose        list each pair's misses under its line
//   --real           then run the real-PDF checks (tests/fixtures/real/checks.json), printed as check-real.py does
//   --write-floors   rewrite tests/fixtures/dev/floors.json from the current figures (dev set and real PDFs)
//   --write-heldout-floors  score tests/fixtures/heldout and rewrite its floors.json from the current figures
//   --check GOLD FILE  score one document (or one saved `verbatim extract --json` output) as check-extract.py does
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkExtract, reportLines, type CheckResult, type FigureKey, type Gold } from '../tests/helpers/score/checkExtract.ts';
import { realReportLines, type RealResult } from '../tests/helpers/score/checkReal.ts';
import { FLOORS_FILE, HELDOUT_DIR, HELDOUT_FLOORS_FILE, floorsFrom, heldoutFloorsFrom } from '../tests/helpers/score/floors.ts';
import { fmt0f } from '../tests/helpers/score/py.ts';
import { extractJson, pairs, readJson, scorePair, scoreReal, type PairScore } from '../tests/helpers/score/run.ts';

const DEFAULT_DIR = 'tests/fixtures/dev';
const REAL_CHECKS = 'tests/fixtures/real/checks.json';
/** The figures score-docs.py sums into its summary line, in its order. */
const FIGS: FigureKey[] = ['exact_core', 'speaker_core', 'kind', 'page', 'article', 'not_speaker'];

function pct(a: number, b: number): string {
  return b ? `${fmt0f((100 * a) / b)}%` : '-';
}

function lineOf(s: PairScore, verbose: boolean): string[] {
  const head = `${s.pair.name} ${s.pair.form}: `;
  if (!s.result) return [`${head}extract failed: ${`verbatim: ${s.error ?? ''}`.trim().slice(-120)}`];
  const lines = reportLines(s.result);
  return [head + lines[lines.length - 1], ...(verbose ? s.result.fails.map((f) => `  - ${f}`) : [])];
}

function summaryLine(scores: PairScore[], label: string): string {
  const tot = new Map(FIGS.map((k) => [k, [0, 0] as [number, number]]));
  const arts: [number, number] = [0, 0];
  for (const { pair, result } of scores) {
    if (!result) {
      const gold = readJson<Gold>(pair.gold);
      tot.get('exact_core')![1] += gold.sentences.filter((s) => (s.tier ?? 'core') === 'core').length;
      arts[1] += gold.articles.length;
      continue;
    }
    for (const k of FIGS) addTo(tot.get(k)!, result.figures[k]);
    addTo(arts, result.globals.articles_found);
  }
  const passed = scores.filter((s) => s.result?.pass).length;
  const figs = FIGS.map((k) => `${k.replace('exact_', '').replace('_core', '')} ${pct(tot.get(k)![0], tot.get(k)![1])}`);
  return `${label}: ${passed}/${scores.length} PASS · articles ${arts[0]}/${arts[1]} · ${figs.join(' · ')}`;
}

function addTo(acc: [number, number], [a, b]: [number, number]): void {
  acc[0] += a;
  acc[1] += b;
}

async function checkOne(gold: string, file: string, verbose: boolean): Promise<number> {
  const out = file.endsWith('.json') && !file.endsWith('gold.json') ? readJson<Record<string, unknown>>(file) : await extractJson(file);
  const r: CheckResult = checkExtract(readJson<Gold>(gold), out);
  process.stdout.write(reportLines(r, verbose).join('\n') + '\n');
  return r.pass ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: {
      label: { type: 'string', default: 'documents' }, real: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false }, 'write-floors': { type: 'boolean', default: false },
      check: { type: 'string' }, 'write-heldout-floors': { type: 'boolean', default: false },
    },
  });
  if (values.check) return checkOne(values.check, positionals[0] ?? '', values.verbose);
  if (values['write-floors'] && positionals.length) throw new Error('--write-floors scores the default folder only');
  const heldout = values['write-heldout-floors'];
  const dirs = heldout ? [HELDOUT_DIR] : positionals.length ? positionals : [DEFAULT_DIR];
  const scores: PairScore[] = [];
  for (const pair of dirs.flatMap(pairs)) {
    const s = await scorePair(pair);
    scores.push(s);
    process.stdout.write(lineOf(s, values.verbose).join('\n') + '\n');
  }
  process.stdout.write(summaryLine(scores, values.label) + '\n');
  let real: RealResult | undefined;
  if (values.real || values['write-floors']) real = await scoreReal(REAL_CHECKS);
  if (values.real && real) process.stdout.write(realReportLines(real).join('\n') + '\n');
  if (values['write-floors'] && real) {
    const dev = scores.map((s) => ({ name: s.pair.name, form: s.pair.form, result: s.result }));
    writeFileSync(FLOORS_FILE, JSON.stringify(floorsFrom(dev, real), null, 1) + '\n');
    process.stderr.write(`wrote ${FLOORS_FILE}\n`);
  }
  if (heldout) {
    const docs = scores.map((s) => ({ name: s.pair.name, form: s.pair.form, result: s.result }));
    writeFileSync(HELDOUT_FLOORS_FILE, JSON.stringify(heldoutFloorsFrom(docs), null, 1) + '\n');
    process.stderr.write(`wrote ${HELDOUT_FLOORS_FILE}\n`);
  }
  return scores.length && scores.every((s) => s.result?.pass) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
