// What a block is, from its type: titles and headings by size and weight, bylines, captions, footnotes.
import type { Line } from '../../domain/types.ts';
import { DEFAULT_PDF } from '../../conventions/pdf.ts';
import type { LayoutLine, PageMetrics } from './types.ts';

/** Titles are set far larger than the running text. */
const TITLE_RATIO = 1.6;
/** Headings are somewhat larger than the text ... */
const HEADING_RATIO = 1.15;
/** ... or bold at text size, short, and not a sentence (a bold question in an interview is not a heading). */
const MAX_BOLD_HEADING_LINES = 3;
/** Captions and footnotes are set smaller than the text. */
const SMALL_RATIO = 0.92;
/** A head set in capitals at text size is short: this many lines at most, and this many letters at least. */
const MAX_CAPS_HEAD_LINES = 2;
const MIN_CAPS_HEAD_LETTERS = 4;
const MAX_CAPTION_LINES = 6;
/** Footnotes sit in the lower part of the page (share of its height). */
const FOOTNOTE_TOP_SHARE = 0.4;
const FOOTNOTE_MARK = /^(?:\d{1,3}|[*†‡§¶])\s*\S/u;
const CREDIT_END = /\[[^\]]{2,80}\]$/;
const BYLINE = /^by\s+\S/i;
const MAX_BYLINE_CHARS = 90;
const SENTENCE_END = /[.!?…]["'’”»)\]]*$/u;

/**
 * Tagged PDFs: the structure tree weighs on the role found from type. A heading element is a title when set
 * large, a heading otherwise; a caption element is a caption; text in a paragraph or list element is running text, whatever its weight (a bold
 * question is not a heading). Untagged or mixed blocks keep the role their type gave.
 */
export function weighTags(b: Block, role: Line['role'], m: PageMetrics): Line['role'] {
  const tags = new Set(b.lines.map((l) => l.tag));
  if (tags.size !== 1) return role;
  const tag = b.lines[0]!.tag;
  if (tag === 'H1' || tag === 'H') return tag === 'H1' && b.lines[0]!.size >= HEADING_RATIO * m.bodySize ? 'title' : role === 'title' ? role : 'heading';
  if (tag === 'Caption') return 'caption';
  if ((tag === 'P' || tag === 'LI') && role === 'heading') return undefined;
  return role;
}

export interface Block {
  lines: LayoutLine[];
  afterGap: boolean;
  /** Edges of the leaf (column piece) the block came from: indentation is measured against them. */
  left: number;
  right: number;
  role?: Line['role'];
  /** Every line centred on one axis: indentation says nothing there. */
  centred?: boolean;
}

export function classifyBlock(b: Block, m: PageMetrics): Line['role'] {
  const size = b.lines[0]!.size;
  const text = b.lines.map((l) => l.text).join(' ');
  if (BYLINE.test(text) && text.length <= MAX_BYLINE_CHARS) return 'byline';
  if (size >= TITLE_RATIO * m.bodySize) return 'title';
  // larger text of several lines that ends a sentence is a standfirst or a pull quote, not a heading
  if (size >= HEADING_RATIO * m.bodySize && (b.lines.length === 1 || !SENTENCE_END.test(text))) return 'heading';
  const allBold = b.lines.every((l) => l.bold);
  if (allBold && b.lines.length <= MAX_BOLD_HEADING_LINES && !SENTENCE_END.test(text)) return 'heading';
  if (isCapitalsHead(b, text)) return 'heading';
  if ((CREDIT_END.test(text) || DEFAULT_PDF.creditEnd.test(text)) && b.lines.length <= MAX_CAPTION_LINES) return 'caption';
  if (size <= SMALL_RATIO * m.bodySize && b.lines.length <= MAX_CAPTION_LINES && !FOOTNOTE_MARK.test(text)) return 'caption';
  return undefined;
}

/** A short block set in capitals that is no sentence and no label (`THE PRESIDENT:`): a head in the body face. */
function isCapitalsHead(b: Block, text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return b.lines.length <= MAX_CAPS_HEAD_LINES && letters.length >= MIN_CAPS_HEAD_LETTERS && letters === letters.toUpperCase()
    && letters !== letters.toLowerCase() && !SENTENCE_END.test(text) && !/[:;,]$/.test(text);
}

/**
 * Small print low on the page with no running text under it (footnotes, a copyright notice at the foot of a
 * column): read after the page's text, so that a sentence running from one column into the next stays whole.
 */
export function isFootnote(b: Block, all: readonly Block[], m: PageMetrics, pageHeight: number): boolean {
  const first = b.lines[0]!;
  if (first.size > SMALL_RATIO * m.bodySize || first.top < FOOTNOTE_TOP_SHARE * pageHeight) return false;
  const bottom = b.lines[b.lines.length - 1]!.bottom;
  return !all.some((o) => o !== b && isBodyText(o, m) && o.lines[0]!.top >= bottom && overlaps(o, b));
}

function isBodyText(b: Block, m: PageMetrics): boolean {
  return !b.role && Math.abs(b.lines[0]!.size - m.bodySize) <= (1 - SMALL_RATIO) * m.bodySize;
}

function overlaps(a: Block, b: Block): boolean {
  const [a0, a1] = [Math.min(...a.lines.map((l) => l.x0)), Math.max(...a.lines.map((l) => l.x1))];
  const [b0, b1] = [Math.min(...b.lines.map((l) => l.x0)), Math.max(...b.lines.map((l) => l.x1))];
  return Math.min(a1, b1) > Math.max(a0, b0);
}
