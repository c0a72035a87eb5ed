// Text of one printed line from its chunks, with letter-spaced runs ("B y  A n n a") set as normal words.
import type { PdfChunk } from './types.ts';

/** Chunks closer than this (ems) are one word split by kerning or a font change: no space between them. */
const NO_SPACE_EM = 0.1;
/** Average glyph advance (ems) used to estimate the tracking inside a letter-spaced chunk. */
const AVG_GLYPH_EM = 0.55;
/** A word space adds at least this much (ems) to the tracking between two letters. */
const WORD_SPACE_EM = 0.2;
/** Shorter runs of single letters are ordinary text ("a I"), not letter spacing. */
const MIN_RUN = 3;
const SPACED_CHAR = /^[\p{L}\p{N}&.'’·|-]$/u;

interface Token {
  t: string;
  piece: number;
}

export function joinChunks(chunks: readonly PdfChunk[]): string {
  const pieces = [...chunks].sort((a, b) => a.x - b.x);
  const tokens = pieces.flatMap((c, piece) => c.text.trim().split(/\s+/).filter(Boolean).map((t) => ({ t, piece })));
  const runs = findRuns(tokens, pieces);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (i > 0) out += separator(tokens[i - 1]!, tok, pieces, runs.get(i));
    out += tok.t;
  }
  return out;
}

/** For every token inside a letter-spaced run (but its first), whether a word boundary precedes it. */
function findRuns(tokens: Token[], pieces: PdfChunk[]): Map<number, boolean> {
  const inRun = new Map<number, boolean>();
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && SPACED_CHAR.test(tokens[i]!.t)) continue;
    const run = tokens.slice(start, i);
    if (isLetterSpacedRun(run)) markBoundaries(run, start, pieces, inRun);
    start = i + 1;
  }
  return inRun;
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const LETTER_RE = /\p{L}/u;

function isLetterSpacedRun(run: Token[]): boolean {
  if (run.length < MIN_RUN) return false;
  const letters = run.filter((r) => LETTER_RE.test(r.t)).length;
  return letters >= 2 && new Set(run.map((r) => r.piece)).size >= 2;
}

function markBoundaries(run: Token[], start: number, pieces: PdfChunk[], out: Map<number, boolean>): void {
  const tracking = estimateTracking(run, pieces);
  for (let k = 1; k < run.length; k++) {
    const [a, b] = [run[k - 1]!, run[k]!];
    let boundary = a.t === '|' || b.t === '|';
    if (a.piece !== b.piece) {
      const [pa, pb] = [pieces[a.piece]!, pieces[b.piece]!];
      boundary ||= pb.x - (pa.x + pa.width) > tracking + WORD_SPACE_EM * pb.fontSize;
    }
    out.set(start + k, boundary);
  }
}

/** Space between letters: from a chunk that holds several spaced letters, else the smallest gap between chunks. */
function estimateTracking(run: Token[], pieces: PdfChunk[]): number {
  const counts = new Map<number, number>();
  for (const r of run) counts.set(r.piece, (counts.get(r.piece) ?? 0) + 1);
  for (const [p, n] of counts) {
    const c = pieces[p]!;
    if (n >= 2) return Math.max(0, (c.width - n * AVG_GLYPH_EM * c.fontSize) / (n - 1));
  }
  const ps = [...counts.keys()];
  const gaps = ps.slice(1).map((p, k) => pieces[p]!.x - (pieces[ps[k]!]!.x + pieces[ps[k]!]!.width));
  return gaps.length ? Math.min(...gaps) : 0;
}

function separator(prev: Token, tok: Token, pieces: PdfChunk[], boundaryInRun: boolean | undefined): string {
  if (boundaryInRun !== undefined) return boundaryInRun ? ' ' : '';
  if (prev.piece === tok.piece) return ' ';
  const [a, b] = [pieces[prev.piece]!, pieces[tok.piece]!];
  return b.x - (a.x + a.width) < NO_SPACE_EM * Math.min(a.fontSize, b.fontSize) ? '' : ' ';
}
