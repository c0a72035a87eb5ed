// The pure half of the PDF reader: positioned text chunks in, the shared page/line model out.
// No PDF engine here, so every step can be tested with hand-made chunks.
import type { Page, RawDocument } from '../../domain/types.ts';
import { emitLines } from './blocks.ts';
import { mergeDropCaps } from './dropCaps.ts';
import { buildFragments } from './fragments.ts';
import { removeFurniture } from './furniture.ts';
import { dominantSize, median } from './geometry.ts';
import { removeLineNumbers } from './gutters.ts';
import { wordSizeJitter } from './textLayer.ts';
import type { Frag, PageMetrics, PdfChunk, PdfPage } from './types.ts';
import { cutRegions } from './xycut.ts';

/** Points: the body size when a document has no text at all (never used for output, only to stay finite). */
const FALLBACK_SIZE = 10;
/** White space between lines when a page has no two stacked lines of text to measure (ems). */
const DEFAULT_LINE_GAP_EM = 0.25;

export function layoutDocument(pages: readonly PdfPage[], source: string): RawDocument {
  const fragPages = pages.map((p) => ({ index: p.index, height: p.height, frags: buildFragments(removeLineNumbers(cleanChunks(p.chunks))) }));
  const furniture = removeFurniture(fragPages);
  const docSize = dominantSize(furniture.frags.flat());
  const out: Page[] = fragPages.map((p, i) => {
    const frags = furniture.frags[i]!;
    const metrics = measurePage(frags, docSize);
    const leaves = cutRegions(mergeDropCaps(frags, metrics.bodySize), metrics);
    const lines = emitLines(leaves, { index: p.index, height: p.height, metrics });
    const label = furniture.labels[i];
    return { index: p.index, lines, ...(label !== undefined ? { label } : {}) };
  });
  return { source, pages: out, lineEndHyphens: 'resolve', wordSizeJitter: round3(wordSizeJitter(fragPages.flatMap((p) => p.frags))) };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Drop empty chunks and trim the rest (positions stay: pdf.js puts spaces inside chunks, not at their edges). */
function cleanChunks(chunks: readonly PdfChunk[]): PdfChunk[] {
  return chunks.map((c) => ({ ...c, text: cleanGlyphs(c.text).trim() })).filter((c) => c.text !== '' && c.fontSize > 0);
}

/**
 * No control characters leave the reader. A glyph with no text (U+0000, a ligature the producer did not map)
 * becomes U+FFFD, which the repair stage fills from the vocabulary; the private-use letters of old Mac fonts'
 * fi and fl ligatures become their letters; other private-use glyphs are icons and go.
 */
export function cleanGlyphs(s: string): string {
  return s
    .replace(/\u0000/g, '\uFFFD')
    .replace(/\uF001/g, 'fi')
    .replace(/\uF002/g, 'fl')
    .replace(/[\uE000-\uF8FF\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

/**
 * The body size is the document's (the size of most of its characters): a page of footnotes or of headlines
 * would mislead. The line gap is measured on the page, between lines of that size.
 */
export function measurePage(frags: readonly Frag[], docSize: number): PageMetrics {
  const bodySize = docSize || dominantSize(frags) || FALLBACK_SIZE;
  return { bodySize, lineGap: measureLineGap(frags, bodySize) };
}

/** Median white space between a line of running text and the next line below it in the same column. */
function measureLineGap(frags: readonly Frag[], bodySize: number): number {
  const body = frags.filter((f) => Math.abs(f.size - bodySize) <= 0.1 * bodySize).sort((a, b) => a.top - b.top);
  const gaps: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const f = body[i]!;
    for (let j = i + 1; j < body.length && body[j]!.top < f.bottom + 3 * bodySize; j++) {
      const g = body[j]!;
      if (g.top > f.bottom - 0.2 * bodySize && overlapsX(f, g)) {
        gaps.push(Math.max(0, g.top - f.bottom));
        break;
      }
    }
  }
  return gaps.length ? median(gaps) : DEFAULT_LINE_GAP_EM * bodySize;
}

function overlapsX(a: Frag, b: Frag): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 * Math.min(a.x1 - a.x0, b.x1 - b.x0);
}
