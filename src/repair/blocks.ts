// Split pages into blocks (runs of lines between blank lines), carrying printed page numbers.
import type { Page, PageLine } from '../domain/types.ts';

/** A block while repairs work on it: its lines and the physical page it was printed on. */
export interface WorkBlock {
  lines: PageLine[];
  physicalPage: number;
  dropCap?: boolean;
  furniture?: 'pullquote' | 'footnote' | 'sidebar';
}

export function splitBlocks(pages: Page[], labels: (number | null)[]): WorkBlock[][] {
  return pages.map((page, i) => {
    const blocks: WorkBlock[] = [];
    let cur: PageLine[] = [];
    const flush = (): void => {
      if (cur.length) blocks.push({ lines: cur, physicalPage: page.index });
      cur = [];
    };
    for (const line of page.lines) {
      if (line.text.trim() === '') flush();
      else cur.push({ ...line, text: line.text.trim(), page: labels[i] ?? null, physicalPage: page.index });
    }
    flush();
    return blocks;
  });
}

export function lastLine(b: WorkBlock): PageLine | undefined {
  return b.lines[b.lines.length - 1];
}

export function firstText(b: WorkBlock): string {
  return b.lines[0]?.text ?? '';
}

export function lastText(b: WorkBlock): string {
  return lastLine(b)?.text ?? '';
}
