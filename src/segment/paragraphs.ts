// Paragraphs from blocks, using the evidence a typesetter leaves: a short last line after a sentence end,
// a question mark before a new turn, a heading set in capitals, a caption with its credit.
import type { Block, Box, ParagraphDraft, ParagraphKind, PageLine } from '../domain/types.ts';
import { endsSentence, endsWithCredit, isAllCaps, startsLowercase, typicalWidth, wordCount } from '../text/predicates.ts';
import { joinLines, pageOf, splitCredit } from './lines.ts';
import { matchTurn } from './turns.ts';
import { isBreak, isDumpedWord, mayBreak, measureSpacing, quoteOpen, type Spacing } from './breaks.ts';
import { STAGE_DIRECTION } from './questions.ts';
import { isDumpSubhead, type SubheadInput } from './subheads.ts';

const STAGE_DIRECTION_END = new RegExp(`${STAGE_DIRECTION.source}\\s*$`, 'iu');
import { DEFAULT_PARAGRAPHS } from '../conventions/paragraphs.ts';

/** Headings are short: a long all-caps line is shouting text, not a heading. */
const MAX_HEADING_WORDS = 12;
/** Biographical notes sit in the first few paragraphs of an article, after the standfirst. */
const INTRO_PARAGRAPHS = 4;
/** A credit's name wrapped onto a line of its own (`Photo: Jane` / `Roe`). */
function isNameTail(text: string): boolean {
  return text.split(/\s+/).length <= MAX_NAME_TAIL_WORDS && /^\p{Lu}/u.test(text) && !endsSentence(text);
}

/** A wrapped credit leaves a word or two of the name on the next line. */
const MAX_NAME_TAIL_WORDS = 3;
/** A caption is a few lines; its credit closes it. */
const MAX_CAPTION_LINES = 6;
/** `… Photo: Jane Roe` or `… (Photo: Jane Roe)` closing a caption (the name may wrap onto the next line). */
export const PHOTO_CREDIT = /\b(?:Photo|Photograph|Picture|Image)(?:\s+credit)?:\s*(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|de|van|von|der)){0,4})\)?\s*$/u;
/** A bio note at an article's foot is a line or three. */
const MAX_BIO_LINES = 3;
/** Longer paragraphs are several printed paragraphs run together; split them at their likeliest end. */
export const MAX_PARAGRAPH_WORDS = 150;
/** `Jane Roe is a …`, `John-Paul Doe is managing …`: two or more capitalised words, then is/was. */
const BIO_START = /^(?!(?:The|This|That|These|Those|It|Its|Our|Their|His|Her|An?|In|On|At|For)\s)(?:\p{Lu}[\p{L}’'.-]*\s){1,3}\p{Lu}[\p{L}’'-]+,?\s(?:is|was)\s/u;

interface Draft {
  lines: PageLine[];
  kind: ParagraphKind;
}

export function segmentParagraphs(blocks: Block[], widths: Map<number, number>, turnLabels: ReadonlySet<string> = new Set()): ParagraphDraft[] {
  const drafts: Draft[] = [];
  const spacing = measureSpacing(blocks);
  const soft = new Set<PageLine>(); // lines that open a sentence after a finished one, with no break: maybe a turn
  let cur: PageLine[] = [];
  const flush = (kind: ParagraphKind = 'body'): void => {
    if (cur.length) drafts.push({ lines: cur, kind: isDisclaimer(cur) ? 'disclaimer' : kind });
    cur = [];
  };
  const parts = blocks.flatMap(splitAtCaption);
  const isSubhead = subheadFinder(parts, widths, turnLabels);
  let before: PageLine | undefined; // the last line of running text, across blocks
  for (let k = 0; k < parts.length; k++) {
    const b = takeApart(parts[k]!, drafts, flush);
    if (!b) continue;
    if (!b.continues) flush();
    for (let j = 0; j < b.lines.length; j++) {
      const line = b.lines[j]!;
      const prev = cur[cur.length - 1];
      if (isHeadLine(line) && !turnLabels.has(matchTurn(line.text)?.label ?? '') && (!prev || endsSentence(prev.text))) {
        flush();
        while (j < b.lines.length && isHeadLine(b.lines[j]!)) cur.push(b.lines[j++]!);
        flush('heading');
        j--;
        continue;
      }
      const above = before;
      before = line;
      if (isSubhead(b, j, parts[k + 1], above)) {
        flush();
        drafts.push({ lines: [line], kind: 'heading' });
        continue;
      }
      if (prev && startsParagraph(prev, line, { cur, intro: drafts.length < INTRO_PARAGRAPHS, widths, turnLabels, spacing, left: b.lines.length - j })) flush();
      else if (prev && mayBreak(prev, line)) soft.add(line);
      cur.push(line);
    }
  }
  flush();
  return drafts.flatMap(splitLong).map((d) => ({ ...toParagraph(d, turnLabels, soft), ...spansOf(d.lines, widths) }));
}

/** The paragraph's lines but its last (which may stop short) run across the page's columns. */
function spansOf(lines: readonly PageLine[], widths: Map<number, number>): { spans?: true } {
  const { spanRatio } = DEFAULT_PARAGRAPHS.intro.standfirst;
  const full = lines.length > 1 ? lines.slice(0, -1) : lines;
  const wide = full.filter((l) => {
    const width = widths.get(l.physicalPage) ?? 0;
    return width > 0 && l.text.length > width * spanRatio;
  }).length;
  return full.length && wide / full.length >= DEFAULT_PARAGRAPHS.styledLineShare ? { spans: true } : {};
}

/** A caption or a block repair set apart (pull quote, footnote, sidebar) becomes a draft of its own; the running
 *  text of the block is returned. */
function takeApart(part: Block, drafts: Draft[], flush: () => void): Block | null {
  const { caption, rest } = takeCaption(part);
  if (caption) {
    flush();
    drafts.push({ lines: caption, kind: 'caption' });
  }
  if (!rest?.furniture) return rest;
  flush();
  drafts.push({ lines: rest.lines, kind: rest.furniture });
  return null;
}

function isLabelled(line: PageLine | undefined, turnLabels: ReadonlySet<string>): boolean {
  return !!line && turnLabels.has(matchTurn(line.text)?.label ?? '');
}

/** Is line j of block b a dump's mixed-case subhead (see subheads.ts), `above` the line before it? A speaker's
 *  labelled turn never is one. */
function subheadFinder(parts: readonly Block[], widths: Map<number, number>, turnLabels: ReadonlySet<string>) {
  const loneLineShare = parts.filter((p) => p.lines.length === 1).length / Math.max(1, parts.length);
  return (b: Block, j: number, nextBlock: Block | undefined, above: PageLine | undefined): boolean => {
    const line = b.lines[j]!;
    const next = b.lines[j + 1] ?? nextBlock?.lines[0];
    const width = widths.get(line.physicalPage) ?? 0;
    const spaceAbove = j === 0 && !b.continues;
    const c: SubheadInput = { prev: above, line, next, spaceAbove, width, nextLabelled: isLabelled(next, turnLabels), loneLineShare };
    return !isLabelled(line, turnLabels) && isDumpSubhead(c);
  };
}

export function pageWidths(blocks: Block[]): Map<number, number> {
  const byPage = new Map<number, number[]>();
  for (const l of blocks.flatMap((b) => b.lines)) byPage.set(l.physicalPage, [...(byPage.get(l.physicalPage) ?? []), l.text.length]);
  return new Map([...byPage].map(([p, lens]) => [p, typicalWidth(lens)]));
}

interface BreakContext {
  cur: PageLine[];
  intro: boolean;
  widths: Map<number, number>;
  turnLabels: ReadonlySet<string>;
  spacing: Spacing | null;
  /** Lines of the block from this one to its end. */
  left: number;
}

function startsParagraph(prev: PageLine, line: PageLine, ctx: BreakContext): boolean {
  if (ctx.turnLabels.has(matchTurn(line.text)?.label ?? '')) return true;
  const prevTurn = matchTurn(prev.text);
  const labelOnly = prevTurn && prevTurn.rest === (prevTurn.stamp ?? ''); // nothing but a stamp after it
  if (labelOnly && ctx.turnLabels.has(prevTurn.label)) return false; // the label's words follow
  if (/^disclaimer\b/i.test(line.text)) return true;
  const width = ctx.widths.get(line.physicalPage) ?? 0;
  const inTurn = ctx.turnLabels.has(matchTurn(ctx.cur[0]?.text ?? '')?.label ?? '');
  const openQuote = quoteOpen(joinLines(ctx.cur));
  const splitLine = isDumpedWord(ctx.cur[ctx.cur.length - 2], prev, line);
  if (isBreak({ prev, line, width, spacing: ctx.spacing, attributedQuote: endsWithAttributedQuote(ctx.cur), inTurn, openQuote, splitLine })) return true;
  // A note on who someone is (`Jane Roe is a …`) starts after a sentence, and ends at the first line that ends one;
  // at the foot of an article it takes the block's last lines.
  if (!endsSentence(prev.text)) return false;
  if (ctx.left <= MAX_BIO_LINES && BIO_START.test(line.text)) return true;
  return ctx.intro && (BIO_START.test(line.text) || BIO_START.test(ctx.cur[0]?.text ?? ''));
}

/** The paragraph so far closes with a quote's attribution (`attributedQuoteEnd`). */
function endsWithAttributedQuote(cur: PageLine[]): boolean {
  const last = cur[cur.length - 1];
  if (!last || !endsSentence(last.text)) return false;
  let from = cur.length - 1;
  for (let n = last.text.length; from > 0 && n < ATTRIBUTION_WINDOW; from--) n += cur[from - 1]!.text.length + 1;
  return DEFAULT_PARAGRAPHS.attributedQuoteEnd.test(joinLines(cur.slice(from)));
}

/** Characters read back from a paragraph's end for a quote's attribution: a cue and a long appositive, whatever
 *  the lines (a dump may set a justified line word by word). */
const ATTRIBUTION_WINDOW = 140;

function boxesOf(d: Draft): { boxes?: Box[] } {
  const boxes = d.lines.flatMap((l) => (l.box ? [l.box] : []));
  return boxes.length ? { boxes } : {};
}

/** The face most of the paragraph's lines are set in (PDF path): a bold or italic question, an italic standfirst. */
function styleOf(d: Draft): { bold?: true; italic?: true } {
  const share = (f: (l: PageLine) => boolean | undefined): number => d.lines.filter(f).length / Math.max(1, d.lines.length);
  const min = DEFAULT_PARAGRAPHS.styledLineShare;
  return { ...(share((l) => l.bold) >= min ? { bold: true } : {}), ...(share((l) => l.italic) >= min ? { italic: true } : {}) };
}

/** Split an overlong paragraph at the sentence-ending line that is shortest, recursively. */
function splitLong(d: Draft): Draft[] {
  if (d.kind !== 'body' || wordCount(joinLines(d.lines)) <= MAX_PARAGRAPH_WORDS) return [d];
  let best = -1;
  for (let j = 0; j < d.lines.length - 1; j++) {
    if (!endsSentence(d.lines[j]!.text)) continue;
    if (best < 0 || d.lines[j]!.text.length < d.lines[best]!.text.length) best = j;
  }
  if (best < 0) best = middleLine(d.lines);
  if (best < 0) return [d];
  return [...splitLong({ ...d, lines: d.lines.slice(0, best + 1) }), ...splitLong({ ...d, lines: d.lines.slice(best + 1) })];
}

/** Without any sentence end (a word index, a table), split where half the words are behind. */
function middleLine(lines: PageLine[]): number {
  const total = wordCount(joinLines(lines));
  let seen = 0;
  for (let j = 0; j < lines.length - 1; j++) {
    seen += wordCount(lines[j]!.text);
    if (seen >= total / 2) return j;
  }
  return -1;
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const TWO_LETTERS_RE = /\p{L}{2}/u;

function isHeadingLine(text: string): boolean {
  return isAllCaps(text) && wordCount(text) <= MAX_HEADING_WORDS && TWO_LETTERS_RE.test(text);
}

/** A heading in capitals, or one the PDF reader found set as a heading (bold or larger, in any case) that is no sentence. */
function isHeadLine(line: PageLine): boolean {
  if (isHeadingLine(line.text)) return true;
  return line.role === 'heading' && wordCount(line.text) <= MAX_HEADING_WORDS && TWO_LETTERS_RE.test(line.text) && !endsSentence(line.text);
}

/**
 * A dump without blank lines (`-raw`) runs a caption into the text around it: a line closing on a photo credit
 * (`… January. (Photo: Jane Roe)`, the name perhaps wrapped) ends a caption that began after the last sentence end.
 * The block is cut there so the caption stands alone.
 */
function splitAtCaption(b: Block): Block[] {
  if (b.furniture) return [b];
  const ls = b.lines;
  for (let j = 1; j < ls.length; j++) {
    const wraps = j + 1 < ls.length && isNameTail(ls[j + 1]!.text) && PHOTO_CREDIT.test(joinLines([ls[j]!, ls[j + 1]!]));
    const end = wraps ? j + 1 : PHOTO_CREDIT.test(ls[j]!.text) ? j : -1;
    if (end < 0) continue;
    let s = CREDIT_ONLY.test(ls[j]!.text) ? j - 1 : j;
    while (s > 0 && j - s < MAX_CAPTION_LINES && !endsSentence(ls[s - 1]!.text)) s--;
    if (s <= 0 || !endsSentence(ls[s - 1]!.text)) continue;
    const parts = [{ ...b, lines: ls.slice(0, s) }, { ...b, lines: ls.slice(s, end + 1), continues: false }];
    const rest = ls.slice(end + 1);
    return rest.length ? [...parts, ...splitAtCaption({ ...b, lines: rest, continues: false })] : parts;
  }
  return [b];
}

/** A line that is only a credit: `(Photo: Jane Roe)`, `Photo: Jane Roe`. */
const CREDIT_ONLY = /^\(?(?:Photo|Photograph|Picture|Image)(?:\s+credit)?:/;

/**
 * A caption: a block closing on a bracketed credit (a stage direction such as `[laughs]` is no credit), or a
 * block's first few lines closing on a `Photo: Jane Roe` credit, which the text may run on after.
 */
function takeCaption(b: Block): { caption?: PageLine[]; rest: Block | null } {
  if (b.furniture) return { rest: b };
  const last = b.lines[b.lines.length - 1]?.text ?? '';
  if (!b.continues && endsWithCredit(last) && !STAGE_DIRECTION_END.test(last)) return { caption: b.lines, rest: null };
  // a caption after a title or byline looks like a continuation to repair; its credit says otherwise
  if (startsLowercase(b.lines[0]?.text ?? '')) return { rest: b };
  for (let k = 1; k <= Math.min(b.lines.length, MAX_CAPTION_LINES); k++) {
    if (!PHOTO_CREDIT.test(joinLines(b.lines.slice(0, k)))) continue;
    while (k < b.lines.length && isNameTail(b.lines[k]!.text) && PHOTO_CREDIT.test(joinLines(b.lines.slice(0, k + 1)))) k++;
    return { caption: b.lines.slice(0, k), rest: k < b.lines.length ? { ...b, lines: b.lines.slice(k), continues: false } : null };
  }
  return { rest: b };
}

function isDisclaimer(lines: PageLine[]): boolean {
  return /^disclaimer\b/i.test(lines[0]?.text ?? '');
}

/** Where, in the paragraph's text, lines open that might have started a paragraph (see `softBreaks`). */
function softBreaksOf(lines: PageLine[], soft: ReadonlySet<PageLine>, shift = 0): { softBreaks?: number[] } {
  const at = lines.flatMap((l, k) => (k > 0 && soft.has(l) ? [joinLines(lines.slice(0, k)).length + 1 - shift] : []));
  return at.some((n) => n > 0) ? { softBreaks: at.filter((n) => n > 0) } : {};
}

function toParagraph(d: Draft, turnLabels: ReadonlySet<string>, softLines: ReadonlySet<PageLine>): ParagraphDraft {
  const text = joinLines(d.lines);
  const opens = turnLabels.size && d.kind === 'body' ? matchTurn(d.lines[0]?.text ?? '') : null; // a label opens the first line
  const turn = opens && turnLabels.has(opens.label) ? matchTurn(text) : null;
  if (turn) {
    const soft = softBreaksOf(d.lines, softLines, text.length - turn.rest.length);
    return { page: pageOf(d.lines), kind: 'turn', text: turn.rest, label: turn.label, ...boxesOf(d), ...styleOf(d), ...soft };
  }
  const page = pageOf(d.lines);
  const base = { page, ...boxesOf(d), ...styleOf(d) };
  if (d.kind === 'body') return { ...base, kind: d.kind, text, ...softBreaksOf(d.lines, softLines) };
  if (d.kind !== 'caption') return { ...base, kind: d.kind, text };
  const { text: caption, credit } = splitCredit(text);
  return { ...base, kind: 'caption', text: caption, ...(credit ? { credit } : {}) };
}
