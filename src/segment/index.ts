// Segment stage: blocks in reading order become articles (title, authors, kind, rubric) and paragraphs.
import type { ArticleDraft, Block, PageLine, ParagraphDraft, SegmentedDocument } from '../domain/types.ts';
import { isAllCaps } from '../text/predicates.ts';
import { segmentArticles, type ArticleSpan } from './articles.ts';
import { pageWidths, segmentParagraphs } from './paragraphs.ts';
import { assignParagraphKinds } from './kinds.ts';
import { classifyArticleKind } from './articleKind.ts';
import { joinLines } from './lines.ts';
import { findTurnLabels, joinBrokenStampLabels } from './turns.ts';
import { DEFAULT_ARTICLES, DEFAULT_VOICE, type ArticleConventions, type VoiceConventions } from '../conventions/articles.ts';
import { DEFAULT_PARAGRAPHS, type ParagraphConventions } from '../conventions/paragraphs.ts';

/** The conventions segmentation reads by; generic defaults for any not given. */
export interface SegmentOptions {
  articles?: ArticleConventions;
  voice?: VoiceConventions;
  paragraphs?: ParagraphConventions;
}

export function segmentDocument(input: Block[], options: SegmentOptions = {}): SegmentedDocument {
  const labels = (options.paragraphs ?? DEFAULT_PARAGRAPHS).labels;
  const blocks = input.map((b) => ({ ...b, lines: joinBrokenStampLabels(b.lines, labels) }));
  const widths = pageWidths(blocks);
  const turns = findTurnLabels(blocks.flatMap((b) => b.lines.map((l) => l.text)), labels);
  const split = segmentArticles(blocks, options.articles ?? DEFAULT_ARTICLES);
  const voice = options.voice ?? DEFAULT_VOICE;
  return {
    front: segmentParagraphs(split.front, widths, turns),
    articles: split.articles.map((a) => buildArticle(a, { widths, turns, all: blocks, voice })),
  };
}

interface ArticleContext {
  widths: Map<number, number>;
  turns: ReadonlySet<string>;
  all: readonly Block[];
  voice: VoiceConventions;
}

function buildArticle(span: ArticleSpan, { widths, turns, all, voice }: ArticleContext): ArticleDraft {
  const split = takeTitleRubric(span.title);
  const { rubric: preludeRubric, blocks: prelude } = takeRubric(span.prelude);
  const rubric = preludeRubric ?? split.rubric;
  const standfirst = standfirstBlocks(span, all);
  const paragraphs: ParagraphDraft[] = [
    ...segmentParagraphs(prelude, widths, turns),
    ...segmentParagraphs(span.body.slice(0, standfirst), widths, turns).map(asStandfirst),
    ...segmentParagraphs(span.body.slice(standfirst), widths, turns),
  ];
  const authors = span.authors;
  const title = joinLines(split.title);
  const head = { title, authors, ...(rubric ? { rubric } : {}), ...(span.byline ? { byline: span.byline } : {}) };
  const kind = classifyArticleKind(paragraphs, head, voice);
  return {
    title,
    authors,
    kind,
    ...(rubric ? { rubric } : {}),
    paragraphs: assignParagraphKinds(kind, paragraphs, authors),
  };
}

/** How many leading body blocks were printed between the title and the byline: the standfirst. */
/** Speed only: every article asks for the order of the document's lines; computed once per document. */
const LINE_ORDER = new WeakMap<readonly Block[], { order: Map<Block['lines'][number], number>; lines: Block['lines'] }>();

function lineOrder(all: readonly Block[]): { order: Map<Block['lines'][number], number>; lines: Block['lines'] } {
  let known = LINE_ORDER.get(all);
  if (!known) {
    const lines = all.flatMap((b) => b.lines);
    LINE_ORDER.set(all, (known = { order: new Map(lines.map((l, i) => [l, i] as const)), lines }));
  }
  return known;
}

function standfirstBlocks(span: ArticleSpan, all: readonly Block[]): number {
  if (!span.byline || !span.title.length) return 0;
  const { order, lines } = lineOrder(all);
  const title = order.get(span.title[span.title.length - 1]!) ?? -1;
  let byline = -1;
  for (let i = title + 1; i < lines.length && byline < 0; i++) if (lines[i]!.text === span.byline) byline = i;
  if (title < 0 || byline < 0) return 0;
  let n = 0;
  while (n < span.body.length && isBetween(order.get(span.body[n]!.lines[0]!), title, byline)) n++;
  return n;
}

function isBetween(at: number | undefined, from: number, to: number): boolean {
  return at !== undefined && at > from && at < to;
}

function asStandfirst(p: ParagraphDraft): ParagraphDraft {
  return p.kind === 'body' ? { ...p, kind: 'standfirst' } : p;
}

/** A capitals line set above a mixed-case title in the same block is a rubric, not part of the title. */
function takeTitleRubric(title: PageLine[]): { rubric?: string; title: PageLine[] } {
  const [first, ...rest] = title;
  if (!first || !isAllCaps(first.text) || !rest.some((l) => !isAllCaps(l.text))) return { title };
  return { rubric: first.text, title: rest };
}

/** The first all-caps line above the title is the rubric (`SPECIAL REPORT`, `OPINION`). */
function takeRubric(prelude: Block[]): { rubric?: string; blocks: Block[] } {
  const first = prelude[0]?.lines[0];
  if (!first || !isAllCaps(first.text)) return { blocks: prelude };
  const rest = [{ ...prelude[0]!, lines: prelude[0]!.lines.slice(1) }, ...prelude.slice(1)].filter((b) => b.lines.length);
  return { rubric: first.text, blocks: rest };
}
