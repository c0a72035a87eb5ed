// Adapter: reading stored paragraphs and document records back out of Meilisearch.
import type { Meilisearch } from 'meilisearch';
import { filterIn } from './filters.ts';
import { meiliErrorCode, upstream } from './meili-client.ts';
import type { DocumentRecord, IndexedParagraph } from './records.ts';

/** Names of the two indexes: one document per paragraph, and one bookkeeping record per source document. */
export interface IndexNames {
  paragraphs: string;
  documents: string;
}

export function indexNames(paragraphsIndex: string): IndexNames {
  return { paragraphs: paragraphsIndex, documents: `${paragraphsIndex}_documents` };
}

/** Page size when reading documents back: Meilisearch's own maximum for one documents request is far above. */
const FETCH_PAGE = 1000;

/** Every stored paragraph matching a filter, in document order. */
export async function fetchParagraphs(client: Meilisearch, index: string, filter: string[]): Promise<IndexedParagraph[]> {
  const out: IndexedParagraph[] = [];
  for (let offset = 0; ; offset += FETCH_PAGE) {
    const page = await upstream(() => client.index<IndexedParagraph>(index).getDocuments({ filter, limit: FETCH_PAGE, offset }));
    out.push(...page.results);
    if (page.results.length < FETCH_PAGE) break;
  }
  return out.sort((a, b) => a.docId.localeCompare(b.docId) || a.position - b.position);
}

export function fetchDocumentParagraphs(client: Meilisearch, index: string, docId: string): Promise<IndexedParagraph[]> {
  return fetchParagraphs(client, index, [filterIn('docId', [docId])]);
}

/** One stored document (paragraph or record) by id, or null. */
export async function fetchById<T extends Record<string, unknown>>(client: Meilisearch, index: string, id: string): Promise<T | null> {
  return upstream(async () => {
    try {
      return await client.index<T>(index).getDocument(id);
    } catch (e) {
      if (meiliErrorCode(e) === 'document_not_found') return null;
      throw e;
    }
  });
}

/** Document records, all of them or those with the given ids. */
export async function fetchDocumentRecords(client: Meilisearch, names: IndexNames, ids?: string[]): Promise<DocumentRecord[]> {
  const index = client.index<DocumentRecord>(names.documents);
  const out: DocumentRecord[] = [];
  if (ids) {
    for (let i = 0; i < ids.length; i += FETCH_PAGE) {
      const chunk = ids.slice(i, i + FETCH_PAGE);
      out.push(...(await upstream(() => index.getDocuments({ ids: chunk, limit: chunk.length }))).results);
    }
    return out;
  }
  for (let offset = 0; ; offset += FETCH_PAGE) {
    const page = await upstream(() => index.getDocuments({ limit: FETCH_PAGE, offset }));
    out.push(...page.results);
    if (page.results.length < FETCH_PAGE) return out;
  }
}
