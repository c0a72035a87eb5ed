// Pure: what the API shows of a stored paragraph (and of a search hit).
import type { AnnotationSummary, ParagraphRecord } from '../domain/ports.ts';
import type { Box, ParagraphKind, Quote, SpeakerRole } from '../domain/types.ts';
import { citeParagraph, permalinkFor, type Citation, type CitationInput } from './citation.ts';
import { presentQuotes, type QuoteView } from './quote-view.ts';
import { buildSnippet, type MatchPosition, type SnippetOptions } from './snippet.ts';

/** Stored fields a slim hit needs: `text` only to cut the snippet from (it is not sent back). */
export const HIT_FIELDS = [
  'id', 'text', 'n', 'page', 'kind', 'speakers', 'roles', 'voice', 'articleId', 'articleTitle', 'docId', 'docTitle',
] as const;

/** Stored fields a hit with `fields=citation` needs on top: what a citation names. */
export const CITATION_FIELDS = [...HIT_FIELDS, 'articleAuthors', 'articleKind', 'publisher', 'year'] as const;

/** Optional parts of a hit, asked for with `fields=`: the full text, and the citation (which includes it). */
export const HIT_EXTRAS = ['text', 'citation'] as const;
export type HitExtra = (typeof HIT_EXTRAS)[number];

export type HitSource = CitationInput & Pick<ParagraphRecord, 'text' | 'kind' | 'articleId' | 'roles'>;

export interface ParagraphView {
  id: string;
  text: string;
  n: number;
  article: { id: string; title: string } | null;
  document: { id: string; title: string };
  page: number | null;
  kind: ParagraphKind;
  speakers: string[];
  citation: Citation;
}

/** A search hit: small by default (about a fifth of a full paragraph view); text and citation on request. */
export interface HitView {
  id: string;
  n: number;
  snippet: string;
  article: { id: string; title: string } | null;
  document: { id: string; title: string };
  page: number | null;
  kind: ParagraphKind;
  speakers: string[];
  roles: Record<string, SpeakerRole>;
  permalink: string;
  annotations: AnnotationSummary;
  text?: string;
  citation?: Citation;
}

export interface FullParagraphView extends ParagraphView {
  roles: Record<string, SpeakerRole>;
  quotes: QuoteView[];
  /** Whose words the whole paragraph is (interviewer, interviewee, author, turn speaker), or null. */
  voice: string | null;
  credit?: string;
  /** Where the paragraph is printed: one rectangle per physical page (PDF input only). */
  regions?: Box[];
}

export function presentParagraph(r: HitSource, baseUrl: string): ParagraphView {
  return {
    id: r.id,
    text: r.text,
    n: r.n,
    article: r.articleId ? { id: r.articleId, title: r.articleTitle ?? '' } : null,
    document: { id: r.docId, title: r.docTitle },
    page: r.page,
    kind: r.kind,
    speakers: r.speakers,
    citation: citeParagraph(r, baseUrl),
  };
}

export function presentFullParagraph(r: ParagraphRecord, baseUrl: string): FullParagraphView {
  const regions = r.boxes?.length ? regionsOf(r.boxes) : undefined;
  return {
    ...presentParagraph(r, baseUrl), roles: r.roles, quotes: presentQuotes(r, baseUrl), voice: r.voice ?? null,
    ...(r.credit ? { credit: r.credit } : {}), ...(regions ? { regions } : {}),
  };
}

/** The line boxes of a paragraph, merged into one bounding rectangle per physical page. */
export function regionsOf(boxes: readonly Box[]): Box[] {
  const byPage = new Map<number, Box>();
  for (const b of boxes) {
    const r = byPage.get(b.page);
    if (!r) {
      byPage.set(b.page, { ...b });
      continue;
    }
    const x2 = Math.max(r.x + r.w, b.x + b.w);
    const y2 = Math.max(r.y + r.h, b.y + b.h);
    r.x = Math.min(r.x, b.x);
    r.y = Math.min(r.y, b.y);
    r.w = x2 - r.x;
    r.h = y2 - r.y;
  }
  return [...byPage.values()].map((r) => ({ page: r.page, x: round(r.x), y: round(r.y), w: round(r.w), h: round(r.h) }));
}

const round = (n: number): number => Math.round(n * 10) / 10;

const NO_ANNOTATIONS: AnnotationSummary = Object.freeze({ count: 0, verdicts: [] }) as AnnotationSummary;

export interface HitOptions extends SnippetOptions {
  baseUrl: string;
  extras?: readonly HitExtra[];
}

export function presentHit(
  r: HitSource, matches: readonly MatchPosition[] | undefined, opts: HitOptions, annotations?: AnnotationSummary,
): HitView {
  const withCitation = opts.extras?.includes('citation') ?? false;
  const withText = withCitation || (opts.extras?.includes('text') ?? false);
  return {
    id: r.id,
    n: r.n,
    snippet: buildSnippet(r.text, matches, opts),
    article: r.articleId ? { id: r.articleId, title: r.articleTitle ?? '' } : null,
    document: { id: r.docId, title: r.docTitle },
    page: r.page,
    kind: r.kind,
    speakers: r.speakers,
    roles: r.roles ?? {},
    permalink: permalinkFor(r.id, opts.baseUrl),
    annotations: annotations ?? NO_ANNOTATIONS,
    ...(withText ? { text: r.text } : {}),
    ...(withCitation ? { citation: citeParagraph(r, opts.baseUrl) } : {}),
  };
}
