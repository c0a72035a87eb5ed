// Running heads, feet and folios (`SPECIAL REPORT | 4`, `— 3 —`, `Page 3`, a bare page number): removed from
// the text, and the folios used as printed page labels when they agree with the run of pages.
import type { Page } from '../domain/types.ts';
import { DEFAULT_FURNITURE, type FurnitureConventions } from '../conventions/furniture.ts';
import { agreedOffset, edgeIndexes, findRunningHeads, folioCandidates, headKey, headWords, scatteredNumberedHeads } from './folios.ts';

export interface RunningHeads {
  pages: Page[];
  /** Printed page per physical page: the labels given, else the folios' run, else null. */
  labels: (number | null)[];
  removed: number;
  /** Whether the labels came from folios printed on the pages (stronger than jump-line guesses). */
  fromFolios: boolean[];
}

export function repairRunningHeads(pages: Page[], labels: (number | null)[], conv: FurnitureConventions = DEFAULT_FURNITURE): RunningHeads {
  const scattered = scatteredNumberedHeads(pages, conv); // a running foot a dump set between the columns
  const heads = new Set([...findRunningHeads(pages, conv), ...scattered]);
  const candidates = pages.map((p) => folioCandidates(p, heads, conv, scattered));
  const offset = agreedOffset(pages, candidates, conv);
  const folioLabel = (i: number): number | null => (offset !== undefined && pages[i]!.index + offset > 0 ? pages[i]!.index + offset : null);
  let removed = 0;
  const cleaned = pages.map((page, i) => {
    const own = labels[i] ?? folioLabel(i);
    const folioLines = new Set(candidates[i]!.filter((c) => c.n === own).map((c) => c.line));
    const edges = edgeIndexes(page, conv);
    const lines = page.lines.filter((l, k) => {
      const t = l.text.trim();
      const head = heads.has(headKey(t)) && headWords(t) <= conv.maxHeadWords && (!l.box || edges.has(k));
      if (!folioLines.has(k) && !head) return true;
      removed++;
      return false;
    });
    return { ...page, lines };
  });
  return {
    pages: cleaned,
    labels: labels.map((l, i) => l ?? folioLabel(i)),
    removed,
    fromFolios: labels.map((l, i) => l == null && folioLabel(i) !== null),
  };
}
