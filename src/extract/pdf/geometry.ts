// Small geometric helpers shared by the layout steps.
import type { Frag, PdfChunk } from './types.ts';

/** Fractions of the font size used when the font does not say (typical Latin faces). */
const DEFAULT_ASCENT = 0.8;
const DEFAULT_DESCENT = 0.2;

export function ascentOf(c: PdfChunk): number {
  const a = c.ascent ?? DEFAULT_ASCENT;
  return a > 0.3 && a < 1.3 ? a : DEFAULT_ASCENT; // some fonts report 0 or nonsense
}

export function descentOf(c: PdfChunk): number {
  const d = Math.abs(c.descent ?? DEFAULT_DESCENT);
  return d > 0.05 && d < 0.6 ? d : DEFAULT_DESCENT;
}

export function chunkTop(c: PdfChunk): number {
  return c.baseline - ascentOf(c) * c.fontSize;
}

export function chunkBottom(c: PdfChunk): number {
  return c.baseline + descentOf(c) * c.fontSize;
}

/** Characters other than white space (a loop: this runs for every chunk several times). */
export function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) n++;
  }
  return n;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The value carrying the most weight (e.g. the font size of most characters), rounded to half points. */
export function weightedMode(pairs: Iterable<[value: number, weight: number]>): number {
  const w = new Map<number, number>();
  for (const [v, n] of pairs) {
    const k = Math.round(v * 2) / 2;
    w.set(k, (w.get(k) ?? 0) + n);
  }
  let best = 0;
  let bestW = -1;
  for (const [k, n] of w) if (n > bestW) [best, bestW] = [k, n];
  return best;
}

/** Build a fragment from chunks (any order). */
export function makeFrag(chunks: PdfChunk[]): Frag {
  const sorted = chunks.length > 1 ? [...chunks].sort((a, b) => a.x - b.x) : chunks;
  let main = sorted[0]!;
  let weight = -1;
  let [x0, x1, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const c of sorted) {
    const w = charCount(c.text) * c.fontSize;
    if (w > weight) [main, weight] = [c, w];
    x0 = Math.min(x0, c.x);
    x1 = Math.max(x1, c.x + c.width);
    top = Math.min(top, chunkTop(c));
    bottom = Math.max(bottom, chunkBottom(c));
  }
  return { chunks: sorted, x0, x1, top, bottom, baseline: main.baseline, size: main.fontSize };
}

export function fragText(f: Frag): string {
  return f.chunks.map((c) => c.text).join(' ');
}

/** Font size of most characters on a set of fragments. */
export function dominantSize(frags: readonly Frag[]): number {
  return weightedMode(frags.flatMap((f) => f.chunks.map((c): [number, number] => [c.fontSize, charCount(c.text)])));
}
