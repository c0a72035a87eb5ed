// Pure: what the API shows of a stored paragraph (and of a search hit).
import type { AnnotationSummary, ParagraphRecord } from '../domain/ports.ts';
import type { ParagraphKind, Quote, SpeakerRole } from '../domain/types.ts';
import { citeParagraph, type Citation, type CitationInput } from './citation.ts';
import { buildSnippet, type MatchPosition, type SnippetOptions } from './snippet.ts';

/** Stored fields a hit needs (everything but geometry and quotes): keeps search responses small. */
export const HIT_FIELDS = [
  'id', 'text', 'n', 'page', 'kind', 'speakers', 'articleId', 'articleTitle', 'articleAuthors', 'articleKind',
  'docId', 'docTitle', 'publisher', 'year', 'position',
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
  quotes: Quote[];
  credit?: string;
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
  return { ...presentParagraph(r, baseUrl), roles: r.roles, quotes: r.quotes, ...(r.credit ? { credit: r.credit } : {}) };
}

export function presentHit(
  r: HitSource, matches: readonly MatchPosition[] | undefined, baseUrl: string, opts: SnippetOptions, annotations?: AnnotationSummary,
): HitView {
  return {
    ...presentParagraph(r, baseUrl),
    snippet: buildSnippet(r.text, matches, opts),
    annotations: annotations ?? { count: 0, verdicts: [] },
  };
}
