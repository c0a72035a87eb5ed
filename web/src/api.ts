// The only module that talks to the server: typed wrappers around the documented /api routes.
import { getKey } from './key.ts';

export interface Citation {
  permalink?: string;
  text?: string;
  plain?: string;
  markdown?: string;
  csl?: unknown;
}

export interface AnnotationSummary {
  count: number;
  verdicts: string[];
}

export interface Quote {
  id: string;
  text: string;
  start: number;
  end: number;
  speaker: string;
  cue?: string;
  permalink?: string;
  citation?: Citation;
}

export interface Hit {
  id: string;
  /** Search hits carry it only with `fields=text|citation`; paragraphs always do. */
  text?: string;
  snippet?: string;
  permalink?: string;
  roles?: Record<string, string>;
  article?: { id: string; title: string } | null;
  page?: number | null;
  n?: number;
  kind?: string;
  speakers?: string[];
  citation?: Citation;
  annotations?: AnnotationSummary;
  /** With a speaker filter: how they speak in this paragraph, and their quote (in the snippet as <q>). */
  speaking?: { name: string; as: string }[];
  quote?: Quote;
}

export interface SearchResult {
  hits: Hit[];
  total: number;
  facets: { speakers?: Record<string, number>; articles?: Record<string, number>; kinds?: Record<string, number>; verdicts?: Record<string, number> };
  processingTimeMs?: number;
  /** When nothing matched: close queries that find something. */
  suggestions?: string[];
}

export interface Region {
  page: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Paragraph extends Hit {
  text: string;
  document?: { id: string; title: string };
  /** Where it is printed (PDF documents): one rectangle per physical page, in PDF points. */
  regions?: Region[];
  articleId?: string | null;
  articleTitle?: string | null;
  docTitle?: string;
  voice?: string | null;
  quotes?: Quote[];
}

export interface ParagraphView extends Paragraph {
  paragraph?: Paragraph;
  previous?: Paragraph | null;
  next?: Paragraph | null;
  question?: Paragraph | null;
}

export interface ArticleView {
  id: string;
  title: string;
  authors?: string[];
  kind?: string;
  paragraphs: Paragraph[];
}

export interface Speaker {
  name: string;
  paragraphs: number;
  roles: string[];
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
  }
}

interface RequestOptions {
  method?: string;
  body?: unknown;
  auth?: boolean;
  signal?: AbortSignal;
  /** Extra request headers (If-Match on edits). */
  headers?: Record<string, string>;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const key = getKey();
  if (options.auth !== false && key) headers.Authorization = `Bearer ${key}`;
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const res = await fetch(path, { method: options.method ?? 'GET', headers, body, signal: options.signal });
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data as { error?: { code?: string; message?: string } & Record<string, unknown> } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'http_' + res.status, err?.message ?? res.statusText, err ?? {});
  }
  return data as T;
}

export function search(query: string, signal?: AbortSignal): Promise<SearchResult> {
  return request<SearchResult>(`/api/search?${query}`, { signal });
}

export async function getParagraph(id: string): Promise<ParagraphView> {
  const data = await request<ParagraphView>(`/api/paragraphs/${encodeURIComponent(id)}`);
  // Accept both `{paragraph, previous, next}` and a flat paragraph carrying `previous`/`next`.
  return data.paragraph ? { ...data.paragraph, ...data, citation: data.citation ?? data.paragraph.citation } : data;
}

export async function getArticle(id: string): Promise<ArticleView> {
  const data = await request<ArticleView & { article?: ArticleView }>(`/api/articles/${encodeURIComponent(id)}`);
  return data.article ? { ...data.article, paragraphs: data.paragraphs ?? data.article.paragraphs } : data;
}

let articleTitles: Promise<Map<string, string>> | undefined;

/** Article id → title, fetched once (facets carry ids only). */
export function getArticleTitles(): Promise<Map<string, string>> {
  articleTitles ??= request<unknown>('/api/articles')
    .then((data) => {
      const list = Array.isArray(data) ? data : ((data as { articles?: unknown[] }).articles ?? []);
      return new Map((list as { id: string; title: string }[]).map((a) => [a.id, a.title]));
    })
    .catch(() => new Map<string, string>());
  return articleTitles;
}

export function getSpeakers(): Promise<Speaker[]> {
  return request<Speaker[] | { speakers: Speaker[] }>('/api/speakers').then((d) => (Array.isArray(d) ? d : d.speakers));
}

export interface QuoteItem extends Quote {
  paragraph: { id: string; n: number; kind: string; permalink: string };
  article: { id: string; title: string } | null;
  document: { id: string; title: string };
  page: number | null;
  context: { before: string; after: string };
}

export interface QuoteList {
  speaker: string;
  total: number;
  offset: number;
  quotes: QuoteItem[];
}

export interface SpeakerProfile {
  name: string;
  roles: string[];
  paragraphs: number;
  voiceParagraphs: number;
  quotes: number;
  articles: { id: string | null; title: string; roles: string[]; paragraphs: number; quotes: number }[];
  variants: { text: string; count: number; kind: 'name' | 'description' }[];
}

export function getSpeaker(name: string): Promise<SpeakerProfile> {
  return request<SpeakerProfile>(`/api/speakers/${encodeURIComponent(name)}`);
}

export function getQuotes(speaker: string, offset: number, limit: number): Promise<QuoteList> {
  const q = new URLSearchParams({ speaker, offset: String(offset), limit: String(limit) });
  return request<QuoteList>(`/api/quotes?${q}`);
}
