// Article heads: every place where a title may stand is a candidate; the evidence around it (title face,
// byline, rubric, drop cap, credited caption, page top, the close of the piece before) is weighed into a score.
import type { Block, PageLine } from '../domain/types.ts';
import type { ArticleConventions, HeadWeights } from '../conventions/articles.ts';
import { endsSentence, endsWithCredit, isAllCaps, startsLowercase, wordCount } from '../repair/text.ts';
import { leadByline, namePublicationByline, signatureName } from './bylines.ts';

/** One printed line with the block it came from. */
export interface FlatLine {
  line: PageLine;
  block: number;
  /** First line of its block. */
  blockStart: boolean;
}

export interface Head {
  /** First line of the head: a rubric or disclaimer above the title, else the title. */
  preludeAt: number;
  titleAt: number;
  /** One past the title's last line. */
  titleEnd: number;
  bylineAt?: number;
  authors: string[];
  score: number;
}

interface Ctx {
  flat: FlatLine[];
  blocks: Block[];
  conv: ArticleConventions;
  bodySize?: number;
  /** The layout sets titles in a face of their own (PDF). */
  titlesSet: boolean;
  /** Memo: where the title starting at a line ends (undefined: no title there). */
  extents: Map<number, number | undefined>;
}

export function flatten(blocks: Block[]): FlatLine[] {
  return blocks.flatMap((b, block) => b.lines.map((line, k) => ({ line, block, blockStart: k === 0 })));
}

/** Heads whose evidence reaches the threshold, in reading order, none overlapping another. */
export function findHeads(blocks: Block[], conv: ArticleConventions): Head[] {
  const ctx = makeCtx(blocks, conv);
  const flat = ctx.flat;
  const chosen: Head[] = [];
  for (let i = 0; i < flat.length; i++) {
    const head = candidateAt(i, ctx);
    if (!head || head.score < conv.headThreshold) continue;
    const last = chosen[chosen.length - 1];
    if (last && head.preludeAt < headEnd(last) + conv.minArticleLines) {
      if (head.score > last.score) chosen[chosen.length - 1] = head;
      continue;
    }
    chosen.push(head);
  }
  return chosen;
}

function makeCtx(blocks: Block[], conv: ArticleConventions): Ctx {
  const flat = flatten(blocks);
  const ctx: Ctx = { flat, blocks, conv, bodySize: bodyFontSize(flat), titlesSet: false, extents: new Map() };
  ctx.titlesSet = flat.some((f) => isTitleFace(f.line, ctx));
  return ctx;
}

export function headEnd(h: Head): number {
  return h.bylineAt !== undefined && h.bylineAt >= h.titleEnd ? h.bylineAt + 1 : h.titleEnd;
}

/** Every candidate head with its features (for inspection and tests). */
export function explainHeads(blocks: Block[], conv: ArticleConventions): (Head & { features: Features })[] {
  const ctx = makeCtx(blocks, conv);
  const flat = ctx.flat;
  return flat.flatMap((_f, i) => {
    const h = candidateAt(i, ctx);
    return h ? [{ ...h, features: headFeatures(h, ctx) }] : [];
  });
}

function startsTitle(i: number, ctx: Ctx): boolean {
  if (!ctx.extents.has(i)) ctx.extents.set(i, isBoundary(i, ctx) ? titleExtent(i, ctx) : undefined);
  return ctx.extents.get(i) !== undefined;
}

function candidateAt(i: number, ctx: Ctx): Head | undefined {
  if (!startsTitle(i, ctx)) return undefined;
  const titleEnd = ctx.extents.get(i)!;
  const preludeAt = preludeStart(i, ctx);
  const byline = findByline(titleEnd, ctx);
  const features = headFeatures({ preludeAt, titleAt: i, titleEnd, bylineAt: byline?.at }, ctx);
  const score = Object.entries(features).reduce((s, [k, on]) => s + (on ? ctx.conv.weights[k as keyof HeadWeights] : 0), 0);
  return { preludeAt, titleAt: i, titleEnd, ...(byline ? { bylineAt: byline.at } : {}), authors: byline?.authors ?? [], score };
}

/** A title can only start where text starts: a block, a sentence, a change of case, a page. */
function isBoundary(i: number, ctx: Ctx): boolean {
  const cur = ctx.flat[i]!;
  const prev = ctx.flat[i - 1];
  if (!prev || cur.blockStart || endsSentence(prev.line.text) || isFurniture(prev.line.text, ctx)) return true;
  if (prev.line.physicalPage !== cur.line.physicalPage || !sameSize(prev.line.fontSize, cur.line.fontSize)) return true;
  return isAllCaps(prev.line.text) !== isAllCaps(cur.line.text);
}

/** One past the last title line starting at i, or undefined when the lines there are not a title. */
function titleExtent(i: number, ctx: Ctx): number | undefined {
  const { flat, conv } = ctx;
  if (!isTitleLine(flat[i]!.line, ctx)) return undefined;
  let run = i + 1;
  while (run < flat.length && run - i < conv.maxTitleLines && continuesTitle(i, run, ctx)) run++;
  for (let j = run; j > i; j--) if (endsTitle(i, j, ctx)) return j;
  return undefined;
}

/** A title may end before line j: not inside a sentence (punctuation, a function word, a lower-case go-on). */
function endsTitle(i: number, j: number, ctx: Ctx): boolean {
  const { flat, conv } = ctx;
  const last = flat[j - 1]!.line.text.trim();
  if (/[.,;:]['"’”»)\]]*$/.test(last) || conv.functionWords.includes(lastWord(last))) return false;
  const next = flat[j];
  if (next && next.block === flat[j - 1]!.block && startsLowercase(next.line.text)) return false;
  return flat.slice(i, j).reduce((n, f) => n + wordCount(f.line.text), 0) <= conv.maxTitleWords;
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const TWO_LETTERS_RE = /\p{L}{2}/u;

function isTitleLine(line: PageLine, ctx: Ctx): boolean {
  const t = line.text.trim();
  if (!TWO_LETTERS_RE.test(t) || endsWithCredit(t) || ctx.conv.creditMarker.test(t)) return false;
  if (isFurniture(t, ctx) && !isTitleFace(line, ctx)) return false;
  return !leadByline(t, ctx.conv) && !namePublicationByline(t, ctx.conv) && !signatureName(t, ctx.conv);
}

/** Line j goes on with the title that starts at i: same block, page, case and face, no sentence end before it. */
function continuesTitle(i: number, j: number, ctx: Ctx): boolean {
  const a = ctx.flat[i]!;
  const b = ctx.flat[j]!;
  const prev = ctx.flat[j - 1]!.line.text;
  if (b.blockStart || b.line.physicalPage !== a.line.physicalPage || !isTitleLine(b.line, ctx)) return false;
  if (/[.!?…]['"’”»)\]]*$/.test(prev.trim()) || isAllCaps(a.line.text) !== isAllCaps(b.line.text)) return false;
  if (a.line.role !== b.line.role || !sameSize(a.line.fontSize, b.line.fontSize)) return false;
  const widest = Math.max(ctx.conv.minTitleWidth, ...ctx.flat.slice(i, j).map((f) => f.line.text.length));
  return b.line.text.length <= widest * ctx.conv.titleLengthJump;
}

function sameSize(a: number | undefined, b: number | undefined): boolean {
  const SIZE_TOLERANCE = 0.1; // one face's sizes differ by rounding only
  return a === undefined || b === undefined || Math.abs(a - b) <= SIZE_TOLERANCE * Math.max(a, b);
}

/** Rubric and disclaimer lines just above the title (same page) belong to the head. */
function preludeStart(i: number, ctx: Ctx): number {
  let at = i;
  const titleCaps = isAllCaps(ctx.flat[i]!.line.text);
  while (at > 0 && i - at < ctx.conv.maxTitleLines) {
    const p = ctx.flat[at - 1]!;
    if (p.line.physicalPage !== ctx.flat[i]!.line.physicalPage) break;
    const apart = p.block !== ctx.flat[at]!.block || !sameSize(p.line.fontSize, ctx.flat[at]!.line.fontSize);
    const rubric = isRubric(p.line.text, ctx) && (!titleCaps || apart) && isBoundary(at - 1, ctx);
    if (!(isDisclaimer(p.line.text) || rubric)) break;
    at--;
  }
  return at;
}

function isFurniture(text: string, ctx: Ctx): boolean {
  return ctx.conv.furniture.some((re) => re.test(text.trim()));
}

function isRubric(text: string, ctx: Ctx): boolean {
  return isAllCaps(text) && wordCount(text) <= ctx.conv.maxRubricWords && !endsSentence(text);
}

function isDisclaimer(text: string): boolean {
  return /^disclaimer\b/i.test(text.trim());
}

/** A byline after the title, a standfirst possibly between: lead forms anywhere near, `X, Publication` standing alone. */
function findByline(titleEnd: number, ctx: Ctx): { at: number; authors: string[] } | undefined {
  const { flat, conv } = ctx;
  const page = flat[titleEnd - 1]!.line.physicalPage;
  const MAX_BYLINE_WORDS = 12; // a byline is a name and a publication, not a sentence
  const titleBlock = flat[titleEnd - 1]!.block;
  const near = (k: number): boolean => k < titleEnd + conv.bylineLookahead || (flat[k]!.block > titleBlock && flat[k]!.block <= titleBlock + conv.blockLookahead);
  for (let k = titleEnd; k < flat.length && near(k); k++) {
    const f = flat[k]!;
    if (f.line.physicalPage !== page || (k > titleEnd && f.blockStart && ctx.blocks[f.block]!.dropCap)) break;
    if (k > titleEnd && startsTitle(k, ctx) && (!ctx.titlesSet || isTitleFace(f.line, ctx))) break; // another title's byline
    const t = f.line.text.trim();
    if (wordCount(t) > MAX_BYLINE_WORDS || /[.;:]$/.test(t)) continue;
    const lead = leadByline(t, conv);
    if (lead && (lead.length || /^By\s/.test(t))) return { at: k, authors: lead };
    const standsAlone = k === titleEnd || f.blockStart || endsSentence(flat[k - 1]!.line.text);
    const named = standsAlone ? namePublicationByline(t, conv) : null;
    if (named) return { at: k, authors: named };
  }
  return undefined;
}

type Features = Record<keyof HeadWeights, boolean>;

function headFeatures(h: Omit<Head, 'authors' | 'score'>, ctx: Ctx): Features {
  const { flat, conv } = ctx;
  const title = flat.slice(h.titleAt, h.titleEnd);
  const words = title.reduce((n, f) => n + wordCount(f.line.text), 0);
  const face = title.every((f) => isTitleFace(f.line, ctx));
  const next = flat[h.titleEnd]?.line.text ?? '';
  return {
    titleFace: face,
    byline: h.bylineAt !== undefined,
    dropCap: blocksAfter(h.titleEnd, ctx).some((b) => b.dropCap || isLoneInitial(b)),
    rubric: h.preludeAt < h.titleAt && !isDisclaimer(flat[h.preludeAt]!.line.text),
    pageTop: onlyFurnitureBefore(h.preludeAt, ctx, true),
    documentStart: onlyFurnitureBefore(h.preludeAt, ctx, false),
    afterCloser: followsCloser(h.preludeAt, ctx),
    creditedCaption: creditFollows(h.titleEnd, ctx),
    longTitle: words >= conv.longTitleWords,
    shortTitle: words <= conv.shortTitleWords && !face,
    plainFaceWhereTitlesAreSet: ctx.titlesSet && !face,
    headingFace: title.some((f) => f.line.role === 'heading'),
    continuesText: flat[h.preludeAt]!.blockStart && ctx.blocks[flat[h.preludeAt]!.block]!.continues,
    attributedQuote: signatureName(next, conv) !== null,
  };
}

/** The piece before line i has just closed: a closer line starts among the few lines before, none of them title-like. */
function followsCloser(i: number, ctx: Ctx): boolean {
  for (let k = i - 1; k >= Math.max(0, i - ctx.conv.closerLookback); k--) {
    const t = ctx.flat[k]!.line.text.trim();
    if (ctx.conv.closers.some((re) => re.test(t))) return true;
    if (isAllCaps(t)) return false;
  }
  return false;
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const LAST_WORD_RE = /([\p{L}’']+)\P{L}*$/u;

/** Speed only: each line is the last of several candidate titles. Bounded so memory stays small. */
const LAST_WORD_MEMO_LIMIT = 20_000;
const LAST_WORD_MEMO = new Map<string, string>();

function lastWord(text: string): string {
  let word = LAST_WORD_MEMO.get(text);
  if (word !== undefined) return word;
  word = (LAST_WORD_RE.exec(text)?.[1] ?? '').toLowerCase();
  if (LAST_WORD_MEMO.size >= LAST_WORD_MEMO_LIMIT) LAST_WORD_MEMO.clear();
  LAST_WORD_MEMO.set(text, word);
  return word;
}

/** The blocks that begin after the title, within the lookahead, on its page. */
function blocksAfter(titleEnd: number, ctx: Ctx): Block[] {
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
function creditFollows(titleEnd: number, ctx: Ctx): boolean {
  const CAPTION_LINES = 4; // a caption runs to a few lines
  const lines = ctx.flat.slice(titleEnd, titleEnd + CAPTION_LINES).map((f) => f.line.text);
  if (lines.some((t) => endsWithCredit(t) || ctx.conv.creditMarker.test(t))) return true;
  return blocksAfter(titleEnd, ctx).slice(0, 2).some((b) => isCreditedCaption(b, ctx.conv));
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const ONE_CAPITAL_RE = /^\p{Lu}$/u;

/** A drop cap the repair could not join: a block holding one capital letter. */
function isLoneInitial(b: Block): boolean {
  return b.lines.length === 1 && ONE_CAPITAL_RE.test(b.lines[0]!.text.trim());
}

function isCreditedCaption(b: Block, conv: ArticleConventions): boolean {
  const last = b.lines[b.lines.length - 1]?.text ?? '';
  return endsWithCredit(last) || conv.creditMarker.test(b.lines.slice(-2).map((l) => l.text).join(' '));
}

/** Nothing but short furniture lines (folio, running head) stands before line i on its page (or in the document). */
function onlyFurnitureBefore(i: number, ctx: Ctx, samePage: boolean): boolean {
  const page = ctx.flat[i]!.line.physicalPage;
  for (let k = i - 1; k >= 0; k--) {
    const l = ctx.flat[k]!.line;
    if (samePage && l.physicalPage !== page) return true;
    if (wordCount(l.text) > ctx.conv.maxFurnitureWords && !isFurniture(l.text, ctx)) return false;
  }
  return true;
}

function isTitleFace(l: PageLine, ctx: Ctx): boolean {
  if (l.role === 'title') return true;
  return l.fontSize !== undefined && ctx.bodySize !== undefined && l.fontSize >= ctx.conv.titleSizeRatio * ctx.bodySize;
}

/** The body face: the font size most lines are set in. */
function bodyFontSize(flat: FlatLine[]): number | undefined {
  const counts = new Map<number, number>();
  for (const f of flat) if (f.line.fontSize) counts.set(Math.round(f.line.fontSize * 2) / 2, (counts.get(Math.round(f.line.fontSize * 2) / 2) ?? 0) + 1);
  let best: number | undefined;
  for (const [size, n] of counts) if (best === undefined || n > counts.get(best)!) best = size;
  return best;
}
