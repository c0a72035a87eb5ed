// Pure: what the API shows of a stored paragraph (and of a search hit).
import type { AnnotationSummary, ParagraphRecord } from '../domain/ports.ts';
import type { Box, ParagraphKind, SpeakerRole } from '../domain/types.ts';
import { citeParagraph, type Citation, type CitationInput } from './citation.ts';
import { presentQuotes, type QuoteView } from './quote-view.ts';
import { buildSnippet, type MatchPosition, type SnippetOptions } from './snippet.ts';

/** Stored fields a hit needs (everything but geometry and quotes): keeps search responses small. */
export const HIT_FIELDS = [
  'id', 'text', 'n', 'page', 'kind', 'speakers', 'articleId', 'articleTitle', 'articleAuthors', 'articleKind',
  'docId', 'docTitle', 'publisher', 'year', 'position', 'voice',
] as const;

export type HitSource = CitationInput & Pick<ParagraphRecord, 'text' | 'kind' | 'articleId' | 'position'>;

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

export interface HitView extends ParagraphView {
  snippet: string;
  annotations: AnnotationSummary;
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

export function presentHit(
  r: HitSource, matches: readonly MatchPosition[] | undefined, baseUrl: string, opts: SnippetOptions, annotations?: AnnotationSummary,
): HitView {
  return {
    ...presentParagraph(r, baseUrl),
    snippet: buildSnippet(r.text, matches, opts),
    annotations: annotations ?? { count: 0, verdicts: [] },
  };
}
