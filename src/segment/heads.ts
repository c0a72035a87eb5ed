// Article heads: every place where a title may stand is a candidate; the evidence around it (title face,
// byline, rubric, drop cap, credited caption, page top, the close of the piece before) is weighed into a score.
import type { Block, PageLine } from '../domain/types.ts';
import type { ArticleConventions, HeadWeights } from '../conventions/articles.ts';
import { endsSentence, endsWithCredit, isAllCaps, startsLowercase, wordCount } from '../text/predicates.ts';
import { bodyFontSize, headFeatures, isCreditedCaption, isDisclaimer, isFurniture, isRubric, isSpacedFragment, isTitleFace, lastWord, sameSize, type Ctx, type Features } from './headEvidence.ts';
import { creditGoesOn, leadByline, namePublicationByline, signatureName } from './bylines.ts';

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
    if (last && textLines(flat, headEnd(last), head.preludeAt, conv) < conv.minArticleLines) {
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

/** Lines of running text in [from, to): more words than a folio, a rubric or a byline's scattered pieces. */
function textLines(flat: FlatLine[], from: number, to: number, conv: ArticleConventions): number {
  return flat.slice(from, Math.max(from, to)).filter((f) => wordCount(f.line.text) > conv.maxFurnitureWords).length;
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
  if (prev && creditGoesOn(prev.line.text, ctx.conv)) return false; // the rest of a wire story's credit line
  if (!prev || cur.blockStart || endsSentence(prev.line.text) || isFurniture(prev.line.text, ctx) || isSpacedFragment(prev.line.text)) return true;
  const p = prev.line.text.trim();
  if (ctx.conv.closingCredit.test(p) || ctx.conv.creditTail.test(p)) return true; // a wire story's credit closed it
  if (creditGoesOn(ctx.flat[i - 2]?.line.text ?? '', ctx.conv)) return true; // … and the line that ends it
  if (prev.line.physicalPage !== cur.line.physicalPage || !sameSize(prev.line.fontSize, cur.line.fontSize)) return true;
  return isAllCaps(prev.line.text) !== isAllCaps(cur.line.text);
}

/** One past the last title line starting at i, or undefined when the lines there are not a title. */
function titleExtent(i: number, ctx: Ctx): number | undefined {
  const { flat, conv } = ctx;
  // a line ending mid-phrase (`… new fares? A`) takes the early break of the line that completes it
  const midPhrase = conv.functionWords.includes(lastWord(flat[i]!.line.text.trim()));
  const breaksEarly = breaksBeforeWider(i, ctx) || (midPhrase && breaksBeforeWider(i + 1, ctx));
  if (!isTitleLine(flat[i]!.line, ctx, false, breaksEarly) || isCaptionBlock(flat[i]!, ctx)) return undefined;
  let run = i + 1;
  while (run < flat.length && run - i < conv.maxTitleLines && continuesTitle(i, run, ctx)) run++;
  for (let j = run; j > i; j--) if (endsTitle(i, j, ctx)) return j;
  return undefined;
}

/** A dump's line that, with the next line's first word, would stop well short of that line (set across the columns). */
function breaksBeforeWider(i: number, ctx: Ctx): boolean {
  const cur = ctx.flat[i]?.line;
  const next = ctx.flat[i + 1]?.line;
  if (!cur || !next || cur.fontSize !== undefined || next.physicalPage !== cur.physicalPage) return false;
  const nextText = next.text.trim();
  const firstWord = nextText.split(/\s+/)[0] ?? '';
  return cur.text.trim().length + 1 + firstWord.length < ctx.conv.earlyBreakRatio * nextText.length;
}

/** A short block closed by a credit is a photo caption, whatever its first lines look like. */
function isCaptionBlock(f: FlatLine, ctx: Ctx): boolean {
  const CAPTION_MAX_LINES = 4; // captions run to a few lines
  const b = ctx.blocks[f.block]!;
  return f.blockStart && b.lines.length <= CAPTION_MAX_LINES && isCreditedCaption(b, ctx.conv);
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
const SENTENCE_INSIDE_RE = /\p{Ll}{2}[.!?]['"’”]?\s+['"‘“]?\p{Lu}/u;
/** Only questions end inside the line, none with a full stop. */
const QUESTION_INSIDE_RE = /^[^.!]*\p{Ll}{2}\?\s+\p{Lu}[^.!]*$/u;

/** `midTitle`: the line above cannot end a title (`… forty miles of`), so a line shaped like a running head
 *  (`old mains by 2014`) goes on with it. `breaksEarly`: a dump's line that stops well short of the next (see
 *  `breaksBeforeWider`), which a title set large does. */
function isTitleLine(line: PageLine, ctx: Ctx, midTitle = false, breaksEarly = false): boolean {
  const t = line.text.trim();
  if (!TWO_LETTERS_RE.test(t) || endsWithCredit(t) || ctx.conv.creditMarker.test(t)) return false;
  // a sentence ends inside the line: running text, unless a question set in the title face (`Who pays? A guide`)
  if (SENTENCE_INSIDE_RE.test(t) && !(QUESTION_INSIDE_RE.test(t) && (isTitleFace(line, ctx) || breaksEarly))) return false;
  if (ctx.conv.turnLabel.test(t)) return false; // `Q: …`, `JANE ROE: …`: a speaker's turn
  if (ctx.conv.dateline.test(t)) return false; // `DUNMERE (Agency) —`: the story's first words follow
  if ((isFurniture(t, ctx) && !isTitleFace(line, ctx) && !midTitle) || ctx.conv.closers.some((re) => re.test(t))) return false;
  return !leadByline(t, ctx.conv) && !namePublicationByline(t, ctx.conv) && !signatureName(t, ctx.conv);
}

/** Line j goes on with the title that starts at i: same block, page, case and face, no sentence end before it. */
function continuesTitle(i: number, j: number, ctx: Ctx): boolean {
  const a = ctx.flat[i]!;
  const b = ctx.flat[j]!;
  const prev = ctx.flat[j - 1]!.line.text;
  const midTitle = ctx.conv.functionWords.includes(lastWord(prev.trim()));
  if (b.blockStart || b.line.physicalPage !== a.line.physicalPage || !isTitleLine(b.line, ctx, midTitle)) return false;
  if (/[.!?…]['"’”»)\]]*$/.test(prev.trim()) || isAllCaps(a.line.text) !== isAllCaps(b.line.text)) return false;
  if (a.line.role !== b.line.role || !sameSize(a.line.fontSize, b.line.fontSize)) return false;
  const widest = Math.max(ctx.conv.minTitleWidth, ...ctx.flat.slice(i, j).map((f) => f.line.text.length));
  return b.line.text.length <= widest * ctx.conv.titleLengthJump;
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
    if (!(isDisclaimer(p.line.text) || rubric || isSpacedFragment(p.line.text))) break;
    at--;
  }
  return at;
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
    if (isSpacedFragment(t) && /^By$/i.test(t.replace(/\s/g, ''))) return { at: k, authors: [] }; // a scattered `B y …`
    if (wordCount(t) > MAX_BYLINE_WORDS || /[.;:]$/.test(t) || conv.closers.some((re) => re.test(t))) continue;
    const lead = leadByline(t, conv);
    if (lead && (lead.length || /^By\s/.test(t))) return { at: k, authors: lead };
    const standsAlone = k === titleEnd || f.blockStart || endsSentence(flat[k - 1]!.line.text);
    const named = standsAlone ? namePublicationByline(t, conv) : null;
    if (named) return { at: k, authors: named };
  }
  return undefined;
}

