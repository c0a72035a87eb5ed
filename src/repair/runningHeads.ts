// Running heads and feet (`SPECIAL REPORT | 4`, a bare page number) repeated at the top or bottom of pages:
// removed from the text, and their numbers used as printed page labels.
import type { Page } from '../domain/types.ts';

/** A line is furniture when it recurs on this share of the pages (and on at least MIN_PAGES of them). */
const MIN_SHARE = 0.3;
const MIN_PAGES = 3;
/** Lines from each end of a page that may hold furniture. */
const EDGE_LINES = 2;
/** Furniture is short: a long recurring line is content (a repeated slogan in running text is rarer still). */
const MAX_FURNITURE_CHARS = 80;

export interface RunningHeads {
  pages: Page[];
  labels: (number | null)[];
  removed: number;
}

const shape = (t: string): string => t.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

export function repairRunningHeads(pages: Page[], labels: (number | null)[]): RunningHeads {
  const furniture = findFurniture(pages);
  const offsets = new Map<number, number>();
  let removed = 0;
  const cleaned = pages.map((page, i) => {
    const edges = new Set(edgeIndexes(page));
    const lines = page.lines.filter((l, k) => {
      if (!edges.has(k) || !furniture.has(shape(l.text))) return true;
      const n = pageNumberIn(l.text);
      // A bare number is the page number; in a line of words, the last number is the likeliest one.
      if (n !== undefined && (!offsets.has(i) || /^\d+$/.test(l.text.trim()))) offsets.set(i, n - page.index);
      removed++;
      return false;
    });
    return { ...page, lines };
  });
  const offset = agreedOffset([...offsets.values()]);
  const out = labels.map((l, i) => l ?? (offset !== undefined && offsets.has(i) ? pages[i]!.index + offset : null));
  return { pages: cleaned, labels: out, removed };
}

function pageNumberIn(text: string): number | undefined {
  const all = text.match(/\d{1,5}/g);
  return all ? Number(all[all.length - 1]) : undefined;
}

function edgeIndexes(page: Page): number[] {
  const nonBlank = page.lines.flatMap((l, k) => (l.text.trim() ? [k] : []));
  return [...nonBlank.slice(0, EDGE_LINES), ...nonBlank.slice(-EDGE_LINES)];
}

function findFurniture(pages: Page[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set(edgeIndexes(page).map((k) => shape(page.lines[k]!.text)).filter((s) => s && s.length <= MAX_FURNITURE_CHARS));
    for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const min = Math.max(MIN_PAGES, Math.ceil(pages.length * MIN_SHARE));
  return new Set([...counts].filter(([, n]) => n >= min).map(([s]) => s));
}

/** Printed numbers count with the physical pages when most of them agree on one offset. */
function agreedOffset(offsets: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const o of offsets) counts.set(o, (counts.get(o) ?? 0) + 1);
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return best !== undefined && n !== undefined && n >= Math.max(2, offsets.length / 2) ? best : undefined;
}
