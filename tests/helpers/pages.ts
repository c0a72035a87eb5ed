// Build small page/block fixtures from plain strings.
import type { Block, Page, PageLine } from '../../src/domain/types.ts';
import type { WorkBlock } from '../../src/repair/blocks.ts';

export function line(text: string, page: number | null = 1, physicalPage = 1): PageLine {
  return { text, page, physicalPage };
}

/** Blocks from a text where blank lines separate blocks. */
export function workBlocks(text: string, physicalPage = 1): WorkBlock[] {
  return text.trim().split(/\n\s*\n/).map((chunk) => ({
    physicalPage,
    lines: chunk.split('\n').map((t) => line(t.trim(), 1, physicalPage)),
  }));
}

export function blocks(text: string, physicalPage = 1): Block[] {
  return workBlocks(text, physicalPage).map((b) => ({ lines: b.lines, continues: false }));
}

export function page(index: number, text: string): Page {
  return { index, lines: text.split('\n').map((t) => ({ text: t })) };
}

export function texts(bs: { lines: { text: string }[] }[]): string[] {
  return bs.map((b) => b.lines.map((l) => l.text).join(' / '));
}
