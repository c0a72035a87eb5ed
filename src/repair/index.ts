// Repair stage (stub): pages become blocks split at blank lines.
import type { Block, RawDocument, RepairedDocument } from '../domain/types.ts';

export function repairDocument(raw: RawDocument): RepairedDocument {
  const blocks: Block[] = [];
  for (const page of raw.pages) {
    let cur: Block = { lines: [] };
    for (const l of page.lines) {
      if (l.text === '') { if (cur.lines.length) blocks.push(cur); cur = { lines: [] }; continue; }
      cur.lines.push({ ...l, page: null, physicalPage: page.index });
    }
    if (cur.lines.length) blocks.push(cur);
  }
  return { blocks, stats: { letterSpaced: 0, dropCaps: 0, hyphens: 0, jumps: 0, columns: 0, strayWords: 0 } };
}
