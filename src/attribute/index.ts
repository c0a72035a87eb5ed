// Attribution stage (stub until the real one lands): every paragraph gets speakers, roles and quotes.
import type { DocumentAttribution, SegmentedDocument } from '../domain/types.ts';

export function attributeDocument(doc: SegmentedDocument): DocumentAttribution {
  const none = () => ({ speakers: [], roles: {}, quotes: [] });
  return { front: doc.front.map(none), articles: doc.articles.map((a) => a.paragraphs.map(none)) };
}
