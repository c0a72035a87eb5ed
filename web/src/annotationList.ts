// Rendering of annotations: the list under a paragraph and the highlights inside its text.
import { claimReviewUrl, unitIndex, type AnnotationView } from './annotationApi.ts';
import { h, replace } from './dom.ts';
import { renderMarkedText, type TextMark } from './quotes.ts';
import { verdictBadge } from './hits.ts';
import { plural } from './labels.ts';

export interface ListActions {
  canEdit(a: AnnotationView): boolean;
  edit(a: AnnotationView): void;
  remove(a: AnnotationView): void;
}

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function renderOne(a: AnnotationView, actions: ListActions): HTMLLIElement {
  const date = formatDate(a.modified || a.created);
  return h(
    'li',
    { class: `annotation${a.orphaned ? ' orphaned' : ''}`, id: `anno-${a.id}`, 'data-annotation': a.id },
    h(
      'div',
      { class: 'annotation-badges' },
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
      a.verdict ? h('a', { href: claimReviewUrl(a.id), type: 'application/ld+json', class: 'claimreview' }, 'ClaimReview JSON') : null,
      actions.canEdit(a) ? h('button', { type: 'button', class: 'link-button', onclick: () => actions.edit(a) }, 'Edit') : null,
      actions.canEdit(a) ? h('button', { type: 'button', class: 'link-button danger', onclick: () => actions.remove(a) }, 'Delete') : null,
    ),
  );
}

export function renderList(section: HTMLElement, items: AnnotationView[], actions: ListActions): void {
  replace(
    section,
    h('h2', { id: 'annotations-title' }, items.length ? plural(items.length, 'annotation') : 'Annotations'),
    items.length
      ? h('ul', { class: 'annotation-list' }, items.map((a) => renderOne(a, actions)))
      : h('p', { class: 'muted' }, 'No annotation yet. Select words in the paragraph to quote them in a note.'),
  );
}

/** Show anchored annotations as highlights in the paragraph text (offsets in code points; overlaps: the earlier wins). */
export function renderHighlights(textEl: HTMLElement, text: string, items: AnnotationView[]): void {
  const spans = items
    .filter((a) => !a.orphaned && a.start !== undefined && a.end !== undefined && a.end > a.start)
    .map((a) => ({ a, start: unitIndex(text, a.start ?? 0), end: unitIndex(text, a.end ?? 0) }))
    .filter((s) => text.slice(s.start, s.end) === s.a.exact)
    .sort((x, y) => x.start - y.start);
  const marks: TextMark[] = [];
  let at = 0;
  for (const { a, start, end } of spans) {
    if (start < at) continue;
    marks.push({ start, end, make: (t) => h('mark', { class: `anno-mark${a.verdict ? ' verdict-' + a.verdict : ''}`, title: a.note || a.verdict || 'Annotated' }, t) });
    at = end;
  }
  renderMarkedText(textEl, text, marks); // the paragraph's quotes stay marked around the highlights
}
