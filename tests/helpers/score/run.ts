// Extract and score in-process: the same path as `verbatim extract FILE --json` (extractAny + toContract, read
// back through JSON), without a subprocess per file. Used by scripts/score.ts and the dev-set tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toContract } from '../../../src/commands/extract.ts';
import { extractAny } from '../../../src/documents/load.ts';
import { checkExtract, type CheckResult, type Gold } from './checkExtract.ts';
import { checkReal, type RealChecks, type RealResult } from './checkReal.ts';

type Json = Record<string, unknown>;

/** The parsed JSON that `verbatim extract FILE --json` prints. */
export async function extractJson(file: string): Promise<Json> {
  const doc = await extractAny(file, { inWorker: false });
  return JSON.parse(JSON.stringify(toContract(doc))) as Json;
}

export interface Pair { name: string; form: 'pdf' | 'txt' | 'raw'; gold: string; file: string }

const FORMS = [['pdf', '.pdf'], ['txt', '.txt'], ['raw', '.raw.txt']] as const;

/** Every (document, form) of a folder, as score-docs.py lists them: NAME.gold.json (or NAME-gold.json) sorted. */
export function pairs(dir: string): Pair[] {
  const golds = readdirSync(dir).filter((f) => !f.startsWith('.') && f.endsWith('gold.json')).map((f) => path.join(dir, f));
  const out: Pair[] = [];
  for (const gold of golds.sort(byCodePoint)) {
    const stem = gold.replace(/[.-]gold\.json$/, '');
    for (const [form, ext] of FORMS) {
      if (existsSync(stem + ext)) out.push({ name: path.basename(stem), form, gold, file: stem + ext });
    }
  }
  return out;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export interface PairScore { pair: Pair; result?: CheckResult; error?: string }

export async function scorePair(pair: Pair): Promise<PairScore> {
  const gold = readJson<Gold>(pair.gold);
  let out: Json;
  try {
    out = await extractJson(pair.file);
  } catch (e) {
    return { pair, error: e instanceof Error ? e.message : String(e) };
  }
  return { pair, result: checkExtract(gold, out) };
}

/** Extract every real PDF named in checks.json (beside it) and run the checks. */
export async function scoreReal(checksFile: string): Promise<RealResult> {
  const checks = readJson<RealChecks>(checksFile);
  const outs = new Map<string, Json>();
  for (const d of checks.docs) outs.set(d.file, await extractJson(path.join(path.dirname(checksFile), d.file)));
  return checkReal(checks, outs);
}
