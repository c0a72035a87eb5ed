// Evidence around a candidate article head: title face, drop cap, credited caption, page top, the close
// of the piece before. Each is a yes/no feature; heads.ts weighs them.
import { memoize } from '../text/memo.ts';
import type { Block, PageLine } from '../domain/types.ts';
import type { ArticleConventions, HeadWeights } from '../conventions/articles.ts';
import { endsSentence, endsWithCredit, isAllCaps, typicalWidth, wordCount } from '../text/predicates.ts';
import { signatureName } from './bylines.ts';
import type { FlatLine, Head } from './heads.ts';

export interface Ctx {
  flat: FlatLine[];
  blocks: Block[];
  conv: ArticleConventions;
  bodySize?: number;
  /** The layout sets titles in a face of their own (PDF). */
  titlesSet: boolean;
  /** Memo: where the title starting at a line ends (undefined: no title there). */
  extents: Map<number, number | undefined>;
}

export function sameSize(a: number | undefined, b: number | undefined): boolean {
  const SIZE_TOLERANCE = 0.1; // one face's sizes differ by rounding only
  return a === undefined || b === undefined || Math.abs(a - b) <= SIZE_TOLERANCE * Math.max(a, b);
}

export type Features = Record<keyof HeadWeights, boolean>;

export function headFeatures(h: Omit<Head, 'authors' | 'score'>, ctx: Ctx): Features {
  const { flat, conv } = ctx;
  const title = flat.slice(h.titleAt, h.titleEnd);
  const words = title.reduce((n, f) => n + wordCount(f.line.text), 0);
  const face = title.every((f) => isTitleFace(f.line, ctx));
  const next = flat[h.titleEnd]?.line.text ?? '';
  return {
    titleFace: face,
    byline: h.bylineAt !== undefined,
    dropCap: !runsIntoBlock(bodyStart(h), ctx) && blocksAfter(h.titleEnd, ctx).some((b) => b.dropCap || isLoneInitial(b)),
    rubric: flat.slice(h.preludeAt, h.titleAt).some((f) => isRubric(f.line.text, ctx)),
    pageTop: onlyFurnitureBefore(h.preludeAt, ctx, true),
    documentStart: onlyFurnitureBefore(h.preludeAt, ctx, false),
    afterCloser: followsCloser(h.preludeAt, ctx),
    runsOn: runsOn(h.preludeAt, ctx),
    asksYou: /\?['"’”]?$/.test(title[title.length - 1]!.line.text.trim()) && title.some((f) => /\byou(?:r|rs)?\b/i.test(f.line.text)),
    standsApart: title[0]!.blockStart && flat[h.titleEnd]?.blockStart !== false && !title.some((f) => f.line.fontSize !== undefined),
    wholeQuotation: /^[“‘]/.test(title[0]!.line.text.trim()) && /[”’]$/.test(title[title.length - 1]!.line.text.trim()),
    jumpHead: [...title, ...flat.slice(h.titleEnd, h.titleEnd + 1)].some((f) => conv.jumpHead.test(f.line.text)),
    creditedCaption: creditFollows(h.titleEnd, ctx),
    longTitle: words >= conv.longTitleWords,
    shortTitle: words <= conv.shortTitleWords && !face,
    plainFaceWhereTitlesAreSet: ctx.titlesSet && !face,
    headingFace: title.some((f) => f.line.role === 'heading'),
    continuesText: flat[h.preludeAt]!.blockStart && ctx.blocks[flat[h.preludeAt]!.block]!.continues,
    attributedQuote: signatureName(next, conv) !== null,
    wrapsEarly: wrapsEarly(title, h.titleEnd, ctx),
    overSpanningText: overSpanningText(title, h.titleEnd, ctx),
    interviewTitle: conv.interviewTitles.some((re) => re.test(title.map((f) => f.line.text.trim()).join(' '))),
  };
}

/** The piece before line i has just closed: a closer line starts among the few lines before, none of them title-like. */
export function followsCloser(i: number, ctx: Ctx): boolean {
  for (let k = i - 1; k >= Math.max(0, i - ctx.conv.closerLookback); k--) {
    const t = ctx.flat[k]!.line.text.trim();
    if (ctx.conv.closers.some((re) => re.test(t))) return true;
    if (isAllCaps(t)) return false;
  }
  return false;
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const LAST_WORD_RE = /([\p{L}\p{N}’']+)[^\p{L}\p{N}]*$/u; // `… by 2014` ends in `2014`, not `by`
/** Speed only: each line is the last of several candidate titles. Bounded so memory stays small. */
const LAST_WORD_MEMO_LIMIT = 20_000;

export const lastWord: (text: string) => string = memoize((text) => (LAST_WORD_RE.exec(text)?.[1] ?? '').toLowerCase(), LAST_WORD_MEMO_LIMIT);

/**
 * The head's own block goes on after it (title or byline, then more lines of the same block): the text right under
 * the head is that block's rest, so a drop cap in a later block opens some other piece's first paragraph.
 */
function runsIntoBlock(bodyAt: number, ctx: Ctx): boolean {
  const next = ctx.flat[bodyAt];
  return !!next && !next.blockStart && next.line.physicalPage === ctx.flat[bodyAt - 1]!.line.physicalPage;
}

/** Where the text under the head starts: after the byline when one follows the title, else after the title. */
function bodyStart(h: Omit<Head, 'authors' | 'score'>): number {
  return h.bylineAt !== undefined && h.bylineAt >= h.titleEnd ? h.bylineAt + 1 : h.titleEnd;
}

/** The blocks that begin after the title, within the lookahead, on its page. */
export function blocksAfter(titleEnd: number, ctx: Ctx): Block[] {
  const f = ctx.flat[titleEnd - 1]!;
  const out: Block[] = [];
  for (let b = f.block + 1; b < ctx.blocks.length && out.length < ctx.conv.blockLookahead; b++) {
    const block = ctx.blocks[b]!;
    if (block.lines[0]?.physicalPage !== f.line.physicalPage) break;
    out.push(block);
  }
  return out;
}

/** A credited caption under the title: in the next blocks, or (a dump keeping the page in one block) the next lines. */
export function creditFollows(titleEnd: number, ctx: Ctx): boolean {
  const CAPTION_LINES = 4; // a caption runs to a few lines
  const lines = ctx.flat.slice(titleEnd, titleEnd + CAPTION_LINES).map((f) => f.line.text);
  if (lines.some((t) => endsWithCredit(t) || ctx.conv.creditMarker.test(t))) return true;
  return blocksAfter(titleEnd, ctx).slice(0, 2).some((b) => isCreditedCaption(b, ctx.conv));
}

const ONE_CAPITAL_RE = /^\p{Lu}$/u;
const SPACED_LETTERS_RE = /^(?:\p{L}\s){1,}\p{L}$/u;

/** A drop cap the repair could not join: a block holding one capital letter. */
export function isLoneInitial(b: Block): boolean {
  return b.lines.length === 1 && ONE_CAPITAL_RE.test(b.lines[0]!.text.trim());
}

export function isCreditedCaption(b: Block, conv: ArticleConventions): boolean {
  const last = b.lines[b.lines.length - 1]?.text ?? '';
  return endsWithCredit(last) || conv.creditMarker.test(b.lines.slice(-2).map((l) => l.text).join(' '));
}

/** Nothing but short furniture lines (folio, running head) stands before line i on its page (or in the document). */
export function onlyFurnitureBefore(i: number, ctx: Ctx, samePage: boolean): boolean {
  const page = ctx.flat[i]!.line.physicalPage;
  for (let k = i - 1; k >= 0; k--) {
    const l = ctx.flat[k]!.line;
    if (samePage && l.physicalPage !== page) return true;
    if (wordCount(l.text) > ctx.conv.maxFurnitureWords && !isFurniture(l.text, ctx)) return false;
  }
  return true;
}

export function isTitleFace(l: PageLine, ctx: Ctx): boolean {
  if (l.role === 'title') return true;
  return l.fontSize !== undefined && ctx.bodySize !== undefined && l.fontSize >= ctx.conv.titleSizeRatio * ctx.bodySize;
}

/** The body face: the font size most lines are set in. */
export function bodyFontSize(flat: FlatLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (const f of flat) if (f.line.fontSize) counts.set(Math.round(f.line.fontSize * 2) / 2, (counts.get(Math.round(f.line.fontSize * 2) / 2) ?? 0) + 1);
  let best: number | undefined;
  for (const [size, n] of counts) if (best === undefined || n > counts.get(best)!) best = size;
  return best;
}

export function isFurniture(text: string, ctx: Ctx): boolean {
  return ctx.conv.furniture.some((re) => re.test(text.trim()));
}

export function isRubric(text: string, ctx: Ctx): boolean {
  return isAllCaps(text) && wordCount(text) <= ctx.conv.maxRubricWords && !endsSentence(text);
}

export function isDisclaimer(text: string): boolean {
  return /^disclaimer\b/i.test(text.trim());
}

/** `M i k e`, `B y`: a letter-spaced word that a dump scattered apart from its line (a byline's pieces). */
export function isSpacedFragment(text: string): boolean {
  return SPACED_LETTERS_RE.test(text.trim());
}

/**
 * The candidate opens a new sentence inside running text: in the middle of a block, after a full-width line that
 * ends a sentence (a paragraph's last line is short; a title after a closing line or a page top is not affected).
 */
export function runsOn(i: number, ctx: Ctx): boolean {
  const f = ctx.flat[i]!;
  const prev = ctx.flat[i - 1];
  if (!prev || f.blockStart || prev.block !== f.block || !endsSentence(prev.line.text)) return false;
  const LINES_BEFORE = 8; // the running text just above sets the column width
  const before = ctx.flat.slice(Math.max(0, i - LINES_BEFORE), i).filter((g) => g.block === f.block);
  const width = typicalWidth(before.map((g) => g.line.text.length));
  return width > 0 && prev.line.text.length >= ctx.conv.fullLineRatio * width;
}

/**
 * The title runs over several lines, yet its first line with the next line's first word would still stop well short
 * of the measure of the text under it: the title is set larger than the body (a dump keeps the break, not the face).
 */
export function wrapsEarly(title: FlatLine[], titleEnd: number, ctx: Ctx): boolean {
  const [first, second] = title;
  if (!first || !second || title.some((f) => f.line.fontSize !== undefined)) return false;
  if (wordCount(first.line.text) < ctx.conv.minEarlyBreakWords) return false;
  const LINES_BELOW = 8; // the running text under the title sets the measure
  const page = first.line.physicalPage;
  const below = ctx.flat.slice(titleEnd, titleEnd + LINES_BELOW).filter((f) => f.line.physicalPage === page);
  const measure = typicalWidth(below.map((f) => f.line.text.length));
  const nextWord = second.line.text.trim().split(/\s+/)[0] ?? '';
  return measure > 0 && first.line.text.trim().length + 1 + nextWord.length < ctx.conv.earlyBreakRatio * measure;
}

/**
 * A dump's title with text set across the columns right under it: the next line is much wider than the page's
 * typical line (a standfirst over the columns), and the title is not.
 */
export function overSpanningText(title: FlatLine[], titleEnd: number, ctx: Ctx): boolean {
  const first = title[0];
  if (!first || title.some((f) => f.line.fontSize !== undefined)) return false;
  const page = first.line.physicalPage;
  const onPage = ctx.flat.filter((f) => f.line.physicalPage === page).map((f) => f.line.text.trim().length);
  const typical = typicalWidth(onPage);
  const under = ctx.flat.slice(titleEnd, titleEnd + 1).filter((f) => f.line.physicalPage === page);
  const SPAN_RATIO = 1.5; // set across two columns or more, with room for a ragged line
  const wide = (f: FlatLine) => f.line.text.trim().length >= SPAN_RATIO * typical;
  return typical > 0 && under.length === 1 && under.every(wide) && title.every((f) => !wide(f));
}
