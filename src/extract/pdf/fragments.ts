// Chunks → fragments: runs of text on one baseline with no gutter-sized gap inside.
import { chunkBottom, chunkTop, makeFrag } from './geometry.ts';
import type { Frag, PdfChunk } from './types.ts';

/**
 * Chunks further apart than this (in ems) are separate fragments. Word spaces are under half an em; gutters
 * between columns are rarely under one em. Justified lines with wide spaces split too, but the fragments of a
 * line come back together when the lines of a column are rebuilt.
 */
const FRAG_GAP_EM = 0.75;
/** Baselines closer than this (ems of the smaller font) belong to one printed line. */
const SAME_LINE_EM = 0.4;
/** A superscript or subscript is set at most this large relative to the text around it ... */
const SCRIPT_MAX_RATIO = 0.85;
/** ... and at least this large (anything smaller beside big text is the text beside a drop cap). */
const SCRIPT_MIN_RATIO = 0.55;
/** Text this many times larger than its neighbour on the baseline is a separate piece (a drop cap). */
const SEPARATE_SIZE_RATIO = 2;
/** ... and sits at most this far (ems of the larger font) off the baseline. */
const SCRIPT_MAX_SHIFT_EM = 0.6;
/** Text drawn twice at nearly the same spot (a fake bold) is one text. */
const DUPLICATE_EPS = 1.5;

export function buildFragments(chunks: readonly PdfChunk[]): Frag[] {
  return groupRows(dropOverprint(chunks)).flatMap(splitRow);
}

/** Remove the second copy of text a producer stamped twice to fake a bold face; the survivor is bold. */
export function dropOverprint(chunks: readonly PdfChunk[]): PdfChunk[] {
  const out: PdfChunk[] = [];
  const seen = new Map<string, number[]>(); // text and rounded baseline → indexes in out
  for (const c of chunks) {
    const key = `${c.text}|${Math.round(c.baseline)}`;
    const at = seen.get(key);
    const twin = at?.find((i) => Math.abs(out[i]!.x - c.x) < DUPLICATE_EPS && Math.abs(out[i]!.baseline - c.baseline) < DUPLICATE_EPS);
    if (twin !== undefined) {
      out[twin] = { ...out[twin]!, bold: true };
      continue;
    }
    if (at) at.push(out.length);
    else seen.set(key, [out.length]);
    out.push(c);
  }
  return out;
}

interface Row {
  main: PdfChunk; // the largest text on the row: others are compared with it
  chunks: PdfChunk[];
}

function groupRows(chunks: readonly PdfChunk[]): PdfChunk[][] {
  const sorted = [...chunks].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const rows: Row[] = [];
  for (const c of sorted) {
    const row = findRow(rows, c);
    if (row) {
      row.chunks.push(c);
      if (c.fontSize > row.main.fontSize) row.main = c;
    } else {
      rows.push({ main: c, chunks: [c] });
    }
  }
  return rows.map((r) => r.chunks);
}

/** The most recent row within script distance that the chunk shares a line with (rows are in baseline order). */
function findRow(rows: Row[], c: PdfChunk): Row | undefined {
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i]!;
    if (c.baseline - r.main.baseline > SCRIPT_MAX_SHIFT_EM * Math.max(r.main.fontSize, c.fontSize) + 1) return undefined;
    if (sameLine(r.main, c)) return r;
  }
  return undefined;
}

/** Two chunks are on one line when their baselines agree, or when one is a raised or lowered script of the other. */
export function sameLine(a: PdfChunk, b: PdfChunk): boolean {
  const [small, big] = a.fontSize <= b.fontSize ? [a, b] : [b, a];
  const shift = Math.abs(a.baseline - b.baseline);
  if (shift <= SAME_LINE_EM * small.fontSize) return true;
  const ratio = small.fontSize / big.fontSize;
  if (ratio > SCRIPT_MAX_RATIO || ratio < SCRIPT_MIN_RATIO) return false;
  return shift <= SCRIPT_MAX_SHIFT_EM * big.fontSize && small.baseline >= chunkTop(big) && small.baseline <= chunkBottom(big);
}

function sizeJump(a: PdfChunk, b: PdfChunk): boolean {
  return Math.max(a.fontSize, b.fontSize) >= SEPARATE_SIZE_RATIO * Math.min(a.fontSize, b.fontSize);
}

function splitRow(row: PdfChunk[]): Frag[] {
  const sorted = [...row].sort((a, b) => a.x - b.x);
  const frags: Frag[] = [];
  let cur: PdfChunk[] = [];
  let right = -Infinity;
  for (const c of sorted) {
    const prev = cur[cur.length - 1];
    if (prev && (c.x - right > FRAG_GAP_EM * Math.min(prev.fontSize, c.fontSize) || sizeJump(prev, c))) {
      frags.push(makeFrag(cur));
      cur = [];
      right = -Infinity;
    }
    cur.push(c);
    right = Math.max(right, c.x + c.width);
  }
  if (cur.length) frags.push(makeFrag(cur));
  return frags;
}
