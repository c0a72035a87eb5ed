// Adapter: the relevance side of one search. The query is rewritten to the search form (queryText.ts); matches in
// a paragraph's `searchForm` are mapped back onto its text for highlighting; a search that finds nothing gets
// "Did you mean …?" suggestions, each checked to find something.
import type { SearchParams } from 'meilisearch';
import { memoize } from '../text/memo.ts';
import { formSpansToText, NO_SYNONYMS, toSearchForm, type SearchForm, type SynonymTable } from '../text/searchForm.ts';
import { suggestQueries } from '../text/suggest.ts';
import type { MeiliConnection } from './meili-client.ts';
import { toCharSpans, type MatchPosition } from './snippet.ts';
import type { CorpusTerms } from './terms.ts';

export interface HitMatches {
  text?: MatchPosition[];
  searchForm?: MatchPosition[];
}

/**
 * Paragraphs whose search form a search worked out lately. The same paragraphs come back across searches (and twice
 * in one, for a speaker's quote), and working a form out was a tenth of the API's CPU per search (profiled);
 * a few thousand forms are a few MB.
 */
const RECENT_FORMS = 2000;
const formsByTable = new WeakMap<SynonymTable, (text: string) => SearchForm>();

function searchFormOf(text: string, synonyms: SynonymTable): SearchForm {
  let formOf = formsByTable.get(synonyms);
  if (!formOf) formsByTable.set(synonyms, (formOf = memoize((t) => toSearchForm(t, synonyms), RECENT_FORMS)));
  return formOf(text);
}

/** Text matches plus the search-form matches, mapped onto the text (whole figures and words). */
export function textMatches(text: string, matches: HitMatches | undefined, synonyms: SynonymTable = NO_SYNONYMS): MatchPosition[] | undefined {
  if (!matches?.searchForm?.length) return matches?.text;
  const { form, segments } = searchFormOf(text, synonyms);
  const spans = formSpansToText(segments, toCharSpans(form, matches.searchForm));
  return [...(matches.text ?? []), ...spans.map((s) => toBytePosition(text, s.start, s.end))];
}

function toBytePosition(text: string, start: number, end: number): MatchPosition {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  const before = bytes(text.slice(0, start));
  return { start: before, length: bytes(text.slice(start, end)) };
}

export interface SuggestContext {
  connection: MeiliConnection;
  index: string;
  terms: CorpusTerms;
  /** Speaker names of the corpus (most frequent first). */
  speakers: () => Promise<string[]>;
  /** The Meilisearch query of a suggestion (the same rewriting as the user's query). */
  engineQuery: (q: string) => string;
  filter: SearchParams['filter'];
}

/** Up to three queries close to `q` that do find something under the same filters. */
export async function suggestionsFor(q: string, ctx: SuggestContext): Promise<string[]> {
  const [vocabulary, speakers] = await Promise.all([ctx.terms.vocabulary(), ctx.speakers()]);
  const candidates = suggestQueries(q, vocabulary, speakers);
  const found = await Promise.all(candidates.map(async (c) => {
    const res = await ctx.connection.search(ctx.index, { q: ctx.engineQuery(c), filter: ctx.filter, limit: 0 });
    return ('totalHits' in res && typeof res.totalHits === 'number' ? res.totalHits : res.estimatedTotalHits ?? 0) > 0;
  }));
  return candidates.filter((_, i) => found[i]);
}
