// Line-number gutters (transcripts, legal filings): a margin column of 1, 2, 3 … beside the text. Left out.
import { median } from './geometry.ts';
import type { PdfChunk } from './types.ts';

/** Fewer numbers than this are more likely list items or footnote marks than a line-number gutter. */
const MIN_NUMBERS = 5;
/** Numbers aligned within this many points (on their left or right edge) form one candidate gutter. */
const ALIGN_EPS = 3;
/** Share of steps between neighbouring numbers that must be exactly +1. */
const MIN_CONSECUTIVE_SHARE = 0.7;
/** Line numbers are evenly spaced: spread of the steps (relative to their median) allowed. */
const MAX_PITCH_SPREAD = 0.2;
const LINE_NUMBER = /^\d{1,3}$/;

/** Return the chunks without a line-number gutter, if the page has one. */
export function removeLineNumbers(chunks: readonly PdfChunk[]): PdfChunk[] {
  const numbers = chunks.filter((c) => LINE_NUMBER.test(c.text.trim()));
  if (numbers.length < MIN_NUMBERS) return [...chunks];
  const gutter = findGutter(numbers, chunks);
  return gutter ? chunks.filter((c) => !gutter.has(c)) : [...chunks];
}

function findGutter(numbers: PdfChunk[], all: readonly PdfChunk[]): Set<PdfChunk> | null {
  for (const edge of [(c: PdfChunk) => c.x, (c: PdfChunk) => c.x + c.width]) {
    for (const group of alignedGroups(numbers, edge)) {
      if (isNumberSequence(group) && isMargin(group, all)) return new Set(group);
    }
  }
  return null;
}

function alignedGroups(numbers: PdfChunk[], edge: (c: PdfChunk) => number): PdfChunk[][] {
  const sorted = [...numbers].sort((a, b) => edge(a) - edge(b));
  const groups: PdfChunk[][] = [];
  for (const c of sorted) {
    const g = groups[groups.length - 1];
    if (g && edge(c) - edge(g[0]!) <= ALIGN_EPS) g.push(c);
    else groups.push([c]);
  }
  return groups.filter((g) => g.length >= MIN_NUMBERS);
}

function isNumberSequence(group: PdfChunk[]): boolean {
  const byY = [...group].sort((a, b) => a.baseline - b.baseline);
  const values = byY.map((c) => Number(c.text.trim()));
  let consecutive = 0;
  for (let i = 1; i < values.length; i++) if (values[i] === values[i - 1]! + 1) consecutive++;
  if (consecutive < MIN_CONSECUTIVE_SHARE * (values.length - 1)) return false;
  const steps = byY.slice(1).map((c, i) => c.baseline - byY[i]!.baseline);
  const m = median(steps);
  return m > 0 && steps.every((s) => Math.abs(s - m) <= MAX_PITCH_SPREAD * m * Math.max(1, Math.round(s / m)));
}

/** The gutter lies wholly left (or right) of every other text on the page. */
function isMargin(group: PdfChunk[], all: readonly PdfChunk[]): boolean {
  const inGroup = new Set(group);
  const others = all.filter((c) => !inGroup.has(c) && c.text.trim() !== '');
  if (others.length === 0) return false;
  const right = Math.max(...group.map((c) => c.x + c.width));
  const left = Math.min(...group.map((c) => c.x));
  return others.every((c) => c.x >= right) || others.every((c) => c.x + c.width <= left);
}
