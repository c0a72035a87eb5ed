// "Continued on Page N" markers: removed from the text, and used as the only evidence of printed page numbers.
import type { Line, Page } from '../domain/types.ts';

/** The marker ends a line: alone, or after the last words of a column. */
const JUMP = /\s*\(?\s*continued\s+on\s+page\s+(\d{1,4})\s*\)?\.?\s*$/i;
/** `(Continued from Page 4)` at the top of a page carries no number for this page; it just goes. */
const JUMP_BACK = /^\s*\(?\s*continued\s+from\s+page\s+\d{1,4}\s*\)?\.?\s*/i;

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
  const jumpedPages = pages.map(() => false);
  let jumps = 0;
  const cleaned = pages.map((page, i) => {
    const lines: Line[] = [];
    for (const l of page.lines) {
      const back = JUMP_BACK.exec(l.text);
      const m = JUMP.exec(l.text);
      if (!back && !m) {
        lines.push(l);
        continue;
      }
      jumps++;
      if (m) recordJump(Number(m[1]), i);
      const rest = l.text.replace(JUMP, '').replace(JUMP_BACK, '');
      if (rest.trim()) lines.push({ ...l, text: rest });
    }
    return { ...page, lines };
  });
  function recordJump(n: number, i: number): void {
    jumpedPages[i] = true;
    if (labels[i] == null) labels[i] = n - 1;
    if (i + 1 < pages.length && labels[i + 1] == null) labels[i + 1] = n;
  }
  return { pages: cleaned, labels, jumps, jumpedPages };
}
