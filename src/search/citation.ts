// Pure: how a paragraph is cited. A permalink, a plain-text line, the same in Markdown, and CSL-JSON.
import type { ParagraphRecord } from '../domain/ports.ts';

export type CitationInput = Pick<
  ParagraphRecord,
  'id' | 'n' | 'page' | 'speakers' | 'docId' | 'docTitle' | 'publisher' | 'year' | 'articleTitle' | 'articleAuthors' | 'articleKind'
> & Partial<Pick<ParagraphRecord, 'voice' | 'roles'>>;

export interface CslName {
  given?: string;
  family?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'interview' | 'report';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  page?: string;
  URL: string;
  note?: string;
}

export interface Citation {
  permalink: string;
  text: string;
  markdown: string;
  csl: CslItem;
}

export function permalinkFor(id: string, baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/p/${encodeURIComponent(id)}`;
}

/** The permalink of one quote: the paragraph's, with the quote's fragment. */
export function quotePermalink(paragraphId: string, quoteId: string, baseUrl: string): string {
  return `${permalinkFor(paragraphId, baseUrl)}#q-${encodeURIComponent(quoteId)}`;
}

/** Whose words a whole paragraph is: its voice. Older records without the field: a speaker not quoted in it. */
function voiceName(p: CitationInput): string {
  if (p.voice !== undefined) return p.voice ?? '';
  return p.speakers.find((s) => p.roles?.[s] && p.roles[s] !== 'quoted') ?? '';
}

/**
 * Cite a paragraph: its voice (never a person quoted inside it; narration leads with the title, the author
 * follows as "by"), “title”, author, publisher, year, page, paragraph number, permalink.
 */
export function citeParagraph(p: CitationInput, baseUrl: string): Citation {
  return citeWords(p, voiceName(p), '', permalinkFor(p.id, baseUrl));
}

/** Cite one quote the way newsrooms do: `Name, quoted in “Title”, by Author, …, p. 17, para. 8. URL#q-…`. */
export function citeQuote(p: CitationInput, quote: { id: string; speaker: string }, baseUrl: string): Citation {
  return citeWords(p, quote.speaker, 'quoted in ', quotePermalink(p.id, quote.id, baseUrl));
}

/** Quotation marks inside a title become single ones, as a title inside double quotes is printed (“‘X’: …”). */
function nestedTitle(title: string): string {
  return title.replace(/"([^"]*)"/g, '‘$1’').replace(/“([^”]*)”/g, '‘$1’');
}

function citeWords(p: CitationInput, speaker: string, lead: string, permalink: string): Citation {
  const title = nestedTitle(p.articleTitle || p.docTitle);
  const authors = joinNames(p.articleAuthors);
  const tail = [p.publisher, p.year?.toString(), p.page !== null ? `p. ${p.page}` : undefined, `para. ${p.n}`];
  const text = [speaker, `${lead}“${title}”`, authors && `by ${authors}`, ...tail].filter(Boolean).join(', ') + `. ${permalink}`;
  const md = [
    speaker && `**${escapeMarkdown(speaker)}**`, `${lead}“*${escapeMarkdown(title)}*”`, authors && `by ${escapeMarkdown(authors)}`,
    ...tail.map((t) => t && escapeMarkdown(t)),
  ];
  const markdown = md.filter(Boolean).join(', ') + `. [${escapeMarkdown(permalink)}](${permalink})`;
  return { permalink, text, markdown, csl: toCsl(p, title, permalink, speaker, lead !== '') };
}

function toCsl(p: CitationInput, title: string, permalink: string, speaker: string, quoted: boolean): CslItem {
  const notes = [speaker ? `${quoted ? 'Quoted' : 'Speaker'}: ${speaker}` : '', `Paragraph ${p.n}`].filter(Boolean);
  return {
    id: quoted ? `${p.id}#${permalink.slice(permalink.lastIndexOf('#') + 1)}` : p.id,
    type: p.articleKind === 'interview' ? 'interview' : p.articleKind ? 'article-newspaper' : 'report',
    title,
    ...(p.articleTitle && p.articleTitle !== p.docTitle ? { 'container-title': p.docTitle } : {}),
    ...(p.articleAuthors.length ? { author: p.articleAuthors.map(toCslName) } : {}),
    ...(p.publisher ? { publisher: p.publisher } : {}),
    ...(p.year !== undefined ? { issued: { 'date-parts': [[p.year]] } } : {}),
    ...(p.page !== null ? { page: String(p.page) } : {}),
    URL: permalink,
    note: notes.join('. '),
  };
}

/** "Given Family" → CSL given/family; a single word or an organisation-like name stays a literal. */
export function toCslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || /[.@&]|\d/.test(name)) return { literal: name.trim() };
  return { given: words.slice(0, -1).join(' '), family: words[words.length - 1]! };
}

function joinNames(names: string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Backslash-escape the characters Markdown would read as formatting or links. */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]()<>#+!|~])/g, '\\$1');
}
