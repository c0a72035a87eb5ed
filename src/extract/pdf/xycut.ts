// Reading order from geometry: cut the page recursively at white space (an XY-cut).
// Wide horizontal bands first (a spanning title or standfirst above its columns), then gutters between
// columns (left to right), then the ordinary gaps between blocks stacked in a column (top to bottom).
import type { Frag, PageMetrics } from './types.ts';

/** A gutter between columns is at least this wide (body ems). Fragments never contain one (see fragments.ts). */
const MIN_GUTTER_EM = 0.5;
/** A column holds at least this many lines: one line with wide spaces is not two columns. */
const MIN_COLUMN_LINES = 2;
/** A strip of justified lines' last words is at most this wide (body ems), its text at least this many times wider,
 *  and the stretched word space before it at most this wide (body ems; a gutter between columns is wider). */
const WORD_STRIP_EM = 6;
const WORD_STRIP_RATIO = 3;
const WORD_GAP_EM = 1.2;
/** White space beyond the usual line gap (ems of the smaller text) that separates stacked blocks. */
const BLOCK_GAP_EM = 0.45;
/** ... and that separates a spanning element from the columns under it, before any gutter is looked for. */
const BAND_GAP_EM = 1.5;

/** Text this much larger than the body text is a head (a title or heading over the columns). */
const HEAD_SIZE_RATIO = 1.15;

/** A run of fragments that the layout kept together; `afterGap` when white space separates it from the block above. */
export interface Leaf {
  frags: Frag[];
  afterGap: boolean;
}

export function cutRegions(frags: readonly Frag[], m: PageMetrics): Leaf[] {
  return cut([...frags], m, false);
}

function cut(frags: Frag[], m: PageMetrics, afterGap: boolean): Leaf[] {
  if (frags.length <= 1) return [{ frags, afterGap }];
  const bands = splitRows(frags, m, BAND_GAP_EM);
  if (bands.length > 1) return bands.flatMap((r, i) => cut(r, m, i === 0 ? afterGap : true));
  const cols = splitColumns(frags, m);
  if (cols.length > 1) return cols.flatMap((c, i) => cut(c, m, i === 0 ? afterGap : false));
  const parts = splitAtHeads(frags, m);
  if (parts) return parts.flatMap((g, i) => cut(g, m, i === 0 ? afterGap : true));
  const rows = splitRows(frags, m, BLOCK_GAP_EM);
  if (rows.length > 1) return rows.flatMap((r, i) => cut(r, m, i === 0 ? afterGap : true));
  return [{ frags, afterGap }];
}

/**
 * A head set large over columns may reach a little into the gutter beside it, so no gutter runs the region's
 * full height. Cut the region at its rows of head-size text: the text between two heads may then split into
 * columns. Null when no such row parts the region.
 */
function splitAtHeads(frags: Frag[], m: PageMetrics): Frag[][] | null {
  const segments: Frag[][] = [];
  let body: Frag[] = [];
  for (const row of splitRows(frags, m, BLOCK_GAP_EM)) {
    if (!row.every((f) => f.size >= HEAD_SIZE_RATIO * m.bodySize)) {
      body.push(...row);
      continue;
    }
    if (body.length) segments.push(body);
    segments.push(row);
    body = [];
  }
  if (body.length) segments.push(body);
  return segments.length > 1 && segments.some((g) => splitColumns(g, m).length > 1) ? segments : null;
}

/** Split at horizontal white space bands wider than the usual line gap plus `extraEm`. */
function splitRows(frags: Frag[], m: PageMetrics, extraEm: number): Frag[][] {
  const sorted = [...frags].sort((a, b) => a.top - b.top);
  const groups: Frag[][] = [];
  let bottom = -Infinity;
  let lastSize = m.bodySize;
  for (const f of sorted) {
    const size = Math.min(lastSize, f.size);
    const gap = m.lineGap * (size / m.bodySize) + extraEm * size;
    if (groups.length && f.top - bottom > gap) groups.push([]);
    if (!groups.length) groups.push([]);
    groups[groups.length - 1]!.push(f);
    if (f.bottom >= bottom) lastSize = f.size;
    bottom = Math.max(bottom, f.bottom);
  }
  return groups;
}

/** Split at vertical gutters that run the full height of the region; each side must be a real column. */
function splitColumns(frags: Frag[], m: PageMetrics): Frag[][] {
  const sorted = [...frags].sort((a, b) => a.x0 - b.x0);
  const groups: Frag[][] = [];
  let right = -Infinity;
  for (const f of sorted) {
    if (!groups.length || f.x0 - right >= MIN_GUTTER_EM * m.bodySize) groups.push([]);
    groups[groups.length - 1]!.push(f);
    right = Math.max(right, f.x1);
  }
  return mergeThinColumns(groups, m);
}

/** A "column" of fewer than MIN_COLUMN_LINES lines joins its neighbour across the narrower gutter; a strip of the
 *  last words of justified lines joins the text on its left. */
function mergeThinColumns(groups: Frag[][], m: PageMetrics): Frag[][] {
  const out = groups.map((g) => [...g]);
  for (;;) {
    const strip = out.findIndex((g, k) => k > 0 && isWordStrip(out[k - 1]!, g, m));
    const i = strip > 0 ? strip : out.findIndex((g) => lineCount(g, m) < MIN_COLUMN_LINES);
    if (i < 0 || out.length < 2) return out;
    const j = strip > 0 ? strip - 1 : pickNeighbour(out, i);
    const [a, b] = [Math.min(i, j), Math.max(i, j)];
    out.splice(a, 2, [...out[a]!, ...out[b]!]);
  }
}

/**
 * A narrow justified column stretches its word spaces: the last words of several lines can stand apart from the rest
 * of their lines by more than a gutter's width, one word a line, and look like a column of their own. Such a strip
 * is one word a line, a few ems wide, close to text several times wider on its left, on that text's lines.
 */
function isWordStrip(left: Frag[], strip: Frag[], m: PageMetrics): boolean {
  const width = Math.max(...strip.map((f) => f.x1)) - Math.min(...strip.map((f) => f.x0));
  const leftWidth = Math.max(...left.map((f) => f.x1)) - Math.min(...left.map((f) => f.x0));
  const gap = Math.min(...strip.map((f) => f.x0)) - Math.max(...left.map((f) => f.x1));
  if (width > WORD_STRIP_EM * m.bodySize || leftWidth < WORD_STRIP_RATIO * width || gap > WORD_GAP_EM * m.bodySize) return false;
  const leftLines = new Set(left.map((f) => Math.round(f.baseline)));
  return strip.every((f) => !/\s/.test(fragText(f).trim()) && leftLines.has(Math.round(f.baseline)));
}

function fragText(f: Frag): string {
  return f.chunks.map((c) => c.text).join('');
}

function pickNeighbour(groups: Frag[][], i: number): number {
  if (i === 0) return 1;
  if (i === groups.length - 1) return i - 1;
  const left = Math.min(...groups[i]!.map((f) => f.x0)) - Math.max(...groups[i - 1]!.map((f) => f.x1));
  const right = Math.min(...groups[i + 1]!.map((f) => f.x0)) - Math.max(...groups[i]!.map((f) => f.x1));
  return left <= right ? i - 1 : i + 1;
}

/** Distinct baselines among the fragments. */
export function lineCount(frags: readonly Frag[], m: PageMetrics): number {
  const ys = frags.map((f) => f.baseline).sort((a, b) => a - b);
  let n = ys.length ? 1 : 0;
  for (let i = 1; i < ys.length; i++) if (ys[i]! - ys[i - 1]! > 0.4 * m.bodySize) n++;
  return n;
}
