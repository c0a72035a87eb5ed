// Articles from blocks: heads are found by weighing evidence (see heads.ts); each article runs to the next head.
// A head may start or end inside a block (text dumps keep a page in one block), so blocks are cut at line level.
import type { Block, PageLine } from '../domain/types.ts';
import { DEFAULT_ARTICLES, type ArticleConventions } from '../conventions/articles.ts';
import { findHeads, flatten, headEnd, type FlatLine, type Head } from './heads.ts';
import { closingSignature } from './signatures.ts';
import { startsLowercase, wordCount } from '../text/predicates.ts';

export { parseByline } from './bylines.ts';

export interface ArticleSpan {
  /** Lines above the title on the same page: rubric, disclaimer. */
  prelude: Block[];
  title: PageLine[];
  byline?: string;
  /** The authors the byline or the closing signature names. */
  authors: string[];
  body: Block[];
}

export interface ArticleSplit {
  front: Block[];
  articles: ArticleSpan[];
}

export function segmentArticles(blocks: Block[], conv: ArticleConventions = DEFAULT_ARTICLES): ArticleSplit {
  const flat = flatten(blocks);
  const found = findHeads(blocks, conv);
  const heads = isCover(flat, found, conv) ? found.slice(1) : found;
  const front = sliceBlocks(flat, blocks, 0, heads[0]?.preludeAt ?? flat.length);
  const articles = heads.map((h, k) => buildSpan(flat, blocks, h, heads[k + 1]?.preludeAt ?? flat.length, conv));
  articles.forEach((a, k) => (k > 0 ? articles[k - 1]!.body : front).push(...a.earlier));
  return { front, articles: articles.map(({ earlier: _e, ...a }) => a) };
}

/**
 * A first head over a few lines alone on its page, with no byline, is a cover or a notice page: front matter.
 */
function isCover(flat: FlatLine[], heads: Head[], conv: ArticleConventions): boolean {
  const [first, second] = heads;
  if (!first || !second || first.bylineAt !== undefined) return false;
  const page = flat[first.titleAt]!.line.physicalPage;
  if (flat[second.preludeAt]!.line.physicalPage === page) return false;
  const words = flat.slice(first.titleEnd, second.preludeAt).reduce((n, f) => n + wordCount(f.line.text), 0);
  return words < conv.minArticleWords;
}

/**
 * A column piece set between a title and its byline that goes on with a sentence (it starts in lower case)
 * is the previous article's text that the layout placed there; it goes back to that article.
 */
function takeBackContinuations(body: Block[]): { own: Block[]; earlier: Block[] } {
  let n = 0;
  while (n < body.length && startsLowercase(body[n]!.lines[0]?.text ?? '')) n++;
  return { own: body.slice(n), earlier: body.slice(0, n).map((b) => ({ ...b, continues: true })) };
}

function buildSpan(flat: FlatLine[], blocks: Block[], h: Head, end: number, conv: ArticleConventions): ArticleSpan & { earlier: Block[] } {
  const bodyFrom = headEnd(h);
  const skip = new Set<number>();
  const between = h.bylineAt !== undefined && h.bylineAt >= h.titleEnd ? sliceBlocks(flat, blocks, h.titleEnd, h.bylineAt) : [];
  const { own: standfirst, earlier } = takeBackContinuations(between);
  let authors = h.authors;
  const signed = closingSignature(flat, bodyFrom, end, conv);
  if (signed) {
    for (const k of signed.lines) skip.add(k);
    if (!authors.length) authors = signed.names;
  }
  return {
    prelude: sliceBlocks(flat, blocks, h.preludeAt, h.titleAt),
    title: flat.slice(h.titleAt, h.titleEnd).map((f) => f.line),
    ...(h.bylineAt !== undefined ? { byline: flat[h.bylineAt]!.line.text } : {}),
    authors,
    earlier,
    body: [...standfirst, ...sliceBlocks(flat, blocks, bodyFrom, end, skip)],
  };
}

/** The lines [from, to) as blocks; a piece cut from the middle of a block starts a new paragraph. */
function sliceBlocks(flat: FlatLine[], blocks: Block[], from: number, to: number, skip: ReadonlySet<number> = new Set()): Block[] {
  const out: Block[] = [];
  let cur: { block: number; piece: Block } | undefined;
  for (let k = from; k < to; k++) {
    if (skip.has(k)) {
      cur = undefined;
      continue;
    }
    const f = flat[k]!;
    if (!cur || cur.block !== f.block) {
      const src = blocks[f.block]!;
      const whole = f.blockStart;
      const piece: Block = {
        lines: [], continues: whole ? src.continues : false,
        ...(whole && src.dropCap ? { dropCap: true } : {}),
        ...(src.furniture ? { furniture: src.furniture } : {}), // a pull quote stays one, however it is cut
      };
      cur = { block: f.block, piece };
      out.push(piece);
    }
    cur.piece.lines.push(f.line);
  }
  return out;
}
