// Folios (printed page numbers) and running heads found by shape, position and repetition across pages.
import { memoize } from '../text/memo.ts';
import type { Line, Page } from '../domain/types.ts';
import type { FurnitureConventions } from '../conventions/furniture.ts';

/** Evidence weights for a folio candidate. */
const STRONG_SHAPE = 3; // `— 3 —`, `Page 3`: nothing else looks like that
const AT_EDGE = 2; // a bare number or a head's number first or last on the page
const INSIDE_PAGE = 1; // a bare number mid-page: text dumps scatter folios, but lists and tables print numbers too

export interface FolioCandidate {
  line: number; // index in page.lines
  n: number;
  weight: number;
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const NON_KEY_RE = /[^\p{L}#]+/gu; // replace() only: a /g regex keeps no state there
const LOWER_START_RE = /^['"‘“(]*\p{Ll}/u;
const NON_LETTERS_RE = /[^\p{L}]/gu;

/** Speed only: every line is keyed more than once (heads, folios, removal). Bounded so memory stays small. */
const HEAD_KEY_MEMO_LIMIT = 20_000;

/** Lower case, digits as `#`, punctuation as spaces; the folio and the word `page` at either end go. */
export const headKey: (text: string) => string = memoize((text) => computeHeadKey(text), HEAD_KEY_MEMO_LIMIT);

function computeHeadKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(NON_KEY_RE, ' ').trim()
    .replace(/^(?:(?:page|p|#)\s+)+/u, '').replace(/(?:\s+(?:page|p|#))+$/u, '').replace(/^#$/, '');
}

/** Indexes of the lines a head or foot may occupy: by position on the page (PDF), else the first and last lines. */
export function edgeIndexes(page: Page, conv: FurnitureConventions): Set<number> {
  const nonBlank = page.lines.flatMap((l, k) => (l.text.trim() ? [k] : []));
  const boxed = nonBlank.filter((k) => page.lines[k]!.box);
  if (boxed.length === nonBlank.length && boxed.length > 0) {
    const ys = boxed.map((k) => page.lines[k]!.box!);
    const top = Math.min(...ys.map((b) => b.y));
    const bottom = Math.max(...ys.map((b) => b.y + b.h));
    const band = (bottom - top) * conv.edgeZoneShare;
    return new Set(boxed.filter((k) => {
      const b = page.lines[k]!.box!;
      return b.y <= top + band || b.y + b.h >= bottom - band;
    }));
  }
  return new Set([...nonBlank.slice(0, conv.edgeLines), ...nonBlank.slice(-conv.edgeLines)]);
}

/** A head's words: separators set between its parts (`·`, `|`, `&`, `—`) are no words. */
export function headWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A line that could be a running head: short, not running text, its words known apart from any folio. */
function headLike(line: Line, conv: FurnitureConventions): boolean {
  const t = line.text.trim();
  return headWords(t) <= conv.maxHeadWords && !LOWER_START_RE.test(t) && !/^by\s/iu.test(t) && !/[.!?,;:]["'”’)]*$/u.test(t)
    && headKey(t).replace(NON_LETTERS_RE, '').length >= 3;
}

/**
 * Head keys printed at a page edge on enough pages. A head seen on only a few pages (alternating left and
 * right heads) must also stand beside a folio there: a byline or rubric repeated on two article openings does not.
 */
export function findRunningHeads(pages: Page[], conv: FurnitureConventions): Set<string> {
  const counts = new Map<string, number>();
  const besideFolio = new Set<string>();
  for (const page of pages) {
    const edges = [...edgeIndexes(page, conv)].filter((k) => headLike(page.lines[k]!, conv));
    for (const key of new Set(edges.map((k) => headKey(page.lines[k]!.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const k of edges) if (nearFolio(page, k, conv)) besideFolio.add(headKey(page.lines[k]!.text));
  }
  const need = Math.max(2, Math.ceil(pages.length * conv.headRepeatShare));
  const heads = new Set([...counts].filter(([key, n]) => key && n >= need && (n >= pages.length * MOST_PAGES || besideFolio.has(key))).map(([key]) => key));
  for (const key of headsSharingAName(pages, conv, need)) heads.add(key);
  return heads;
}

/** A run of this many words in capitals (a publication's name) that several page edges share. */
const SHARED_NAME_WORDS = 2;
const CAPS_RUN_RE = /(?:\b\p{Lu}[\p{Lu}'’&.-]+\b\s*){2,}/gu;

/**
 * Alternating heads differ around a shared name (`May 2012 · THE REVIEW` on one page, `THE REVIEW` on the
 * next): edge lines beside a folio that share a run of words in capitals with enough other pages are heads.
 */
function headsSharingAName(pages: Page[], conv: FurnitureConventions, need: number): Set<string> {
  const byName = new Map<string, { pages: Set<number>; keys: Set<string> }>();
  pages.forEach((page, p) => {
    for (const k of edgeIndexes(page, conv)) {
      const line = page.lines[k]!;
      if (!headLike(line, conv) || !nearFolio(page, k, conv)) continue;
      for (const m of line.text.matchAll(CAPS_RUN_RE)) {
        const name = m[0].trim().toLowerCase();
        if (name.split(/\s+/).length < SHARED_NAME_WORDS) continue;
        const entry = byName.get(name) ?? { pages: new Set<number>(), keys: new Set<string>() };
        entry.pages.add(p);
        entry.keys.add(headKey(line.text));
        byName.set(name, entry);
      }
    }
  });
  return new Set([...byName.values()].filter((e) => e.pages.size >= need).flatMap((e) => [...e.keys]));
}

/**
 * Keys of head-with-folio lines that a dump printed mid-page (a running foot set between the columns): the same
 * words on enough pages, their numbers running with the pages. A PDF places its furniture: only its margins count.
 */
export function scatteredNumberedHeads(pages: Page[], conv: FurnitureConventions): Set<string> {
  const found = new Map<string, { pages: Set<number>; offsets: Set<number> }>();
  for (const page of pages) {
    for (const line of page.lines) {
      const t = line.text.trim();
      const n = line.box || !headLike(line, conv) ? undefined : folioOfHead(t, conv);
      const key = n === undefined ? '' : headKey(t);
      if (!key || n === undefined) continue;
      const entry = found.get(key) ?? { pages: new Set<number>(), offsets: new Set<number>() };
      entry.pages.add(page.index);
      entry.offsets.add(n - page.index);
      found.set(key, entry);
    }
  }
  const need = Math.max(2, Math.ceil(pages.length * conv.headRepeatShare));
  return new Set([...found].filter(([, e]) => e.pages.size >= need && e.offsets.size === 1).map(([key]) => key));
}

/** The number a running head carries at one end (`14 | THE POST`, `THE POST | 15`), if it has that shape. */
function folioOfHead(text: string, conv: FurnitureConventions): number | undefined {
  for (const h of conv.headWithFolio) {
    const m = h.pattern.exec(text);
    if (m) return Number(m[h.number]);
  }
  return undefined;
}

/** A head on at least this share of the pages needs no folio beside it. */
const MOST_PAGES = 0.5;

/** The line carries a number at one end, or the next or previous line is a folio. */
function nearFolio(page: Page, k: number, conv: FurnitureConventions): boolean {
  const isFolio = (t: string): boolean => conv.bareFolio.test(t) || conv.folioShapes.some((re) => re.test(t));
  const t = page.lines[k]!.text.trim();
  if (conv.headWithFolio.some((h) => h.pattern.test(t))) return true;
  const near = [k - 1, k + 1, k - 2, k + 2].map((j) => page.lines[j]?.text.trim() ?? '').filter(Boolean);
  return near.slice(0, 2).some(isFolio) || near.some(isFolio);
}

/** Every line of a page that may carry its folio, weighed by shape and position. */
export function folioCandidates(page: Page, heads: Set<string>, conv: FurnitureConventions, scattered: ReadonlySet<string> = new Set()): FolioCandidate[] {
  const edges = edgeIndexes(page, conv);
  const out: FolioCandidate[] = [];
  page.lines.forEach((l, k) => {
    const t = l.text.trim();
    const placed = edges.has(k) || scattered.has(headKey(t)) ? AT_EDGE : INSIDE_PAGE;
    if (l.box && !edges.has(k)) return; // a PDF's folios were placed by the layout: only the margins hold them
    const strong = conv.folioShapes.map((re) => re.exec(t)).find(Boolean);
    if (strong) return void out.push({ line: k, n: Number(strong[1]), weight: STRONG_SHAPE });
    const bare = conv.bareFolio.exec(t);
    if (bare) return void out.push({ line: k, n: Number(bare[1]), weight: placed });
    if (heads.size === 0 || !heads.has(headKey(t))) return;
    const n = folioOfHead(t, conv);
    if (n !== undefined) out.push({ line: k, n, weight: placed });
  });
  return out;
}

/** The printed-minus-physical page offset with the most evidence, when there is enough of it. */
export function agreedOffset(pages: Page[], candidates: FolioCandidate[][], conv: FurnitureConventions): number | undefined {
  const score = new Map<number, number>();
  candidates.forEach((cs, i) => {
    const best = new Map<number, number>();
    for (const c of cs) {
      const off = c.n - pages[i]!.index;
      best.set(off, Math.max(best.get(off) ?? 0, c.weight));
    }
    for (const [off, w] of best) score.set(off, (score.get(off) ?? 0) + w);
  });
  const [off, s] = [...score].sort((a, b) => b[1] - a[1] || Math.abs(a[0]) - Math.abs(b[0]))[0] ?? [];
  return off !== undefined && s !== undefined && s >= conv.minOffsetScore ? off : undefined;
}
