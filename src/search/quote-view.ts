// Pure: what the API shows of one quote: its span, permalink (`/p/:id#q-<quoteId>`) and citation.
import type { ParagraphRecord } from '../domain/ports.ts';
import type { Quote } from '../domain/types.ts';
import { citeQuote, quotePermalink, type Citation, type CitationInput } from './citation.ts';

export interface QuoteView extends Quote {
  permalink: string;
  citation: Citation;
}

export function presentQuote(p: CitationInput, q: Quote, baseUrl: string): QuoteView {
  return { ...q, permalink: quotePermalink(p.id, q.id, baseUrl), citation: citeQuote(p, q, baseUrl) };
}

/** Every quote of a paragraph, each with its permalink and citation. */
export function presentQuotes(p: CitationInput & Pick<ParagraphRecord, 'quotes'>, baseUrl: string): QuoteView[] {
  return (p.quotes ?? []).map((q) => presentQuote(p, q, baseUrl));
}

/** Characters of context kept on each side of a quote in a quote list: about a dozen words. */
export const QUOTE_CONTEXT_CHARS = 90;

/** The paragraph's words just before and after a quote, cut at a word boundary, with `…` where cut. */
export function quoteContext(text: string, q: Pick<Quote, 'start' | 'end'>): { before: string; after: string } {
  const head = text.slice(0, q.start);
  const tail = text.slice(q.end);
  const cutHead = head.length > QUOTE_CONTEXT_CHARS ? '…' + head.slice(head.length - QUOTE_CONTEXT_CHARS).replace(/^\S*\s/, '') : head;
  const cutTail = tail.length > QUOTE_CONTEXT_CHARS ? tail.slice(0, QUOTE_CONTEXT_CHARS).replace(/\s\S*$/, '') + '…' : tail;
  return { before: cutHead, after: cutTail };
}
