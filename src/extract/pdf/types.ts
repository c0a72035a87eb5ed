// Shapes the PDF reader passes between its steps. Types only.
import type { BlockTag } from './tags.ts';

/**
 * One run of text as the PDF engine reported it, in page space: points, origin at the top left of the page,
 * `baseline` is the y of the text baseline. Hand-made chunks drive the unit tests of the layout steps.
 */
export interface PdfChunk {
  text: string;
  x: number;
  baseline: number;
  width: number;
  fontSize: number;
  /** Font ascent and descent as fractions of the font size (descent positive); defaults when absent. */
  ascent?: number;
  descent?: number;
  bold?: boolean;
  italic?: boolean;
  /** Tagged PDFs: the structure element (paragraph, heading …) the text belongs to, and whether it opens it. */
  tag?: BlockTag;
  tagNode?: number;
  tagStart?: boolean;
}

export interface PdfPage {
  index: number; // 1-based physical page
  width: number;
  height: number;
  chunks: PdfChunk[];
}

/** Chunks that sit on one baseline close together: the unit that column detection works on. */
export interface Frag {
  chunks: PdfChunk[]; // left to right
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  size: number; // font size of most of the characters
  /** The first line of a paragraph that opens with a drop cap (the cap is already merged into the text). */
  dropCap?: boolean;
}

/** A printed line rebuilt from fragments, before it becomes a domain Line. */
export interface LayoutLine {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  size: number;
  bold: boolean;
  italic?: boolean;
  dropCap: boolean;
  /** Tagged PDFs: the structure element of most of the line, and whether the line opens it. */
  tag?: BlockTag;
  tagNode?: number;
  tagStart?: boolean;
}

/** Per-page facts the layout steps share. */
export interface PageMetrics {
  bodySize: number; // font size of the running text
  lineGap: number; // usual white space between two lines of running text
}
