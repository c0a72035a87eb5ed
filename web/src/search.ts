// The search page: results, facets, active filters, paging. State lives in the URL.
import { ApiError, getArticleTitles, search, type SearchResult } from './api.ts';
import { announce, h, replace } from './dom.ts';
import { renderExport } from './exportLinks.ts';
import { renderFacets } from './facets.ts';
import { renderHit } from './hits.ts';
import { VERDICTS } from './annotationApi.ts';
import { kindLabel, plural, verdictLabel } from './labels.ts';
import { apiQuery, effectiveSort, emptyState, hasFilters, PAGE_SIZE, pageQuery, parseState, type ListKey, type SearchState, toggle } from './state.ts';

let controller: AbortController | undefined;
let lastOpened = '';
/** Set by Previous/Next: the first hit of the new page takes focus (not <body>, 35 Tabs away). */
let focusFirstHit = false;

/** Remember which hit was opened, so coming back puts focus on it. */
export function rememberOpened(id: string): void {
  lastOpened = id;
}

interface Layout {
  facets: HTMLElement;
  head: HTMLElement;
  active: HTMLElement;
  list: HTMLOListElement;
  pager: HTMLElement;
  exporter: HTMLElement;
  results: HTMLElement;
}

function buildLayout(main: HTMLElement): Layout {
  const facets = h('div', { class: 'facets-body' });
  const head = h('div', { class: 'results-head' });
  const active = h('div', { class: 'active-filters' });
  const list = h('ol', { class: 'hits', id: 'hits' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Result pages' });
  const exporter = h('div', { class: 'export-holder' });
  const results = h('section', { class: 'results', id: 'results', tabindex: -1, 'aria-labelledby': 'results-title', 'aria-busy': 'true' }, head, active, list, pager, exporter);
  const toggleFilters = h('details', { class: 'facets-toggle', open: window.matchMedia('(min-width: 800px)').matches }, h('summary', null, 'Filters'), facets);
  const skip = h('a', { class: 'skip-results', href: '#results', onclick: skipToResults }, 'Skip to results');
  replace(main, h('div', { class: 'search-layout' }, skip, h('aside', { class: 'facets', 'aria-label': 'Filters' }, toggleFilters), results));
  return { facets, head, active, list, pager, exporter, results };
}

/** Past the filters to the first hit (or the results heading when there is none). */
function skipToResults(event: Event): void {
  event.preventDefault();
  (document.querySelector<HTMLElement>('.hit-link') ?? document.getElementById('results'))?.focus();
}

export function currentState(): SearchState {
  return parseState(location.search);
}

/** Render the search page for the current URL. */
export async function renderSearchPage(main: HTMLElement, searchBox: HTMLInputElement): Promise<void> {
  const layout = buildLayout(main);
  const state = currentState();
  if (document.activeElement !== searchBox) searchBox.value = state.q;
  document.title = state.q ? `${state.q} — verbatim` : 'verbatim';
  await runSearch(layout, state);
}

/** Apply a new state: update the URL (push for deliberate changes, replace while typing) and search. */
export function applyState(state: SearchState, mode: 'push' | 'replace'): void {
  const qs = pageQuery(state);
  const url = '/' + (qs ? '?' + qs : '');
  if (url !== location.pathname + location.search) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  document.title = state.q ? `${state.q} — verbatim` : 'verbatim';
  const layout = currentLayout();
  if (layout) void runSearch(layout, state);
}

let layoutRef: Layout | undefined;
function currentLayout(): Layout | undefined {
  return layoutRef && document.body.contains(layoutRef.results) ? layoutRef : undefined;
}

async function runSearch(layout: Layout, state: SearchState): Promise<void> {
  layoutRef = layout;
  controller?.abort();
  const mine = (controller = new AbortController());
  layout.results.setAttribute('aria-busy', 'true');
  try {
    const [result, titles, verdicts, ...others] = await Promise.all([search(apiQuery(state), mine.signal), getArticleTitles(), verdictCounts(state, mine.signal), ...FACET_GROUPS.map((g) => facetCounts(state, g, mine.signal))]);
    if (mine.signal.aborted) return;
    result.facets.verdicts = verdicts;
    FACET_GROUPS.forEach((g, i) => {
      const counts = others[i];
      if (counts) result.facets[g] = counts;
    });
    renderResults(layout, state, result, titles);
  } catch (err) {
    if (mine.signal.aborted) return;
    renderError(layout, err);
  } finally {
    if (controller === mine) layout.results.setAttribute('aria-busy', 'false');
  }
}

const FACET_GROUPS = ['speakers', 'articles', 'kinds'] as const;

/**
 * Counts for a facet whose values are selected, computed without its own filter: values in one group
 * combine with OR, so the other values keep showing what adding them would bring (disjunctive faceting).
 */
async function facetCounts(state: SearchState, group: (typeof FACET_GROUPS)[number], signal: AbortSignal): Promise<Record<string, number> | null> {
  if (!state[group].length) return null;
  const result = await search(apiQuery({ ...state, [group]: [] }, 0), signal);
  return result.facets[group] ?? null;
}

/** Paragraphs per verdict under the other filters (values of a group combine with OR, as for the facets). */
async function verdictCounts(state: SearchState, signal: AbortSignal): Promise<Record<string, number>> {
  const totals = await Promise.all(VERDICTS.map((v) => search(apiQuery({ ...state, verdicts: [v] }, 0), signal).then((r) => [v, r.total] as const)));
  return Object.fromEntries(totals);
}

function renderError(layout: Layout, err: unknown): void {
  const message = err instanceof ApiError ? `${err.message} (${err.status})` : 'The server could not be reached.';
  replace(layout.head, h('h1', { id: 'results-title', class: 'results-title' }, 'Search failed'));
  replace(layout.list, h('li', { class: 'notice error', role: 'alert' }, message));
  replace(layout.pager);
  replace(layout.active);
}

function renderResults(layout: Layout, state: SearchState, result: SearchResult, titles: Map<string, string>): void {
  const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.focus;
  const change = (next: SearchState) => applyState(next, 'push');
  replace(layout.facets, renderFacets(state, result, titles, change));
  replace(layout.head, renderHead(state, result, change));
  replace(layout.active, renderActive(state, titles, change));
  const whole = state.speakers.length > 0; // "everything X said": each paragraph whole, not a snippet
  replace(layout.list, result.hits.length ? result.hits.map((hit) => renderHit(hit, whole)) : renderEmpty(state, change, result.suggestions ?? []));
  layout.list.classList.toggle('whole', whole);
  replace(layout.pager, renderPager(state, result.total, change));
  replace(layout.exporter, renderExport(state));
  if (focusFirstHit) {
    focusFirstHit = false;
    (document.querySelector<HTMLElement>('.hit-link') ?? layout.results).focus();
  } else if (focusKey) document.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focusKey)}"]`)?.focus();
  if (lastOpened) {
    document.querySelector<HTMLElement>(`.hit-link[data-id="${CSS.escape(lastOpened)}"]`)?.focus();
    lastOpened = '';
  }
  announce(`${plural(result.total, 'paragraph')} found`);
}

function renderHead(state: SearchState, result: SearchResult, change: (s: SearchState) => void): HTMLElement[] {
  const sort = effectiveSort(state);
  const what = state.q.trim() || hasFilters(state) ? 'matching' : 'in the archive';
  const select = h(
    'select',
    { id: 'sort', 'data-focus': 'sort', disabled: !state.q.trim(), title: state.q.trim() ? null : 'Without search words, paragraphs are listed in document order', onchange: (e: Event) => change({ ...state, sort: (e.target as HTMLSelectElement).value as SearchState['sort'], offset: 0 }) },
    h('option', { value: 'relevance', selected: sort === 'relevance' }, 'Best match'),
    h('option', { value: 'document', selected: sort === 'document' }, 'Document order'),
  );
  return [
    h('h1', { id: 'results-title', class: 'results-title' }, h('strong', { class: 'total' }, result.total.toLocaleString('en')), ` ${result.total === 1 ? 'paragraph' : 'paragraphs'} ${what}`),
    h('label', { class: 'sort' }, 'Sort ', select),
  ];
}

function renderActive(state: SearchState, titles: Map<string, string>, change: (s: SearchState) => void): HTMLElement[] {
  const chip = (key: ListKey, value: string, label: string) =>
    h('button', { type: 'button', class: 'filter-chip', 'aria-label': `Remove filter ${label}`, onclick: () => change(toggle(state, key, value)) }, label, h('span', { 'aria-hidden': 'true' }, ' ×'));
  const chips = [
    ...state.speakers.map((v) => chip('speakers', v, v)),
    ...(state.speakers.length ? state.roles.map((v) => chip('roles', v, `Speaking as: ${v}`)) : []),
    ...state.articles.map((v) => chip('articles', v, titles.get(v) ?? v)),
    ...state.kinds.map((v) => chip('kinds', v, kindLabel(v))),
    ...state.verdicts.map((v) => chip('verdicts', v, verdictLabel(v))),
  ];
  if (state.annotated)
    chips.push(h('button', { type: 'button', class: 'filter-chip', 'aria-label': 'Remove filter Annotated only', onclick: () => change({ ...state, annotated: false, offset: 0 }) }, 'Annotated only', h('span', { 'aria-hidden': 'true' }, ' ×')));
  return chips;
}

function renderEmpty(state: SearchState, change: (s: SearchState) => void, suggestions: string[]): HTMLElement {
  return h(
    'li',
    { class: 'empty' },
    h('p', { class: 'empty-title' }, 'No paragraph matches; try fewer words.'),
    suggestions.length ? renderSuggestions(state, change, suggestions) : null,
    hasFilters(state)
      ? h('p', null, 'Or ', h('button', { type: 'button', class: 'link-button', onclick: () => change({ ...emptyState(), q: state.q }) }, 'remove the filters'), '.')
      : h('p', null, 'Quoted "phrases" must match word for word; a single distinctive word often finds more.'),
  );
}

/** "Did you mean X or Y?": each suggestion searches for itself, keeping the filters. */
function renderSuggestions(state: SearchState, change: (s: SearchState) => void, suggestions: string[]): HTMLElement {
  const links = suggestions.flatMap((q, i) => [
    i === 0 ? '' : i === suggestions.length - 1 ? ' or ' : ', ',
    h('button', { type: 'button', class: 'link-button suggestion', 'data-focus': `suggestion-${i}`, onclick: () => change({ ...state, q, offset: 0 }) }, q),
  ]);
  return h('p', { class: 'suggestions' }, 'Did you mean ', ...links, '?');
}

function renderPager(state: SearchState, total: number, change: (s: SearchState) => void): HTMLElement[] {
  if (total <= PAGE_SIZE) return [];
  const from = state.offset + 1;
  const to = Math.min(state.offset + PAGE_SIZE, total);
  const go = (offset: number) => () => {
    focusFirstHit = true;
    change({ ...state, offset });
    window.scrollTo({ top: 0 });
  };
  return [
    h('button', { type: 'button', class: 'button', disabled: state.offset === 0, onclick: go(Math.max(0, state.offset - PAGE_SIZE)) }, '← Previous'),
    h('span', { class: 'pager-range' }, `${from.toLocaleString('en')}–${to.toLocaleString('en')} of ${total.toLocaleString('en')}`),
    h('button', { type: 'button', class: 'button', disabled: to >= total, onclick: go(state.offset + PAGE_SIZE) }, 'Next →'),
  ];
}
