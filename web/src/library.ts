// The list pages: /documents (every report, with counts, linking to its articles) and /speakers (everyone, with
// roles and counts, linking to their speaker page).
import { getSpeakers, request } from './api.ts';
import { h, replace } from './dom.ts';
import { plural } from './labels.ts';

interface LibraryEntry {
  id: string;
  title: string;
  origin: 'corpus' | 'upload';
  status: string;
  publisher?: string;
  date?: string;
  year?: number;
  pages?: number;
  paragraphs?: number;
  annotations: number;
  articles: { id: string; title: string; kind: string; pages: (number | null)[]; paragraphs: number }[];
  file: { url: string; kind: string } | null;
}

const ROLE_LABELS: Record<string, string> = { interviewer: 'Interviewer', interviewee: 'Interviewee', author: 'Author', quoted: 'Quoted', turn: 'Speaker' };

function failed(main: HTMLElement, what: string, err: unknown): void {
  replace(main, h('div', { class: 'page narrow' }, h('h1', null, `Could not load the ${what}`), h('p', { class: 'notice error', role: 'alert' }, err instanceof Error ? err.message : String(err))));
}

function documentCard(d: LibraryEntry): HTMLElement {
  const figure = (label: string, value: number | string | undefined) => (value === undefined ? [] : [h('dt', null, label), h('dd', null, typeof value === 'number' ? value.toLocaleString('en') : value)]);
  return h(
    'li',
    { class: 'doc-card panel', id: `doc-${d.id}` },
    h('h2', { class: 'doc-title' }, d.title),
    h('p', { class: 'doc-meta' }, [d.publisher, d.date ?? (d.year ? String(d.year) : undefined), d.origin === 'upload' ? 'uploaded' : 'corpus', d.status !== 'done' ? d.status : undefined].filter(Boolean).join(' · ')),
    h('dl', { class: 'figures doc-figures' }, figure('Pages', d.pages), figure('Articles', d.articles.length), figure('Paragraphs', d.paragraphs), figure('Notes', d.annotations)),
    d.articles.length
      ? h('ol', { class: 'doc-articles', 'aria-label': `Articles in ${d.title}` }, d.articles.map((a) => h('li', null, h('a', { href: `/a/${encodeURIComponent(a.id)}` }, a.title || 'Untitled'), h('span', { class: 'muted' }, ` · ${a.pages[0] !== null && a.pages[0] !== undefined ? `p. ${a.pages[0]} · ` : ''}${plural(a.paragraphs, 'paragraph')}`))))
      : null,
    d.file ? h('p', null, h('a', { href: d.file.url }, `Original ${d.file.kind === 'pdf' ? 'PDF' : 'text'}`, h('span', { class: 'visually-hidden' }, ` of ${d.title}`))) : null,
  );
}

export async function renderDocumentsPage(main: HTMLElement): Promise<void> {
  document.title = 'Reports — verbatim';
  replace(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    const { documents } = await request<{ documents: LibraryEntry[] }>('/api/documents');
    replace(main, h('div', { class: 'page list-page' }, h('h1', null, 'Reports'), h('p', { class: 'muted' }, `${plural(documents.length, 'report')} in the archive.`), h('ul', { class: 'doc-list' }, documents.map(documentCard))));
  } catch (err) {
    failed(main, 'reports', err);
  }
}

export async function renderSpeakersPage(main: HTMLElement): Promise<void> {
  document.title = 'Speakers — verbatim';
  replace(main, h('p', { class: 'loading' }, 'Loading…'));
  try {
    const speakers = await getSpeakers();
    const rows = speakers.map((s) =>
      h(
        'tr',
        null,
        h('th', { scope: 'row' }, h('a', { href: `/speakers/${encodeURIComponent(s.name)}` }, s.name)),
        h('td', null, s.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')),
        h('td', { class: 'num' }, s.paragraphs.toLocaleString('en')),
      ),
    );
    replace(
      main,
      h(
        'div',
        { class: 'page list-page' },
        h('h1', null, 'Speakers'),
        h('p', { class: 'muted' }, `${plural(speakers.length, 'person', 'people')} speak or are quoted in the archive.`),
        h('table', { class: 'speaker-table' }, h('caption', { class: 'visually-hidden' }, 'Speakers with their roles and paragraph counts'), h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Roles'), h('th', { scope: 'col', class: 'num' }, 'Paragraphs'))), h('tbody', null, rows)),
      ),
    );
  } catch (err) {
    failed(main, 'speakers', err);
  }
}
