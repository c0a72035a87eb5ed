// A faithful port of /work/shared/tools/check-extract.py: score an extraction (the JSON of
// `verbatim extract FILE --json`, parsed) against a gold file. Same figures, same fails list, same printed lines,
// same PASS/FAIL rule. Pure: no fs. Python semantics (whitespace, \w, repr, rounding) come from ./py.ts.
import { PY_W, PY_WS, collapseWs, fmt0f, pyEq, pyFloatStr, pyRepr, pySlice, pySorted, pyStr, pyStrip, truthy, wordCount } from './py.ts';

export interface GoldSentence {
  t: string;
  tier?: string;
  a?: string | null;
  p?: number | null;
  kind?: string | null;
  sp?: string[];
  sp_hard?: string[];
  not_sp?: string[];
  sep?: string[];
}
export interface GoldArticle { key: string; title: string; authors: string[] }
export interface Gold { sentences: GoldSentence[]; articles: GoldArticle[] }

export const FIGURE_KEYS = ['exact_core', 'exact_hard', 'loose', 'article', 'page', 'kind', 'speaker_core', 'speaker_hard', 'not_speaker', 'separate'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
/** [right, total] per figure. */
export type Figures = Record<FigureKey, [number, number]>;

export interface Globals {
  no_continued_markers: boolean;
  no_letter_spacing: boolean;
  no_dropcap_orphans: boolean;
  paragraphs: number;
  median_words: number;
  max_words: number;
  over_160_words: number;
  tiny_fragments: number;
  articles_found: [number, number];
  authors_right: [number, number];
  unique_ids: boolean;
}

export interface CheckResult {
  figures: Figures;
  globals: Globals;
  fails: string[];
  pass: boolean;
  /** The last printed line without its PASS/FAIL word. */
  summary: string;
  /** The printed figure and global lines (before the fails and the summary). */
  lines: string[];
}

type Json = Record<string, unknown>;

// ---- normalisation (norm_text, letters, norm_name) ----

export function normText(s: string): string {
  let t = s.normalize('NFC').replace(/\u2019/g, "'").replace(/\u2018/g, "'").replace(/\u201c/g, '"').replace(/\u201d/g, '"');
  t = t.replace(/\u2013/g, '-').replace(/\u2014/g, '-').replace(/\u00a0/g, ' ');
  t = pyStrip(collapseWs(t));
  return t.replace(/ ([”"])$/u, '$1');
}

export function letters(s: string): string {
  return s.normalize('NFKD').toLowerCase().replace(/[^0-9a-z]/g, '');
}

const NAME_SEP = new RegExp(`[${PY_WS}\\-]+`, 'gu');

export function normName(s: unknown): string {
  const ascii = asStr(s).normalize('NFKD').replace(/[^\x00-\x7f]/g, '').toLowerCase();
  return pyStrip(ascii.replace(NAME_SEP, ' '));
}

/** `x or ''` for a value that should be a string. */
function asStr(x: unknown): string {
  return truthy(x) ? String(x) : '';
}

/** `x or []` as a Python list. */
function asList(x: unknown): unknown[] {
  if (!truthy(x)) return [];
  if (Array.isArray(x)) return [...x];
  if (typeof x === 'string') return Array.from(x);
  return typeof x === 'object' ? Object.keys(x as object) : [];
}

function isDict(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** `d.get(k)` */
function get(d: unknown, k: string): unknown {
  return isDict(d) && k in d ? d[k] : null;
}

// ---- the extraction seen through the scorer's eyes ----

interface View {
  paras: Json[];
  arts: Map<unknown, Json>;
  ptexts: string[];
  plet: string[];
  goldTitle: Map<string, string>;
}

function viewOf(gold: Gold, out: Json): View {
  const paras = asList(out.paragraphs).map((p) => (isDict(p) ? p : {}));
  const arts = new Map<unknown, Json>();
  for (const a of asList(out.articles)) arts.set(get(a, 'id'), isDict(a) ? a : {});
  return {
    paras,
    arts,
    ptexts: paras.map((p) => normText(asStr(p.text))),
    plet: paras.map((p) => letters(asStr(p.text))),
    goldTitle: new Map(gold.articles.map((a) => [a.key, normText(a.title)])),
  };
}

function artOf(v: View, p: Json): Json | undefined {
  let aid = get(p, 'articleId');
  if (aid === null && isDict(p.article)) aid = get(p.article, 'id');
  return v.arts.get(aid);
}

export function speakersOf(p: Json): string[] {
  const sp = asList(p.speakers);
  if (truthy(p.speaker)) sp.push(p.speaker);
  for (const q of asList(p.quotes)) if (truthy(get(q, 'speaker'))) sp.push(get(q, 'speaker'));
  return sp.filter((x): x is string => typeof x === 'string').map(normName);
}

export function hasSpeaker(p: Json, name: string): boolean {
  const n = normName(name);
  return speakersOf(p).some((s) => n === s || (s.includes(n) && s.length - n.length < 25));
}

function titleMatch(v: View, a: Json | undefined, key: string | null | undefined): boolean {
  if (!truthy(a) || key === null || key === undefined) return false;
  const want = v.goldTitle.get(key);
  if (want === undefined) throw new Error(`gold sentence names an unknown article key: ${key}`);
  return letters(asStr(a!.title)) === letters(want);
}

// ---- per-sentence figures ----

function emptyFigures(): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, [0, 0]])) as unknown as Figures;
}

function tally(fig: Figures, k: FigureKey, ok: boolean): boolean {
  fig[k][1] += 1;
  fig[k][0] += ok ? 1 : 0;
  return ok;
}

function scoreSentence(v: View, s: GoldSentence, fig: Figures, fails: string[]): void {
  const t = normText(s.t);
  const tier = s.tier ?? 'core';
  let cands = v.ptexts.flatMap((pt, i) => (pt.includes(t) ? [i] : []));
  const exact = cands.length > 0;
  if (!exact) {
    const lt = letters(s.t);
    cands = v.plet.flatMap((pl, i) => (pl.includes(lt) ? [i] : []));
  }
  const key = `exact_${tier}`;
  if (!(FIGURE_KEYS as readonly string[]).includes(key)) throw new Error(`unknown tier: ${tier}`);
  tally(fig, key as FigureKey, exact);
  tally(fig, 'loose', cands.length > 0);
  if (!exact) fails.push(`text[${tier}]: ${pySlice(s.t, 90)}`);
  if (cands.length === 0) return countUnfound(s, fig);
  let best = cands[0]!;
  if (truthy(s.a)) best = cands.find((i) => titleMatch(v, artOf(v, v.paras[i]!), s.a)) ?? best;
  scoreFound(v, s, best, fig, fails);
}

function countUnfound(s: GoldSentence, fig: Figures): void {
  if (truthy(s.a)) fig.article[1] += 1;
  if (truthy(s.p)) fig.page[1] += 1;
  if (truthy(s.kind)) fig.kind[1] += 1;
  fig.speaker_core[1] += (s.sp ?? []).length;
  fig.speaker_hard[1] += (s.sp_hard ?? []).length;
}

function scoreFound(v: View, s: GoldSentence, best: number, fig: Figures, fails: string[]): void {
  const p = v.paras[best]!;
  const t = s.t;
  if (truthy(s.a) && !tally(fig, 'article', titleMatch(v, artOf(v, p), s.a))) {
    fails.push(`article: ${pySlice(t, 60)} -> ${pyStr(get(artOf(v, p) ?? {}, 'title'))}`);
  }
  if (truthy(s.p) && !tally(fig, 'page', pyEq(get(p, 'page'), s.p))) {
    fails.push(`page: want ${pyStr(s.p)} got ${pyStr(get(p, 'page'))}: ${pySlice(t, 60)}`);
  }
  if (truthy(s.kind) && !tally(fig, 'kind', pyEq(get(p, 'kind'), s.kind))) {
    fails.push(`kind: want ${pyStr(s.kind)} got ${pyStr(get(p, 'kind'))}: ${pySlice(t, 60)}`);
  }
  for (const [tier, names] of [['core', s.sp ?? []], ['hard', s.sp_hard ?? []]] as const) {
    for (const name of names) {
      if (!tally(fig, `speaker_${tier}`, hasSpeaker(p, name))) {
        fails.push(`speaker[${tier}]: want ${name} got ${pyRepr(speakersOf(p))}: ${pySlice(t, 50)}`);
      }
    }
  }
  for (const name of s.not_sp ?? []) {
    if (!tally(fig, 'not_speaker', !hasSpeaker(p, name))) fails.push(`not_speaker: ${name} tagged on: ${pySlice(t, 50)}`);
  }
  for (const other of s.sep ?? []) {
    if (!tally(fig, 'separate', !v.ptexts[best]!.includes(normText(other)))) {
      fails.push(`separate: '${pySlice(other, 40)}' shares a paragraph with: ${pySlice(t, 40)}`);
    }
  }
}

// ---- global repair checks and articles ----

const LETTER_SPACING = new RegExp(`(?<![${PY_W}])(?:[${PY_W}] ){5,}[${PY_W}](?![${PY_W}])`, 'u');
const ONE_WORD_CHAR = new RegExp(`^[${PY_W}]$`, 'u');
const DROPCAP_REST = /^(azakh|he upcoming|n the midst)/;
const ENDS_SENTENCE = /[.?!:"”’]$/u;

function isBody(p: Json): boolean {
  const kind = get(p, 'kind');
  return kind !== 'heading' && kind !== 'caption';
}

function median(xs: number[]): { value: number; text: string } {
  if (xs.length === 0) return { value: 0, text: '0' };
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length % 2 === 1) return { value: s[mid]!, text: String(s[mid]) };
  const value = (s[mid - 1]! + s[mid]!) / 2;
  return { value, text: pyFloatStr(value) };
}

function repairChecks(paras: Json[]): { g: Omit<Globals, 'articles_found' | 'authors_right' | 'unique_ids'>; medianText: string } {
  const texts = paras.map((p) => asStr(p.text));
  const alltext = texts.join('\n');
  const wc = paras.filter(isBody).map((p) => wordCount(asStr(p.text)));
  const med = median(wc);
  const g = {
    no_continued_markers: !alltext.includes('Continued on Page'),
    no_letter_spacing: !LETTER_SPACING.test(alltext),
    no_dropcap_orphans: !texts.some((t) => ONE_WORD_CHAR.test(pyStrip(t))) && !texts.some((t) => DROPCAP_REST.test(t)),
    paragraphs: paras.length,
    median_words: med.value,
    max_words: wc.length ? Math.max(...wc) : 0,
    over_160_words: wc.filter((w) => w > 160).length,
    tiny_fragments: paras.filter((p) => isBody(p) && wordCount(asStr(p.text)) < 4 && !ENDS_SENTENCE.test(pyStrip(asStr(p.text)))).length,
  };
  return { g, medianText: med.text };
}

function articleChecks(gold: Gold, v: View, fails: string[]): { found: number; authors: number } {
  const outTitles = new Map<string, Json>();
  for (const a of v.arts.values()) outTitles.set(letters(asStr(a.title)), a);
  let found = 0;
  let authors = 0;
  for (const a of gold.articles) {
    const oa = outTitles.get(letters(a.title));
    if (!truthy(oa)) {
      fails.push(`article missing: ${a.title}`);
      continue;
    }
    found += 1;
    const want = pySorted(a.authors.map(normName));
    const got = pySorted(asList(oa!.authors).map(normName));
    const same = want.length === got.length && want.every((w, i) => w === got[i]);
    authors += same ? 1 : 0;
    if (!same) fails.push(`authors: ${pySlice(a.title, 40)} want ${pyRepr(want)} got ${pyRepr(got)}`);
  }
  return { found, authors };
}

function uniqueIds(paras: Json[]): boolean {
  const ids = paras.map((p) => get(p, 'id')).map((x) => (typeof x === 'boolean' ? Number(x) : x));
  return new Set(ids).size === ids.length && ids.every(truthy);
}

// ---- the whole check ----

function ratio(fig: Figures, k: FigureKey): number {
  const [a, b] = fig[k];
  return b ? a / b : 1.0;
}

function passes(fig: Figures, g: Globals): boolean {
  const r = (k: FigureKey) => ratio(fig, k);
  return r('exact_core') >= 0.95 && r('article') >= 0.95 && r('page') >= 0.9 && r('kind') >= 0.85
    && r('speaker_core') >= 0.9 && r('not_speaker') >= 0.9 && r('separate') >= 0.9
    && g.no_continued_markers && g.no_letter_spacing && g.no_dropcap_orphans
    && g.over_160_words === 0 && g.articles_found[0] === g.articles_found[1] && g.unique_ids;
}

function printedLines(fig: Figures, g: Globals, medianText: string): string[] {
  const lines = FIGURE_KEYS.map((k) => {
    const [a, b] = fig[k];
    return `${k}: ${a}/${b} (${b ? fmt0f((100 * a) / b) : '100'}%)`;
  });
  for (const [k, val] of Object.entries(g)) {
    const shown = k === 'median_words' ? medianText : Array.isArray(val) ? `${val[0]}/${val[1]}` : pyStr(val);
    lines.push(`${k}: ${shown}`);
  }
  return lines;
}

function summaryOf(fig: Figures, g: Globals): string {
  const f = (k: FigureKey) => `${fig[k][0]}/${fig[k][1]}`;
  return `core ${f('exact_core')} hard ${f('exact_hard')} speakers ${f('speaker_core')}+${f('speaker_hard')} `
    + `articles ${g.articles_found[0]}/${g.articles_found[1]} pages ${f('page')} kinds ${f('kind')}`;
}

/** Score `out` (the parsed JSON of `verbatim extract FILE --json`) against `gold`. */
export function checkExtract(gold: Gold, out: Json): CheckResult {
  const v = viewOf(gold, out);
  const figures = emptyFigures();
  const fails: string[] = [];
  for (const s of gold.sentences) scoreSentence(v, s, figures, fails);
  const { g: repair, medianText } = repairChecks(v.paras);
  const arts = articleChecks(gold, v, fails);
  const n = gold.articles.length;
  const globals: Globals = { ...repair, articles_found: [arts.found, n], authors_right: [arts.authors, n], unique_ids: uniqueIds(v.paras) };
  return {
    figures, globals, fails,
    pass: passes(figures, globals),
    summary: summaryOf(figures, globals),
    lines: printedLines(figures, globals, medianText),
  };
}

/** What check-extract.py prints: figure and global lines, the fails when verbose, then PASS/FAIL + summary. */
export function reportLines(r: CheckResult, verbose = false): string[] {
  return [...r.lines, ...(verbose ? r.fails.map((f) => `  - ${f}`) : []), `${r.pass ? 'PASS' : 'FAIL'} ${r.summary}`];
}
