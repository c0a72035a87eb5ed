// Blocks of printed lines → domain lines: roles from size and weight, paragraph starts from indentation
// and spacing, footnotes moved to the end of the page, blank lines between blocks.
import type { Line } from '../../domain/types.ts';
import { buildLines } from './lines.ts';
import { classifyBlock, isFootnote, weighTags, type Block } from './roles.ts';
import type { LayoutLine, PageMetrics } from './types.ts';
import type { Leaf } from './xycut.ts';

/** Lines whose font sizes differ by more than this share are different blocks (title, body, caption). */
const SIZE_CHANGE = 0.15;
/** An indent is at least this many ems ... */
const INDENT_MIN_EM = 0.6;
/** ... and at most this share of the column width (more is a centred or ragged line, still a start). */
const INDENT_MAX_SHARE = 0.6;
/** A justified column: this share of its lines (but the last) reach the right edge within an em. */
const JUSTIFIED_SHARE = 0.6;
/** Lines whose middles agree within this many ems are centred on one axis. */
const CENTRE_EPS_EM = 1;
/** In a justified column a line ending this many ems short of the edge ends a paragraph. */
const SHORT_LINE_EM = 2;
/** A signature: a dash, then a name (and maybe a title), at most this many words in all. */
const SIGNATURE = /^[—–―-]\s*\p{Lu}/u;
const MAX_SIGNATURE_WORDS = 8;
const SENTENCE_END = /[.!?:;…]["'’”»)\]]*$/u;

export interface PageLayout {
  index: number;
  height: number;
  metrics: PageMetrics;
}

export function emitLines(leaves: readonly Leaf[], page: PageLayout): Line[] {
  const blocks = leaves.flatMap((leaf) => splitByStyle(leaf, page.metrics));
  const isNote = blocks.map((b, i) => isFootnote(b, blocks, page.metrics, page.height) || splitsSentence(blocks, i));
  const main = blocks.filter((_, i) => !isNote[i]);
  const notes = blocks.filter((_, i) => isNote[i]);
  const out: Line[] = [];
  let prev: Block | undefined;
  for (const b of [...main, ...notes]) {
    if (out.length && !(prev && signs(b, prev))) out.push({ text: '' });
    out.push(...toDomainLines(b, prev, page));
    prev = b;
  }
  return out;
}

/** A signature line (`— Jane Roe`) right under a display block (a pull quote) is read with it, as one block. */
function signs(b: Block, prev: Block): boolean {
  const t = b.lines[0]!.text;
  return b.lines.length === 1 && prev.role !== undefined && prev.role !== 'caption' && SIGNATURE.test(t) && t.split(/\s+/).length <= MAX_SIGNATURE_WORDS;
}

/**
 * A caption set between the two halves of a sentence (a photo inside a column): read after the page's text
 * like a footnote, so the sentence comes back together.
 */
function splitsSentence(blocks: readonly Block[], i: number): boolean {
  const [before, b, after] = [blocks[i - 1], blocks[i]!, blocks[i + 1]];
  if (b.role !== 'caption' || !before || !after || before.role || after.role) return false;
  const last = before.lines[before.lines.length - 1]!.text;
  return !SENTENCE_END.test(last) && /^\p{Ll}/u.test(after.lines[0]!.text);
}

function splitByStyle(leaf: Leaf, m: PageMetrics): Block[] {
  const lines = buildLines(leaf.frags).filter((l) => l.text !== '');
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const blocks: Block[] = [];
  for (const l of lines) {
    const last = blocks[blocks.length - 1];
    const prevLine = last?.lines[last.lines.length - 1];
    if (last && prevLine && !styleChanges(prevLine, l)) last.lines.push(l);
    else blocks.push({ lines: [l], afterGap: last ? true : leaf.afterGap, left, right });
  }
  for (const b of blocks) {
    b.role = weighTags(b, classifyBlock(b, m), m);
    b.centred = isCentred(b);
  }
  return blocks;
}

function styleChanges(a: LayoutLine, b: LayoutLine): boolean {
  return Math.abs(a.size - b.size) > SIZE_CHANGE * Math.min(a.size, b.size) || a.bold !== b.bold || !!a.italic !== !!b.italic;
}

function toDomainLines(b: Block, prev: Block | undefined, page: PageLayout): Line[] {
  const justified = isJustified(b);
  return b.lines.map((l, i) => {
    const before = i === 0 ? prev?.lines[prev.lines.length - 1] : b.lines[i - 1];
    const gap = gapScore(l, before, page.metrics);
    const start = startScore(b, l, i === 0 ? prev : undefined, before, justified) + gap >= START_SCORE;
    return {
      text: l.text,
      box: { page: page.index, x: round(l.x0), y: round(l.top), w: round(l.x1 - l.x0), h: round(l.bottom - l.top) },
      fontSize: round(l.size),
      ...(l.bold ? { bold: true } : {}),
      ...(l.italic ? { italic: true } : {}),
      ...(b.role ? { role: b.role } : {}),
      ...(start ? { paragraphStart: true } : {}),
      ...(gap > 0 ? { sectionStart: true } : {}),
    };
  });
}

/** Weights of the evidence that a line starts a paragraph; a line whose evidence sums to START_SCORE does. */
const START_SCORE = 2;
/** A drop cap, a display block (title, caption …) or the page's first block: a start whatever else holds. */
const W_DISPLAY = 4;
/** First-line indent; white space after a finished sentence; a short last line in a justified column. */
const W_INDENT = 2;
const W_GAP = 2;
const W_SHORT_LINE = 2;
/** Tagged PDFs: the line opens a paragraph element after a finished sentence (the producer said so). */
const W_TAG_START = 2;
/** Tagged PDFs: the line goes on in the same element as the line before (outweighs indent or gap). */
const W_SAME_ELEMENT = -3;

/** White space this many ems beyond the usual line gap parts sections (a dateline block from a release's text). */
const WIDE_GAP_EM = 2.5;
const W_WIDE_GAP = 2;

/** A wide white band right above the line in its column starts a paragraph, finished sentence or not. */
function gapScore(l: LayoutLine, before: LayoutLine | undefined, m: PageMetrics): number {
  if (!before || Math.min(l.x1, before.x1) <= Math.max(l.x0, before.x0)) return 0;
  return l.top - before.bottom > m.lineGap + WIDE_GAP_EM * l.size ? W_WIDE_GAP : 0;
}

/** `prev` is the block before when `l` opens block `b`; `before` is the line printed before `l`. */
function startScore(b: Block, l: LayoutLine, prev: Block | undefined, before: LayoutLine | undefined, justified: boolean): number {
  const opens = l === b.lines[0];
  const sentenceDone = !before || SENTENCE_END.test(before.text);
  let score = 0;
  if (opens && (l.dropCap || b.role || !prev || prev.role)) score += W_DISPLAY;
  if (l.dropCap && !opens) score += W_DISPLAY;
  if (!opens && b.role) return 0; // a title or caption set in several lines is one piece
  if (isIndented(b, l)) score += W_INDENT;
  if (opens && b.afterGap && sentenceDone) score += W_GAP;
  if (!opens && justified && before && before.x1 < b.right - SHORT_LINE_EM * before.size && sentenceDone) score += W_SHORT_LINE;
  if (l.tag !== undefined && l.tagStart && sentenceDone && !/^\p{Ll}/u.test(l.text)) score += W_TAG_START;
  if (l.tag !== undefined && !l.tagStart && before?.tagNode === l.tagNode) score += W_SAME_ELEMENT;
  return score;
}

function isIndented(b: Block, l: LayoutLine): boolean {
  if (b.centred) return false; // centred lines start where their length puts them
  const indent = l.x0 - b.left;
  return indent >= INDENT_MIN_EM * l.size && indent <= INDENT_MAX_SHARE * (b.right - b.left);
}

/** Lines of different lengths whose middles line up: a centred block (a notice, a boilerplate footer). */
function isCentred(b: Block): boolean {
  if (b.lines.length < 2) return false;
  const mids = b.lines.map((l) => (l.x0 + l.x1) / 2);
  const lefts = b.lines.map((l) => l.x0);
  const size = b.lines[0]!.size;
  return Math.max(...mids) - Math.min(...mids) <= CENTRE_EPS_EM * size && Math.max(...lefts) - Math.min(...lefts) > INDENT_MIN_EM * size;
}

function isJustified(b: Block): boolean {
  const body = b.lines.slice(0, -1);
  if (body.length < 2) return false;
  const full = body.filter((l) => l.x1 >= b.right - l.size).length;
  return full >= JUSTIFIED_SHARE * body.length;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
