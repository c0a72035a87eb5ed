// The whole extraction pipeline as one pure function: pages in, attributed paragraphs out.
import { createHash } from 'node:crypto';
import type {
  ArticleDraft, Attribution, DocumentInfo, ExtractedDocument, Paragraph, ParagraphDraft, RawDocument,
} from './domain/types.ts';
import { repairDocument } from './repair/index.ts';
import type { Lexicon } from './repair/lexicon.ts';
import { segmentDocument } from './segment/index.ts';
import { attributeDocument } from './attribute/index.ts';

export interface DocumentIdentity extends Omit<DocumentInfo, 'pageCount' | 'title' | 'source'> {
  title?: string;
}

/** Run read → repair → segment → attribute and give every article and paragraph a stable id. */
export interface PipelineOptions {
  /** General English word list (the caller loads it; stages do no I/O). */
  lexicon?: Lexicon;
}

export function extractDocument(raw: RawDocument, identity: DocumentIdentity, options: PipelineOptions = {}): ExtractedDocument {
  const repaired = repairDocument(raw, { lexicon: options.lexicon });
  const segmented = segmentDocument(repaired.blocks);
  const attributions = attributeDocument(segmented, { lexicon: options.lexicon });
  const paragraphs: Paragraph[] = [];
  const articles = segmented.articles.map((a, i) => {
    const id = articleId(identity.id, a, i);
    const pages = a.paragraphs.map((p) => p.page).filter((p): p is number => p !== null);
    paragraphs.push(...toParagraphs(identity.id, id, a.paragraphs, attributions.articles[i] ?? []));
    return {
      id, title: a.title, authors: a.authors, kind: a.kind,
      ...(a.rubric ? { rubric: a.rubric } : {}),
      pages: [pages.length ? Math.min(...pages) : null, pages.length ? Math.max(...pages) : null] as [number | null, number | null],
    };
  });
  paragraphs.unshift(...toParagraphs(identity.id, null, segmented.front, attributions.front));
  const title = identity.title ?? segmented.articles[0]?.title ?? raw.source;
  return {
    document: { ...identity, title, source: raw.source, pageCount: raw.pages.length },
    articles,
    paragraphs: dedupeIds(paragraphs),
    stats: repaired.stats,
  };
}

function toParagraphs(docId: string, articleId: string | null, drafts: ParagraphDraft[], attrs: Attribution[]): Paragraph[] {
  return drafts.map((d, i) => {
    const a = attrs[i] ?? { speakers: [], roles: {}, quotes: [] };
    const { label: _label, bold: _bold, italic: _italic, softBreaks: _soft, ...rest } = d;
    return { id: paragraphId(docId, d.text), articleId, n: i + 1, ...rest, speakers: a.speakers, roles: a.roles, quotes: a.quotes };
  });
}

/** A content-derived id: unchanged across runs and code changes as long as the text is the same. */
export function paragraphId(docId: string, text: string): string {
  const norm = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return 'p_' + hash(`${docId}\n${norm}`).slice(0, 16);
}

function articleId(docId: string, a: ArticleDraft, index: number): string {
  return 'a_' + hash(`${docId}\n${a.title.toLowerCase()}\n${a.title ? '' : index}`).slice(0, 12);
}

/** Identical texts in one document (rare: repeated headings) get a stable occurrence suffix. */
function dedupeIds(paragraphs: Paragraph[]): Paragraph[] {
  const seen = new Map<string, number>();
  return paragraphs.map((p) => {
    const k = seen.get(p.id) ?? 0;
    seen.set(p.id, k + 1);
    return k === 0 ? p : { ...p, id: `${p.id}_${k + 1}` };
  });
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
