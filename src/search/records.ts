// Adapter: the shapes stored in Meilisearch. A paragraph becomes a flat record that carries what a hit and
// a citation need; a document becomes a small bookkeeping record (hash, fingerprint, articles).
import { createHash } from 'node:crypto';
import type { ParagraphRecord } from '../domain/ports.ts';
import type { Article, DocumentInfo, ExtractedDocument, Paragraph } from '../domain/types.ts';
import { compileSynonyms, toSearchForm } from '../text/searchForm.ts';

/** A paragraph as stored: the port's record plus facet helpers that never leave src/search. */
export interface IndexedParagraph extends ParagraphRecord {
  /** `role:name` pairs, so /api/speakers can facet on roles without reading every paragraph. */
  speakerRoles: string[];
  /** The text's search form (figures, spellings and this document's synonyms canonical), when it differs. */
  searchForm?: string;
}

export interface ArticleRecord extends Article {
  docId: string;
  paragraphCount: number;
}

export interface DocumentRecord extends Omit<DocumentInfo, 'title'> {
  title: string;
  /** SHA-256 of the source file. */
  contentHash: string;
  /** SHA-256 of the paragraph records: changes when the file or the extraction changes. */
  fingerprint: string;
  paragraphCount: number;
  articles: ArticleRecord[];
  articleIds: string[];
  ingestedAt: string;
}

export type IngestableDocument = ExtractedDocument & { contentHash: string };

export function toParagraphRecords(doc: ExtractedDocument): IndexedParagraph[] {
  const articles = new Map(doc.articles.map((a) => [a.id, a]));
  const info = doc.document;
  const synonyms = compileSynonyms(info.synonyms ?? []);
  return doc.paragraphs.map((p, position) => {
    const article = p.articleId ? articles.get(p.articleId) : undefined;
    const search = toSearchForm(p.text, synonyms);
    return {
      ...p,
      docId: info.id,
      docTitle: info.title,
      ...(info.publisher !== undefined ? { publisher: info.publisher } : {}),
      ...(info.year !== undefined ? { year: info.year } : {}),
      articleTitle: article?.title ?? null,
      articleAuthors: article?.authors ?? [],
      articleKind: article?.kind ?? null,
      position,
      speakerRoles: speakerRoleTags(p),
      ...(search.changed ? { searchForm: search.form } : {}),
    };
  });
}

export function toDocumentRecord(doc: IngestableDocument, records: IndexedParagraph[]): DocumentRecord {
  const counts = new Map<string, number>();
  for (const r of records) if (r.articleId) counts.set(r.articleId, (counts.get(r.articleId) ?? 0) + 1);
  return {
    ...doc.document,
    contentHash: doc.contentHash,
    fingerprint: fingerprintOf(records),
    paragraphCount: records.length,
    articles: doc.articles.map((a) => ({ ...a, docId: doc.document.id, paragraphCount: counts.get(a.id) ?? 0 })),
    articleIds: doc.articles.map((a) => a.id),
    ingestedAt: new Date().toISOString(),
  };
}

export function fingerprintOf(records: IndexedParagraph[]): string {
  return createHash('sha256').update(JSON.stringify(records)).digest('hex');
}

/** The port's view of a stored paragraph (facet helpers removed). */
export function toParagraphRecord(stored: IndexedParagraph): ParagraphRecord {
  const { speakerRoles: _roles, searchForm: _form, ...record } = stored;
  return record;
}

/** The `voice` pseudo-role: a tag `voice:Name` marks the paragraph's voice, whatever its role. */
export const VOICE_TAG = 'voice';

/**
 * `role:name` tags of a paragraph: each speaker's role, `quoted:` for every quote's speaker (even a voice who
 * is also quoted), and `voice:` for the voice, so a filter can ask for the quotes, the voice or one role.
 */
export function speakerRoleTags(p: Pick<Paragraph, 'speakers' | 'roles' | 'quotes' | 'voice'>): string[] {
  const tags = p.speakers.map((s) => `${p.roles[s] ?? 'quoted'}:${s}`);
  for (const q of p.quotes ?? []) tags.push(`quoted:${q.speaker}`);
  if (p.voice) tags.push(`${VOICE_TAG}:${p.voice}`);
  return [...new Set(tags)];
}

/** Split `role:name` back into its parts (roles never contain a colon; names may). */
export function parseSpeakerRole(tag: string): { role: string; name: string } {
  const i = tag.indexOf(':');
  return { role: tag.slice(0, i), name: tag.slice(i + 1) };
}
