// Find where articles start: a byline under a title, or a drop cap under a title at the top of a page.
import type { Block, PageLine } from '../domain/types.ts';
import { endsSentence, endsWithCredit, isAllCaps, isByline } from '../repair/text.ts';

/** Titles are set in a few short lines; a longer block is running text. */
const MAX_TITLE_LINES = 5;
/** Blocks that may stand between a title and its byline (a standfirst). */
const MAX_STANDFIRST_BLOCKS = 2;
/** Rubric and disclaimer blocks above a title are short. */
const MAX_PRELUDE_LINES = 3;

export interface ArticleSpan {
  /** Blocks above the title on the same page: rubric, disclaimer. */
  prelude: Block[];
  title: PageLine[];
  byline?: string;
  body: Block[];
}

export interface ArticleSplit {
  front: Block[];
  articles: ArticleSpan[];
}

export function segmentArticles(blocks: Block[]): ArticleSplit {
  const starts = findArticleStarts(blocks);
  const front = blocks.slice(0, starts[0]?.at ?? blocks.length);
  const articles = starts.map((s, i) => {
    const end = starts[i + 1]?.at ?? blocks.length;
    return buildSpan(blocks.slice(s.at, end), s.titleAt - s.at);
  });
  return { front, articles };
}

interface Start {
  at: number; // first block of the article (prelude or title)
  titleAt: number; // block holding the title
}

function findArticleStarts(blocks: Block[]): Start[] {
  const starts: Start[] = [];
  blocks.forEach((b, i) => {
    const titleAt = bylineTitle(blocks, i) ?? dropCapTitle(blocks, i, starts);
    if (titleAt === undefined || starts.some((s) => s.titleAt === titleAt)) return;
    starts.push({ at: preludeStart(blocks, titleAt, starts.at(-1)?.titleAt ?? -1), titleAt });
  });
  return starts;
}

/** A block holding a `By …` line: the title is the lines above it, or the block before. */
function bylineTitle(blocks: Block[], i: number): number | undefined {
  const b = blocks[i]!;
  const k = b.lines.findIndex((l) => isByline(l.text));
  if (k < 0) return undefined;
  if (k > 0) return k <= MAX_TITLE_LINES && isTitleLike({ ...b, lines: b.lines.slice(0, k) }) ? i : undefined;
  if (i > 0 && isTitleLike(blocks[i - 1]!)) return i - 1;
  // A standfirst may stand between a title and its byline; the layout then marks the title itself.
  for (let j = i - 2; j >= Math.max(0, i - 1 - MAX_STANDFIRST_BLOCKS); j--) {
    if (isTitleLike(blocks[j]!) && blocks[j]!.lines.every((l) => l.role === 'title')) return j;
  }
  return undefined;
}

/** A drop cap opens an article; its title is the first title-like block of that page, if none was found. */
function dropCapTitle(blocks: Block[], i: number, starts: Start[]): number | undefined {
  if (!blocks[i]!.dropCap) return undefined;
  const page = blocks[i]!.lines[0]?.physicalPage;
  const last = starts.at(-1)?.titleAt ?? -1;
  if (last >= 0 && blocks[last]!.lines[0]?.physicalPage === page) return undefined;
  for (let j = last + 1; j < i; j++) {
    const b = blocks[j]!;
    if (b.lines[0]?.physicalPage === page && isTitleLike(b)) return j;
  }
  return undefined;
}

function isTitleLike(b: Block): boolean {
  const last = b.lines[b.lines.length - 1]?.text ?? '';
  if (b.continues || b.lines.length > MAX_TITLE_LINES || endsWithCredit(last)) return false;
  return !endsSentence(last) || isByline(last);
}

/** Short blocks just above the title on the same page (rubric, disclaimer) belong to the article. */
function preludeStart(blocks: Block[], titleAt: number, previousTitle: number): number {
  const page = blocks[titleAt]!.lines[0]?.physicalPage;
  let at = titleAt;
  while (at - 1 > previousTitle) {
    const b = blocks[at - 1]!;
    const samePage = b.lines[0]?.physicalPage === page;
    if (!samePage || b.continues || b.lines.length > MAX_PRELUDE_LINES || !isPreludeLike(b)) break;
    at--;
  }
  return at;
}

function isPreludeLike(b: Block): boolean {
  const first = b.lines[0]?.text ?? '';
  return isAllCaps(first) || /^disclaimer\b/i.test(first);
}

function buildSpan(blocks: Block[], titleOffset: number): ArticleSpan {
  const titleBlock = blocks[titleOffset]!;
  const k = titleBlock.lines.findIndex((l) => isByline(l.text));
  const title = k >= 0 ? titleBlock.lines.slice(0, k) : titleBlock.lines;
  const after = blocks.slice(titleOffset + 1);
  const b = k >= 0 ? -1 : after.slice(0, MAX_STANDFIRST_BLOCKS + 1).findIndex((x) => isByline(x.lines[0]?.text ?? ''));
  const byline = k >= 0 ? titleBlock.lines[k]?.text : after[b]?.lines[0]?.text;
  const rest = (k >= 0 ? titleBlock.lines.slice(k + 1) : []).concat(b >= 0 ? after[b]!.lines.slice(1) : []);
  const beforeByline = b >= 0 ? after.slice(0, b) : [];
  const body = [
    ...beforeByline,
    ...(rest.length ? [{ ...(after[b] ?? titleBlock), lines: rest, continues: false }] : []),
    ...(b >= 0 ? after.slice(b + 1) : after),
  ];
  return { prelude: blocks.slice(0, titleOffset), title, ...(byline ? { byline } : {}), body };
}

/** `By Jane Roe and John Doe | Agency` → ['Jane Roe', 'John Doe']. */
export function parseByline(byline: string): string[] {
  const who = byline.replace(/^By\s+/i, '').split(/\s[|•·–—]\s|\s\|/)[0] ?? '';
  return who.split(/,\s*|\s+and\s+|\s*&\s*/i).map((s) => titleCaseShouted(s.trim())).filter(isPersonName);
}

/** `EDDY MERCURY` → `Eddy Mercury`: bylines are often set in capitals; names are not. */
function titleCaseShouted(name: string): string {
  if (!isAllCaps(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Authors are people: two to five capitalised words, not a site (`Newswire.com`) or a desk (`Newsroom`). */
function isPersonName(s: string): boolean {
  const words = s.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && !/\.\p{L}{2,}/u.test(s) && words.every((w) => /^\p{Lu}/u.test(w) || /^(de|van|von|der|da|di|la|le|bin|al)$/.test(w));
}
