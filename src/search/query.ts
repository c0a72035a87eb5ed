// Adapter: turn a validated search request into Meilisearch search parameters.
import type { SearchParams } from 'meilisearch';
import type { AnnotationIndex } from '../domain/ports.ts';
import type { ParagraphKind } from '../domain/types.ts';
import { filterIn } from './filters.ts';
import { CITATION_FIELDS, HIT_FIELDS, type HitExtra } from './present.ts';
import { speakerRoleFilter, type SpeakerFilterRole } from './speaking.ts';

/** Every paragraph kind the segmenter can emit (checked against the type so a new kind is not forgotten). */
export const PARAGRAPH_KINDS = [
  'body', 'question', 'answer', 'heading', 'caption', 'standfirst', 'bio', 'disclaimer', 'turn',
  'pullquote', 'footnote', 'sidebar',
] as const satisfies readonly ParagraphKind[];
type MissingKind = Exclude<ParagraphKind, (typeof PARAGRAPH_KINDS)[number]>;
const _allKindsListed: MissingKind extends never ? true : never = true;
void _allKindsListed;

export interface SearchRequest {
  q: string;
  speakers: string[];
  articles: string[];
  kinds: ParagraphKind[];
  pages: number[];
  limit: number;
  offset: number;
  sort: 'relevance' | 'document';
  /** true: only annotated paragraphs; false: only paragraphs without annotations; undefined: all. */
  annotated?: boolean;
  verdicts: string[];
  /** With speakers: only where they speak in these roles (`quoted`, `voice`, or a voice role); none: any. */
  roles?: SpeakerFilterRole[];
  /** Optional parts of each hit (`fields=text,citation`); absent: the slim hit. */
  fields?: HitExtra[];
}

/** Facet name in responses → attribute in the index. */
export const FACETS = { speakers: 'speakers', articles: 'articleId', kinds: 'kind' } as const;

/** buildFilter with the annotated ids read first: the annotation store may be asynchronous (PostgreSQL). */
export async function resolveFilter(req: SearchRequest, annotations?: AnnotationIndex): Promise<string[] | null> {
  const wantAnnotated = req.annotated ?? (req.verdicts.length ? true : undefined);
  if (wantAnnotated === undefined || !annotations) return buildFilter(req);
  const ids = await annotations.annotatedParagraphIds(req.verdicts.length ? req.verdicts : undefined);
  return buildFilter(req, { annotatedParagraphIds: () => ids });
}

/** Filter clauses (ANDed) for a request, or null when the request can match nothing (no annotated ids). */
export function buildFilter(req: SearchRequest, annotations?: { annotatedParagraphIds(verdicts?: string[]): string[] }): string[] | null {
  const clauses: string[] = [];
  if (req.speakers.length) clauses.push(req.roles?.length ? speakerRoleFilter(req.speakers, req.roles) : filterIn('speakers', req.speakers));
  if (req.articles.length) clauses.push(filterIn('articleId', req.articles));
  if (req.kinds.length) clauses.push(filterIn('kind', req.kinds));
  if (req.pages.length) clauses.push(filterIn('page', req.pages));
  const wantAnnotated = req.annotated ?? (req.verdicts.length ? true : undefined);
  if (wantAnnotated !== undefined) {
    const ids = annotations?.annotatedParagraphIds(req.verdicts.length ? req.verdicts : undefined) ?? [];
    if (ids.length) clauses.push(filterIn('id', ids, !wantAnnotated));
    else if (wantAnnotated) return null;
  }
  return clauses;
}

/**
 * Meilisearch parameters. An offset that is a multiple of the limit is sent as a page, for which
 * Meilisearch counts hits exhaustively; other offsets get its estimate.
 */
export function buildSearchParams(req: SearchRequest, filter: string[]): SearchParams {
  const aligned = req.limit > 0 && req.offset % req.limit === 0;
  return {
    ...(aligned ? { page: req.offset / req.limit + 1, hitsPerPage: req.limit } : { offset: req.offset, limit: req.limit }),
    filter,
    facets: Object.values(FACETS),
    attributesToRetrieve: req.fields?.includes('citation') ? [...CITATION_FIELDS] : [...HIT_FIELDS],
    // Positions, not Meilisearch's cropping: its `_formatted` copy of every field would double the response.
    showMatchesPosition: true,
    matchingStrategy: 'frequency',
    ...(effectiveSort(req) === 'document' ? { sort: ['docId:asc', 'position:asc'] } : {}),
  };
}

/** An empty query has no relevance to rank by: it lists in document order. */
export function effectiveSort(req: Pick<SearchRequest, 'q' | 'sort'>): 'relevance' | 'document' {
  return req.q.trim() === '' ? 'document' : req.sort;
}
