// A paragraph's text with its quotes (who said them) and its annotated passages marked. Text nodes only:
// speaker names show through CSS (`data-speaker`), so the element's text stays the paragraph's text and
// selections keep counting characters of the paragraph.
import type { Quote } from './api.ts';
import { unitIndex, type AnnotationView } from './annotationApi.ts';
import { h } from './dom.ts';

interface Span {
  start: number;
  end: number;
}

/** Annotations anchored in `text`, numbered in the order given (the numbers of the notes list). */
export interface NumberedNote {
  a: AnnotationView;
  n: number;
}

function noteSpans(text: string, notes: NumberedNote[]): (Span & NumberedNote)[] {
  return notes
    .filter(({ a }) => !a.orphaned && a.start !== undefined && a.end !== undefined && a.end > a.start)
    .map((x) => ({ ...x, start: unitIndex(text, x.a.start ?? 0), end: unitIndex(text, x.a.end ?? 0) }))
    .filter((s) => text.slice(s.start, s.end) === s.a.exact);
}

function quoteSpans(text: string, quotes: Quote[]): (Span & { q: Quote })[] {
  return quotes.filter((q) => q.start !== undefined && q.end !== undefined && text.slice(q.start, q.end) === q.text).map((q) => ({ q, start: q.start!, end: q.end! }));
}

/**
 * The text cut at every quote and note boundary; each piece is wrapped in a `<mark>` for the first note covering
 * it (its number shows after the passage's last piece) and in a `<span class="said">` for the quote covering it.
 */
export function markText(text: string, quotes: Quote[], notes: NumberedNote[], noteId: (a: AnnotationView) => string): Node[] {
  const ns = noteSpans(text, notes);
  const qs = quoteSpans(text, quotes);
  const cuts = [...new Set([0, text.length, ...ns.flatMap((s) => [s.start, s.end]), ...qs.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Node[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    let node: Node = document.createTextNode(text.slice(from, to));
    const note = ns.find((s) => s.start <= from && s.end >= to);
    if (note) {
      const last = note.end === to;
      node = h('mark', { class: `anno-mark${note.a.verdict ? ' verdict-' + note.a.verdict : ''}`, 'aria-describedby': noteId(note.a), 'data-note': last ? String(note.n) : null }, node);
    }
    const quote = qs.find((s) => s.start <= from && s.end >= to);
    if (quote) node = h('span', { class: 'said', 'data-speaker': quote.start === from ? quote.q.speaker : null }, node);
    out.push(node);
  }
  return out;
}
