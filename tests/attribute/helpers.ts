// Hand-made documents for the attribution stage: invented people and sentences, a few paragraphs each.
import type { ArticleDraft, ArticleKind, Attribution, ParagraphDraft, ParagraphKind, SegmentedDocument } from '../../src/domain/types.ts';
import { type AttributeOptions, attributeDocument } from '../../src/attribute/index.ts';

/** `[kind, text]`, or just text for a body paragraph; `label` for transcript turns. */
export type P = string | [ParagraphKind, string] | ['turn', string, string];

export function para(p: P): ParagraphDraft {
  if (typeof p === 'string') return { kind: 'body', text: p, page: 1 };
  const [kind, text, label] = p;
  return { kind, text, page: 1, ...(label ? { label } : {}) };
}

export function article(kind: ArticleKind, authors: string[], paragraphs: P[], title = 'A report'): ArticleDraft {
  return { title, authors, kind, paragraphs: paragraphs.map(para) };
}

export function doc(...articles: ArticleDraft[]): SegmentedDocument {
  return { front: [], articles };
}

/** Attribution of every paragraph of every article, in order. */
export function attribute(d: SegmentedDocument, options?: AttributeOptions): Attribution[][] {
  return attributeDocument(d, options).articles;
}

/** Everybody a paragraph gives words to: its speakers and its quotes' speakers. */
export function heard(a: Attribution | undefined): string[] {
  if (!a) return [];
  return [...new Set([...a.speakers, ...a.quotes.map((q) => q.speaker)])].sort();
}

/** A tiny word list standing in for the general English lexicon the caller passes in. */
export const wordList = (words: string): { has(w: string): boolean } => {
  const set = new Set(words.split(/\s+/));
  return { has: (w: string) => set.has(w.toLowerCase()) };
};
