// Segment stage (stub): one article, one paragraph per block.
import type { Block, SegmentedDocument } from '../domain/types.ts';

export function segmentDocument(blocks: Block[]): SegmentedDocument {
  return {
    front: [],
    articles: [{
      title: blocks[0]?.lines[0]?.text ?? 'Untitled', authors: [], kind: 'news',
      paragraphs: blocks.map((b) => ({ kind: 'body' as const, text: b.lines.map((l) => l.text).join(' '), page: b.lines[0]?.page ?? null })),
    }],
  };
}
