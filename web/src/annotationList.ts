// Rendering of annotations: the list under a paragraph (or beside it) and the highlights inside its text.
import { claimReviewUrl, factCheckUrl, unitIndex, type AnnotationView } from './annotationApi.ts';
import { h, replace } from './dom.ts';
import { renderMarkedText, type TextMark } from './quotes.ts';
import { verdictBadge } from './hits.ts';
import { plural } from './labels.ts';

/** An annotation with its number in the list it is shown in. */
export interface NumberedNote {
  a: AnnotationView;
  n: number;
}

export interface ListActions {
  canEdit(a: AnnotationView): boolean;
  edit(a: AnnotationView): void;
  /** Delete; a failure is shown in `status`, next to the button that was pressed. */
  remove(a: AnnotationView, status: HTMLElement): void;
}

/** How much of a quote names an Edit or Delete button ("Edit note 2 on “a few words…”"). */
const NAME_QUOTE_CHARS = 40;

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

export function noteElementId(a: AnnotationView): string {
  return `anno-${a.id}`;
}

/** The visible word stays first in the accessible name (WCAG 2.5.3); the rest says which note it acts on. */
function actionName(verb: string, a: AnnotationView, n: number): (HTMLElement | string)[] {
  const quote = a.exact ? `“${a.exact.length > NAME_QUOTE_CHARS ? a.exact.slice(0, NAME_QUOTE_CHARS - 1) + '…' : a.exact}”` : 'the whole paragraph';
  return [verb, h('span', { class: 'visually-hidden' }, ` note ${n} on ${quote}`)];
}

export function renderOne(a: AnnotationView, n: number, actions: ListActions): HTMLLIElement {
  const date = formatDate(a.modified || a.created);
  const status = h('p', { class: 'form-status error action-status', role: 'alert' });
  const mine = actions.canEdit(a);
  return h(
    'li',
    { class: `annotation${a.orphaned ? ' orphaned' : ''}`, id: noteElementId(a), 'data-annotation': a.id, 'data-n': n },
    h(
      'div',
      { class: 'annotation-badges' },
      h('span', { class: 'note-number' }, h('span', { class: 'visually-hidden' }, 'Note '), String(n)),
      a.orphaned ? h('span', { class: 'badge orphan', title: 'The quoted text was not found when the report was imported again' }, 'Orphaned') : null,
      a.verdict ? verdictBadge(a.verdict) : null,
      a.motivation === 'questioning' ? h('span', { class: 'badge questioning' }, 'Question') : null,
      a.visibility === 'private' ? h('span', { class: 'badge private' }, 'Private') : null,
      a.tags.map((t) => h('span', { class: 'chip tag' }, '#', t)),
    ),
    a.exact ? h('blockquote', { class: 'annotation-quote' }, a.exact) : h('p', { class: 'annotation-quote whole' }, 'Whole paragraph'),
    a.note ? h('p', { class: 'annotation-note' }, a.note) : null,
    h(
      'p',
      { class: 'annotation-meta' },
      h('span', null, [a.creatorName, date].filter(Boolean).join(' · ')),
      a.verdict ? h('a', { href: factCheckUrl(a.id), class: 'factcheck-link' }, 'Fact-check page') : null,
      mine ? h('button', { type: 'button', class: 'link-button', onclick: () => actions.edit(a) }, actionName('Edit', a, n)) : null,
      mine ? h('button', { type: 'button', class: 'link-button danger', onclick: () => actions.remove(a, status) }, actionName('Delete', a, n)) : null,
    ),
    status,
  );
}

export function renderList(section: HTMLElement, items: AnnotationView[], actions: ListActions): void {
  replace(
    section,
    h('h2', { id: 'annotations-title' }, items.length ? plural(items.length, 'annotation') : 'Annotations'),
    items.length
      ? h('ul', { class: 'annotation-list' }, items.map((a, i) => renderOne(a, i + 1, actions)))
      : h('p', { class: 'muted' }, 'No annotation yet. Select words in the paragraph to quote them in a note.'),
  );
}

/** Anchored annotations as numbered highlights (the numbers of the list; the note describes its highlight), drawn
 *  inside the paragraph's quotes (src: quotes.ts), so a note is readable without a tooltip. */
export function renderHighlights(textEl: HTMLElement, text: string, items: AnnotationView[]): void {
  renderMarkedText(textEl, text, noteMarks(text, items.map((a, i) => ({ a, n: i + 1 }))));
}

/** Marks for numbered notes: overlaps keep the earlier note; the number shows after the passage. */
export function noteMarks(text: string, notes: NumberedNote[]): TextMark[] {
  const spans = notes
    .filter(({ a }) => !a.orphaned && a.start !== undefined && a.end !== undefined && a.end > a.start)
    .map((x) => ({ ...x, start: unitIndex(text, x.a.start ?? 0), end: unitIndex(text, x.a.end ?? 0) }))
    .filter((s) => text.slice(s.start, s.end) === s.a.exact)
    .sort((x, y) => x.start - y.start);
  const marks: TextMark[] = [];
  let at = 0;
  for (const { a, n, start, end } of spans) {
    if (start < at) continue;
    const attrs = { class: `anno-mark${a.verdict ? ' verdict-' + a.verdict : ''}`, 'aria-describedby': noteElementId(a), 'data-note': String(n) };
    marks.push({ start, end, make: (t) => h('mark', attrs, t) });
    at = end;
  }
  return marks;
}

export { claimReviewUrl };
