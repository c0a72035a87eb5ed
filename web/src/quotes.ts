// Quotes in a paragraph's text: each marked with its speaker (shown on hover and focus, described to screen
// readers), annotation highlights inside, and `#q-<id>` scrolling to its quote. The text stays the paragraph's
// exact characters (nothing is added to it), so selection offsets still count the paragraph text.
import type { Quote } from './api.ts';
import { h, replace } from './dom.ts';

/** A highlight to draw inside the text (annotations): its span and how to wrap its characters. */
export interface TextMark {
  start: number;
  end: number;
  make: (text: string) => HTMLElement;
}

const quotesOf = new WeakMap<HTMLElement, Quote[]>();

/** Quotes that really are the text between their offsets, in order, without overlaps. */
function usable(text: string, quotes: readonly Quote[]): Quote[] {
  const ok = quotes.filter((q) => q.start >= 0 && q.end <= text.length && q.end > q.start && text.slice(q.start, q.end) === q.text);
  ok.sort((a, b) => a.start - b.start);
  return ok.filter((q, i) => i === 0 || q.start >= ok[i - 1]!.end);
}

export const quoteElementId = (id: string): string => `q-${id}`;
const descriptionId = (id: string): string => `qd-${id}`;

/** The text between `from` and `to`, with the marks that fall in it (clipped to it). */
function markRange(text: string, from: number, to: number, marks: readonly TextMark[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = from;
  for (const m of marks) {
    const s = Math.max(m.start, from);
    const e = Math.min(m.end, to);
    if (e <= s || s < at) continue;
    out.push(text.slice(at, s), m.make(text.slice(s, e)));
    at = e;
  }
  out.push(text.slice(at, to));
  return out.filter((x) => x !== '');
}

/** Draw the paragraph text into `el`: quotes (remembered for `el`) as <q> elements, marks inside and around. */
export function renderMarkedText(el: HTMLElement, text: string, marks: readonly TextMark[] = []): void {
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const q of quotesOf.get(el) ?? []) {
    parts.push(...markRange(text, at, q.start, marks));
    const attrs = { class: 'quote-span', id: quoteElementId(q.id), tabindex: 0, 'data-speaker': q.speaker, 'aria-describedby': descriptionId(q.id) };
    parts.push(h('q', attrs, markRange(text, q.start, q.end, marks)));
    at = q.end;
  }
  parts.push(...markRange(text, at, text.length, marks));
  // Redrawing (annotations load after the page) must not lose the quote in focus or the one the URL points at.
  const focused = el.contains(document.activeElement) ? document.activeElement?.id : undefined;
  const target = el.querySelector('.is-target')?.id;
  replace(el, parts);
  if (target) document.getElementById(target)?.classList.add('is-target');
  if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
}

/**
 * Mark the quotes of a paragraph in its text element. Returns the (hidden) descriptions the quotes point to,
 * "Quoted: Name", to place next to the text: outside it, so they never count as paragraph characters.
 */
export function markQuotes(el: HTMLElement, text: string, quotes: readonly Quote[] | undefined): HTMLElement {
  const list = usable(text, quotes ?? []);
  quotesOf.set(el, list);
  renderMarkedText(el, text);
  return h('div', { hidden: true }, list.map((q) => h('span', { id: descriptionId(q.id) }, `Quoted: ${q.speaker}`)));
}

/** Scroll to the quote named in the page's fragment (`#q-…`), highlight and focus it. */
export function showQuoteFromHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id.startsWith('q-')) showQuote(id.slice(2));
}

export function showQuote(quoteId: string): void {
  const el = document.getElementById(quoteElementId(quoteId));
  if (!el) return;
  for (const other of document.querySelectorAll('.quote-span.is-target')) other.classList.remove('is-target');
  el.classList.add('is-target');
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}
