// A faithful port of /work/shared/tools/check-real.py: hand-written checks on real PDFs against extractions
// (the parsed JSON of `verbatim extract FILE --json`). Same verdicts, same printed lines. Pure: no fs.
import { casefold, collapseWs, pyLen, pyRepr, pySlice, pySorted, pyStrip, truthy } from './py.ts';

export interface RealCheck {
  type: 'sentence' | 'speaker' | 'article';
  text?: string;
  title?: string;
  sep?: string;
  speaker?: string;
  aliases?: string[];
}
export interface RealDoc { file: string; checks: RealCheck[] }
export interface RealChecks { docs: RealDoc[] }

type Json = Record<string, unknown>;

export interface CheckVerdict { check: RealCheck; ok: boolean; why: string }
export interface RealDocResult { file: string; passed: number; total: number; verdicts: CheckVerdict[] }
export interface RealResult { docs: RealDocResult[]; passed: number; total: number }

export function norm(s: string): string {
  return pyStrip(collapseWs(s.normalize('NFC')));
}

function list(x: unknown): Json[] {
  return Array.isArray(x) ? (x as Json[]) : [];
}

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

function evaluateArticle(check: RealCheck, out: Json): [boolean, string] {
  const want = casefold(norm(check.title ?? ''));
  const titles = list(out.articles).map((a) => str(a.title));
  const hit = titles.some((t) => casefold(norm(t)) === want);
  return [hit, hit ? 'found' : `no article with that title; titles: ${pyRepr(titles.slice(0, 5))}`];
}

function speakersIn(holders: Json[], t: string): Set<string> {
  const got = new Set<string>();
  for (const p of holders) {
    for (const s of list(p.speakers) as unknown[]) got.add(s as string);
    for (const q of list(p.quotes)) {
      const qt = norm(str(q.text));
      if (qt && (t.includes(qt) || qt.includes(t))) got.add(truthy(q.speaker) ? (q.speaker as string) : '');
    }
  }
  return got;
}

/** One check against one extraction: [passed, why]. */
export function evaluate(check: RealCheck, out: Json): [boolean, string] {
  if (check.type === 'article') return evaluateArticle(check, out);
  const t = norm(check.text ?? '');
  let holders = list(out.paragraphs).filter((p) => norm(str(p.text)).includes(t));
  if (!holders.length) return [false, 'not whole in any paragraph'];
  if (truthy(check.sep)) {
    const sep = norm(check.sep!);
    const ok = holders.filter((p) => !norm(str(p.text)).includes(sep));
    if (!ok.length) return [false, `glued to ${pyRepr(check.sep)}`];
    holders = ok;
  }
  if (check.type === 'sentence') return [true, 'ok'];
  const names = new Set([check.speaker ?? '', ...(check.aliases ?? [])].map(casefold));
  const got = speakersIn(holders, t);
  if ([...got].some((g) => names.has(casefold(g)))) return [true, 'ok'];
  const named = [...got].filter((g) => g);
  return [false, named.length ? `speakers ${pyRepr(pySorted(named))}` : 'no speaker'];
}

/** Run every check; `outs` maps a doc's file name to its extraction (a missing one throws, as in Python). */
export function checkReal(checks: RealChecks, outs: Map<string, Json>): RealResult {
  const docs = checks.docs.map((d) => {
    const out = outs.get(d.file);
    if (!out) throw new Error(`no extraction for ${d.file}`);
    const verdicts = d.checks.map((check) => {
      const [ok, why] = evaluate(check, out);
      return { check, ok, why };
    });
    return { file: d.file, passed: verdicts.filter((v) => v.ok).length, total: verdicts.length, verdicts };
  });
  const sum = (f: (d: RealDocResult) => number) => docs.reduce((n, d) => n + f(d), 0);
  return { docs, passed: sum((d) => d.passed), total: sum((d) => d.total) };
}

/** What check-real.py prints: a line per doc (with its failed checks), then `TOTAL passed/total`. */
export function realReportLines(r: RealResult): string[] {
  const lines: string[] = [];
  for (const d of r.docs) {
    lines.push(`${d.file}${' '.repeat(Math.max(0, 52 - pyLen(d.file)))} ${d.passed}/${d.total}`);
    for (const v of d.verdicts) {
      if (!v.ok) lines.push(['   FAIL', v.check.type, pySlice(v.check.text || v.check.title || '', 70), '->', pySlice(v.why, 90)].join(' '));
    }
  }
  lines.push(`TOTAL ${r.passed}/${r.total}`);
  return lines;
}
