// Adapter: one person's words over Meilisearch — their quotes in document order, and their profile (roles,
// counts per article, the forms their name takes in the texts).
import type { Meilisearch } from 'meilisearch';
import type { SpeakerRole } from '../domain/types.ts';
import { filterIn } from './filters.ts';
import { cueAfter, nameVariants, type NameVariant } from './name-variants.ts';
import { presentQuote, quoteContext, type QuoteView } from './quote-view.ts';
import { speakerRoleTags, VOICE_TAG, type IndexedParagraph } from './records.ts';
import { fetchParagraphs } from './store.ts';

export interface QuotesRequest {
  speaker: string;
  articles: string[];
  limit: number;
  offset: number;
}

export interface QuoteListItem extends QuoteView {
  paragraph: { id: string; n: number; kind: string; permalink: string };
  article: { id: string; title: string } | null;
  document: { id: string; title: string };
  page: number | null;
  context: { before: string; after: string };
}

export interface QuoteList {
  speaker: string;
  total: number;
  limit: number;
  offset: number;
  quotes: QuoteListItem[];
}

export interface SpeakerArticle {
  id: string | null;
  title: string;
  document: { id: string; title: string };
  roles: SpeakerRole[];
  paragraphs: number;
  quotes: number;
}

export interface SpeakerProfile {
  name: string;
  roles: SpeakerRole[];
  paragraphs: number;
  /** Paragraphs that are wholly their words (they are its voice). */
  voiceParagraphs: number;
  quotes: number;
  articles: SpeakerArticle[];
  variants: NameVariant[];
  links: { quotes: string; search: string; page: string };
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
const lastWord = (s: string) => fold(s).split(/\s+/).pop() ?? '';

/** The indexed name meant by `asked`: exact, else the same letters in any case and accents, else a unique surname. */
export function resolveSpeakerName(asked: string, names: readonly string[]): string | null {
  if (names.includes(asked)) return asked;
  const folded = fold(asked);
  const same = names.filter((n) => fold(n) === folded);
  if (same.length === 1) return same[0]!;
  const bySurname = names.filter((n) => lastWord(n) === folded);
  return bySurname.length === 1 ? bySurname[0]! : null;
}

/** Every quote of one speaker, in document order, paged. */
export async function listQuotes(client: Meilisearch, index: string, req: QuotesRequest, baseUrl: string): Promise<QuoteList> {
  const filter = [filterIn('speakerRoles', [`quoted:${req.speaker}`]), ...(req.articles.length ? [filterIn('articleId', req.articles)] : [])];
  const paragraphs = await fetchParagraphs(client, index, filter);
  const all = paragraphs.flatMap((p) => p.quotes.filter((q) => q.speaker === req.speaker).map((q) => ({ p, q })));
  const page = all.slice(req.offset, req.offset + req.limit).map(({ p, q }): QuoteListItem => {
    const view = presentQuote(p, q, baseUrl);
    return {
      ...view,
      paragraph: { id: p.id, n: p.n, kind: p.kind, permalink: view.permalink.slice(0, view.permalink.lastIndexOf('#')) },
      article: p.articleId ? { id: p.articleId, title: p.articleTitle ?? '' } : null,
      document: { id: p.docId, title: p.docTitle },
      page: p.page,
      context: quoteContext(p.text, q),
    };
  });
  return { speaker: req.speaker, total: all.length, limit: req.limit, offset: req.offset, quotes: page };
}

/** Roles one person plays in one paragraph (their voice role, `quoted` when they have a quote in it). */
function rolesIn(p: IndexedParagraph, name: string): SpeakerRole[] {
  return speakerRoleTags(p).flatMap((tag) => {
    const i = tag.indexOf(':');
    const role = tag.slice(0, i);
    return tag.slice(i + 1) === name && role !== VOICE_TAG ? [role as SpeakerRole] : [];
  });
}

/** The person's profile; the texts of the articles they speak in give the forms of their name. */
export async function speakerProfile(client: Meilisearch, index: string, name: string): Promise<SpeakerProfile> {
  const theirs = await fetchParagraphs(client, index, [filterIn('speakers', [name])]);
  const articleIds = [...new Set(theirs.flatMap((p) => (p.articleId ? [p.articleId] : [])))];
  const around = articleIds.length ? await fetchParagraphs(client, index, [filterIn('articleId', articleIds)]) : [];
  return buildProfile(name, theirs, around);
}

/** Pure: the profile from their paragraphs (`theirs`) and all paragraphs of the articles they speak in. */
export function buildProfile(name: string, theirs: readonly IndexedParagraph[], around: readonly IndexedParagraph[]): SpeakerProfile {
  const texts = [...around, ...theirs.filter((p) => !p.articleId)].map((p) => p.text);
  const quotes = theirs.flatMap((p) => p.quotes.filter((q) => q.speaker === name).map((q) => ({ ...q, cue: q.cue ?? cueAfter(p.text, q) ?? undefined })));
  const byArticle = new Map<string, SpeakerArticle>();
  const roles = new Set<SpeakerRole>();
  for (const p of theirs) {
    const key = p.articleId ?? `front:${p.docId}`;
    const a = byArticle.get(key) ?? { id: p.articleId, title: p.articleTitle ?? p.docTitle, document: { id: p.docId, title: p.docTitle }, roles: [], paragraphs: 0, quotes: 0 };
    a.paragraphs++;
    a.quotes += p.quotes.filter((q) => q.speaker === name).length;
    for (const r of rolesIn(p, name)) {
      roles.add(r);
      if (!a.roles.includes(r)) a.roles.push(r);
    }
    byArticle.set(key, a);
  }
  const enc = encodeURIComponent(name);
  return {
    name, roles: [...roles].sort(), paragraphs: theirs.length, voiceParagraphs: theirs.filter((p) => p.voice === name).length,
    quotes: quotes.length, articles: [...byArticle.values()].map((a) => ({ ...a, roles: a.roles.sort() })),
    variants: nameVariants(name, texts, quotes),
    links: { quotes: `/api/quotes?speaker=${enc}`, search: `/api/search?speaker=${enc}`, page: `/speakers/${enc}` },
  };
}
