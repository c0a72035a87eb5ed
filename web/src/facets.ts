// The facet sidebar: speakers, articles, kinds (with counts from the API), verdicts and "annotated only".
import type { SearchResult } from './api.ts';
import { VERDICTS } from './annotationApi.ts';
import { h } from './dom.ts';
import { kindLabel, verdictLabel } from './labels.ts';
import { speakerPath } from './speaker.ts';
import { hasFilters, type ListKey, type SearchState, toggle, emptyState } from './state.ts';

/** Values shown before "Show all": enough for a glance without pushing other groups off screen. */
const FACET_PREVIEW = 8;

type Change = (next: SearchState) => void;
const expanded = new Set<ListKey>();

interface Group {
  key: ListKey;
  title: string;
  counts: Record<string, number>;
  label: (value: string) => string;
  sortByCount: boolean;
  /** A page about the value (the speaker page), linked beside its checkbox. */
  link?: (value: string) => string;
}

function entries(g: Group, selected: string[]): [string, number | undefined][] {
  const values = new Map<string, number | undefined>(Object.entries(g.counts));
  for (const v of selected) if (!values.has(v)) values.set(v, undefined);
  const list = [...values.entries()];
  if (g.sortByCount) list.sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0) || g.label(a[0]).localeCompare(g.label(b[0])));
  return list;
}

function renderGroup(g: Group, state: SearchState, onChange: Change): HTMLElement | null {
  const selected = state[g.key];
  const all = entries(g, selected);
  if (!all.length) return null;
  const open = expanded.has(g.key) || all.length <= FACET_PREVIEW + 2;
  const shown = open ? all : all.filter(([v], i) => i < FACET_PREVIEW || selected.includes(v));
  const items = shown.map(([value, count]) =>
    h(
      'li',
      g.link ? { class: 'facet-linked' } : null,
      h(
        'label',
        { class: 'facet-option' },
        h('input', {
          type: 'checkbox',
          checked: selected.includes(value),
          'data-focus': `${g.key}:${value}`,
          onchange: () => onChange(toggle(state, g.key, value)),
        }),
        h('span', { class: 'facet-name', title: g.label(value) }, g.label(value)),
        count !== undefined ? h('span', { class: 'facet-count' }, count.toLocaleString('en')) : null,
      ),
      g.link ? h('a', { class: 'facet-link', href: g.link(value), 'aria-label': `${g.label(value)}: speaker page`, title: 'Speaker page: all their quotes' }, '→') : null,
    ),
  );
  const more =
    all.length > shown.length || expanded.has(g.key)
      ? h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            'data-focus': `${g.key}:more`,
            onclick: () => {
              if (expanded.has(g.key)) expanded.delete(g.key);
              else expanded.add(g.key);
              onChange(state);
            },
          },
          expanded.has(g.key) ? 'Show fewer' : `Show all ${all.length}`,
        )
      : null;
  return h('fieldset', { class: 'facet' }, h('legend', null, g.title), h('ul', null, items), more);
}

export function renderFacets(state: SearchState, result: SearchResult | null, titles: Map<string, string>, onChange: Change): HTMLElement[] {
  const f = result?.facets ?? {};
  const groups: Group[] = [
    { key: 'speakers', title: 'Speakers', counts: f.speakers ?? {}, label: (v) => v, sortByCount: true, link: speakerPath },
    { key: 'articles', title: 'Articles', counts: f.articles ?? {}, label: (v) => titles.get(v) ?? v, sortByCount: false },
    { key: 'kinds', title: 'Kind', counts: f.kinds ?? {}, label: kindLabel, sortByCount: true },
  ];
  return [
    h(
      'div',
      { class: 'facets-head' },
      h('h2', null, 'Filters'),
      hasFilters(state)
        ? h('button', { type: 'button', class: 'link-button', onclick: () => onChange({ ...emptyState(), q: state.q, sort: state.sort }) }, 'Clear all')
        : null,
    ),
    ...groups.map((g) => renderGroup(g, state, onChange)).filter((x): x is HTMLElement => x !== null),
    renderAnnotationGroup(state, f.verdicts ?? {}, onChange),
  ];
}

function renderAnnotationGroup(state: SearchState, verdicts: Record<string, number>, onChange: Change): HTMLElement {
  const options = VERDICTS.map((v) =>
    h(
      'li',
      null,
      h(
        'label',
        { class: 'facet-option' },
        h('input', { type: 'checkbox', checked: state.verdicts.includes(v), 'data-focus': `verdicts:${v}`, onchange: () => onChange(toggle(state, 'verdicts', v)) }),
        h('span', { class: `facet-name verdict-dot verdict-${v}` }, verdictLabel(v)),
        verdicts[v] !== undefined ? h('span', { class: 'facet-count' }, verdicts[v].toLocaleString('en')) : null,
      ),
    ),
  );
  return h(
    'fieldset',
    { class: 'facet' },
    h('legend', null, 'Fact-checks'),
    h(
      'label',
      { class: 'facet-option' },
      h('input', {
        type: 'checkbox',
        checked: state.annotated,
        'data-focus': 'annotated',
        onchange: () => onChange({ ...state, annotated: !state.annotated, offset: 0 }),
      }),
      h('span', { class: 'facet-name' }, 'Annotated only'),
    ),
    h('ul', { 'aria-label': 'Verdicts' }, options),
  );
}
