// "Continued on Page N" markers: removed from the text, and used as the only evidence of printed page numbers.
import type { Page } from '../domain/types.ts';

const JUMP = /^\(?\s*continued\s+on\s+page\s+(\d{1,4})\s*\)?\.?$/i;
/** `(Continued from Page 4)` at the top of a page carries no number for this page; it just goes. */
const JUMP_BACK = /^\(?\s*continued\s+from\s+page\s+\d{1,4}\s*\)?\.?$/i;

export interface JumpResult {
  pages: Page[];
  /** Printed page number per physical page (index-aligned with pages), null where nothing tells. */
  labels: (number | null)[];
  jumps: number;
  /** Pages that ended with a jump marker: their last sentence goes on overleaf. */
  jumpedPages: boolean[];
}

/** Remove jump markers. The page that ends with `Continued on Page N` is N−1; the page after it is N. */
export function repairJumps(pages: Page[]): JumpResult {
  const labels: (number | null)[] = pages.map((p) => p.label ?? null);
  let jumps = 0;
  const jumpedPages = pages.map(() => false);
  const cleaned = pages.map((page, i) => {
    const lines = page.lines.filter((l) => {
      if (JUMP_BACK.test(l.text.trim())) {
        jumps++;
        return false;
      }
      const m = JUMP.exec(l.text.trim());
      if (!m) return true;
      const n = Number(m[1]);
      jumps++;
      jumpedPages[i] = true;
      if (labels[i] == null) labels[i] = n - 1;
      if (i + 1 < pages.length && labels[i + 1] == null) labels[i + 1] = n;
      return false;
    });
    return { ...page, lines };
  });
  return { pages: cleaned, labels, jumps, jumpedPages };
}
