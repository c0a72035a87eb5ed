// Search state <-> page URL (shareable) and <-> API query string.

export type Sort = 'relevance' | 'document';

export interface SearchState {
  q: string;
  speakers: string[];
  articles: string[];
  kinds: string[];
  verdicts: string[];
  /** With speakers: how they speak (quoted, voice, interviewee, …), as the API's `role`. */
  roles: string[];
  annotated: boolean;
  sort: Sort | '';
  offset: number;
}

/** Hits per page: enough to scan, few enough to keep the page light. */
export const PAGE_SIZE = 20;

export function emptyState(): SearchState {
  return { q: '', speakers: [], articles: [], kinds: [], verdicts: [], roles: [], annotated: false, sort: '', offset: 0 };
}

export function parseState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const sort = p.get('sort');
  const offset = Number(p.get('from') ?? 0);
  return {
    q: p.get('q') ?? '',
    speakers: p.getAll('speaker'),
    articles: p.getAll('article'),
    kinds: p.getAll('kind'),
    verdicts: p.getAll('verdict'),
    roles: p.getAll('role'),
    annotated: p.get('annotated') === '1' || p.get('annotated') === 'true',
    sort: sort === 'relevance' || sort === 'document' ? sort : '',
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

function filters(s: SearchState, p: URLSearchParams): void {
  for (const v of s.speakers) p.append('speaker', v);
  for (const v of s.articles) p.append('article', v);
  for (const v of s.kinds) p.append('kind', v);
  for (const v of s.verdicts) p.append('verdict', v);
  if (s.speakers.length) for (const v of s.roles) p.append('role', v); // a role only says how a speaker speaks
}

/** The page URL's query string (without `?`). */
export function pageQuery(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  filters(s, p);
  if (s.annotated) p.set('annotated', '1');
  if (s.sort) p.set('sort', s.sort);
  if (s.offset) p.set('from', String(s.offset));
  return p.toString();
}

/** The sort actually used: document order when there is no query, else relevance, unless the user chose. */
export function effectiveSort(s: SearchState): Sort {
  return s.sort || (s.q.trim() ? 'relevance' : 'document');
}

export function apiQuery(s: SearchState, limit = PAGE_SIZE): string {
  const p = new URLSearchParams();
  p.set('q', s.q.trim());
  filters(s, p);
  if (s.annotated) p.set('annotated', 'true');
  p.set('sort', effectiveSort(s));
  p.set('limit', String(limit));
  p.set('offset', String(limit ? s.offset : 0));
  if (s.speakers.length && limit) p.set('fields', 'text'); // a speaker's list shows each paragraph whole
  return p.toString();
}

/** Roles are left out: they count only with speakers, which already make this true. */
export function hasFilters(s: SearchState): boolean {
  return s.speakers.length + s.articles.length + s.kinds.length + s.verdicts.length > 0 || s.annotated;
}

export type ListKey = 'speakers' | 'articles' | 'kinds' | 'verdicts' | 'roles';

/** A copy of the state with one filter value switched on or off, back on the first page. */
export function toggle(s: SearchState, key: ListKey, value: string): SearchState {
  const values = s[key].includes(value) ? s[key].filter((v) => v !== value) : [...s[key], value];
  return { ...s, [key]: values, offset: 0 };
}
