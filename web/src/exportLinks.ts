// Export of the annotations under the page's filters (speaker, article, verdict): CSV, JSON-LD, Markdown.
import { ApiError } from './api.ts';
import { announce, h } from './dom.ts';
import { getKey } from './key.ts';
import type { SearchState } from './state.ts';

const FORMATS = [
  { format: 'csv', label: 'CSV' },
  { format: 'jsonld', label: 'JSON-LD' },
  { format: 'md', label: 'Markdown' },
] as const;

/** The export URL for the filters of a search (the filters annotations have: speaker, article, verdict). */
export function exportUrl(state: SearchState, format: string): string {
  const p = new URLSearchParams({ format, status: 'anchored' });
  for (const v of state.speakers) p.append('speaker', v);
  for (const v of state.articles) p.append('article', v);
  for (const v of state.verdicts) p.append('verdict', v);
  return `/api/annotations/export?${p.toString()}`;
}

/** Download with the session's key (so private notes of the key come too); the browser saves the file. */
async function download(url: string, status: HTMLElement): Promise<void> {
  const key = getKey();
  const res = await fetch(url, { headers: key ? { Authorization: `Bearer ${key}` } : {} });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiError(res.status, 'export', body?.error?.message ?? res.statusText);
  }
  const name = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'annotations';
  const link = h('a', { href: URL.createObjectURL(await res.blob()), download: name, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  status.textContent = '';
  announce(`Exported ${name}`);
}

export function renderExport(state: SearchState): HTMLElement {
  const status = h('span', { class: 'form-status error', role: 'alert' });
  const buttons = FORMATS.map(({ format, label }) =>
    h(
      'a',
      {
        class: 'button',
        href: exportUrl(state, format),
        download: '',
        'data-format': format,
        onclick: (e: Event) => {
          e.preventDefault();
          download(exportUrl(state, format), status).catch((err: unknown) => (status.textContent = err instanceof Error ? err.message : String(err)));
        },
      },
      label,
    ),
  );
  const scope = state.speakers.length || state.articles.length || state.verdicts.length ? 'the notes under these speaker, article and verdict filters' : 'all notes';
  return h('section', { class: 'export', 'aria-labelledby': 'export-title' }, h('h2', { id: 'export-title' }, 'Export notes'), h('p', { class: 'hint' }, `Download ${scope}:`), h('div', { class: 'button-row' }, buttons), status);
}
