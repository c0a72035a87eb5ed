// Text reader: a text dump of a PDF becomes pages of lines. How the dump marks its page breaks is inferred
// from the dump itself: form feeds when it has them; else lines that begin with exactly one space, when they
// come as rarely as page starts do (or right after jump lines); else folio lines (`— 3 —`, `Page 3`) that count
// up one by one; else nothing (one page).
import type { Line, Page, RawDocument } from '../domain/types.ts';
import { DEFAULT_FURNITURE } from '../conventions/furniture.ts';

const PAGE_START = /^ (?! )\S/; // one leading space, not an indented block
const JUMP_LINE = /continued\s+on\s+(?:page|p\.)\s*\d/i;
/** Pages hold at least this many lines: starts closer together are indents, not page breaks. */
const MIN_PAGE_LINES = 15;
/** Evidence for the one-space convention (summed; PAGE_START_MIN decides). */
const W_SPACED_LIKE_PAGES = 2; // the one-space lines are as far apart as pages
const W_AFTER_JUMPS = 2; // jump lines are followed by them: a page ends after a jump line
const W_FIRST_LINE = 1; // the dump's first line is one
const PAGE_START_MIN = 2;

export function readText(text: string, source: string): RawDocument {
  const normalised = text.replace(/\r\n?/g, '\n');
  const chunks = normalised.includes('\f') ? normalised.split('\f') : splitAtSpacedStarts(normalised.split('\n'));
  const pages: Page[] = [];
  for (const chunk of chunks) {
    const lines: Line[] = (typeof chunk === 'string' ? chunk.split('\n') : chunk).map((raw) => ({ text: raw.trim() }));
    if (lines.some((l) => l.text !== '')) pages.push({ index: pages.length + 1, lines });
  }
  return { source, pages };
}

/** Split at one-space lines when the dump uses them as page starts. */
function splitAtSpacedStarts(lines: string[]): string[][] {
  const starts = lines.flatMap((l, k) => (PAGE_START.test(l) ? [k] : []));
  if (!starts.length || pageStartScore(lines, starts) < PAGE_START_MIN) return splitAtFolios(lines);
  return splitBefore(lines, starts);
}

function splitBefore(lines: string[], starts: number[]): string[][] {
  const out: string[][] = [];
  let prev = 0;
  for (const k of starts) {
    if (k > prev) out.push(lines.slice(prev, k));
    prev = k;
  }
  out.push(lines.slice(prev));
  return out;
}

function pageStartScore(lines: string[], starts: number[]): number {
  const gaps = starts.slice(1).map((k, i) => k - starts[i]!);
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)]! : lines.length;
  const jumps = lines.flatMap((l, k) => (JUMP_LINE.test(l) ? [k] : []));
  const followed = jumps.filter((k) => PAGE_START.test(lines.slice(k + 1).find((l) => l.trim()) ?? '')).length;
  return (median >= MIN_PAGE_LINES ? W_SPACED_LIKE_PAGES : 0)
    + (jumps.length && followed / jumps.length >= 0.5 ? W_AFTER_JUMPS : 0)
    + (starts[0] === 0 ? W_FIRST_LINE : 0);
}

/** Folio lines in a run of consecutive numbers: a page starts at each (top folios) or after each (foot folios). */
function splitAtFolios(lines: string[]): string[][] {
  const folios = lines.flatMap((l, k) => {
    const m = DEFAULT_FURNITURE.folioShapes.map((re) => re.exec(l.trim())).find(Boolean);
    return m ? [{ k, n: Number(m[1]) }] : [];
  });
  const run = folios.filter((f, i) => folios[i - 1]?.n === f.n - 1 || folios[i + 1]?.n === f.n + 1);
  if (run.length < 2) return [lines];
  const firstText = lines.findIndex((l) => l.trim());
  const atTop = lines.slice(firstText, run[0]!.k).filter((l) => l.trim()).length < 3;
  return splitBefore(lines, run.map((f) => (atTop ? f.k : f.k + 1)).filter((k) => k < lines.length));
}
