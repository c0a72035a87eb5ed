// One search hit, as a link card, and arrow-key movement between hits.
import type { Hit } from './api.ts';
import { h, marked } from './dom.ts';
import { kindLabel, location, plural, token, verdictLabel } from './labels.ts';

export function verdictBadge(verdict: string): HTMLElement {
  return h('span', { class: `badge verdict verdict-${token(verdict)}` }, verdictLabel(verdict));
}

export function kindBadge(kind: string): HTMLElement {
  return h('span', { class: `badge kind kind-${token(kind)}` }, kindLabel(kind));
}

export function speakerChips(speakers: string[] | undefined): HTMLElement | null {
  if (!speakers?.length) return null;
  return h('span', { class: 'chips' }, speakers.map((s) => h('span', { class: 'chip speaker' }, s)));
}

function annotationBadges(hit: Hit): HTMLElement | null {
  const a = hit.annotations;
  if (!a || a.count === 0) return null;
  const unique = [...new Set(a.verdicts)];
  return h('span', { class: 'annos' }, h('span', { class: 'badge anno-count' }, plural(a.count, 'note')), unique.map(verdictBadge));
}

/** How the filtered speakers speak in this hit, in words: "Name: quoted", "Name: interviewee". */
function speakingNote(hit: Hit): HTMLElement | null {
  if (!hit.speaking?.length) return null;
  return h('span', { class: 'speaking-note' }, hit.speaking.map((s) => `${s.name}: ${s.as}`).join(' · '));
}

/** The paragraph's whole text, with the filtered speaker's quote in it marked (when the hit carries one). */
function wholeText(hit: Hit): (Node | string)[] {
  const text = hit.text ?? '';
  const q = hit.quote;
  if (!q || text.slice(q.start, q.end) !== q.text) return [text];
  return [text.slice(0, q.start), h('q', { class: 'quote-span' }, q.text), text.slice(q.end)];
}

/** `whole`: the paragraph's full text instead of the snippet (a speaker's list: everything they said, readable). */
export function renderHit(hit: Hit, whole = false): HTMLLIElement {
  const where = location(hit.page, hit.n);
  const link = h(
    'a',
    { class: 'hit-link', href: `/p/${encodeURIComponent(hit.id)}`, 'data-id': hit.id },
    h(
      'span',
      { class: 'hit-meta' },
      h('span', { class: 'hit-article' }, hit.article?.title || 'Front matter'),
      where ? h('span', { class: 'hit-where' }, where) : null,
      hit.kind && hit.kind !== 'body' ? kindBadge(hit.kind) : null,
    ),
    hit.snippet !== undefined && !(whole && hit.text) ? marked('span', 'hit-snippet', hit.snippet) : h('span', { class: 'hit-snippet' }, wholeText(hit)),
    hit.speakers?.length || hit.annotations?.count ? h('span', { class: 'hit-foot' }, speakerChips(hit.speakers), speakingNote(hit), annotationBadges(hit)) : null,
  );
  return h('li', { class: 'hit' }, link);
}

/** Arrow keys move focus between hit links; Up from the first hit goes back to the search box. */
export function onHitKeydown(event: KeyboardEvent, searchBox: HTMLInputElement): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.hit-link')];
  if (!links.length) return;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    links[Math.min(current + 1, links.length - 1)]?.focus();
  } else if (event.key === 'ArrowUp' && current >= 0) {
    event.preventDefault();
    if (current === 0) searchBox.focus();
    else links[current - 1]?.focus();
  }
}
