// The ingest panel (/ingest): upload a PDF or text file with metadata and watch its status.
import { ApiError, request } from './api.ts';
import { h, replace } from './dom.ts';
import { getKey } from './key.ts';
import { openKeyDialog } from './keyDialog.ts';

/** How often to ask for the status of an upload in progress. */
const POLL_MS = 1000;
const FINAL = new Set(['done', 'failed']);

interface DocumentStatus {
  id: string;
  status: string;
  title?: string;
  error?: string;
  message?: string;
  paragraphs?: number;
  articles?: number;
  pages?: number;
  counts?: Record<string, number>;
  stats?: Record<string, number>;
}

/** Whether the server offers uploads: GET /api/documents answers something other than 404. */
export async function ingestAvailable(): Promise<boolean> {
  try {
    await request('/api/documents', { auth: false });
    return true;
  } catch (err) {
    return !(err instanceof ApiError && err.status === 404);
  }
}

/** Readable names for the counts and repair statistics of GET /api/documents/:id. */
const FIGURE_LABELS: Record<string, string> = {
  pagesDone: 'pages read', pages: 'pages', paragraphs: 'paragraphs', articles: 'articles',
  letterSpaced: 'letter-spaced lines', dropCaps: 'drop caps', hyphens: 'hyphens', jumps: 'page jumps',
  columns: 'column pieces moved', strayWords: 'stray words',
};

function statusView(doc: DocumentStatus): HTMLElement {
  const figures = { ...doc.counts, ...(doc.paragraphs !== undefined ? { paragraphs: doc.paragraphs } : {}), ...(doc.pages !== undefined ? { pages: doc.pages } : {}) };
  const stats = doc.stats ?? {};
  const dl = (record: Record<string, number>) =>
    h('dl', { class: 'figures' }, Object.entries(record).flatMap(([k, v]) => [h('dt', null, FIGURE_LABELS[k] ?? k), h('dd', null, String(v))]));
  return h(
    'div',
    { class: `upload-status status-${doc.status}` },
    h('p', null, h('strong', null, doc.title ?? doc.id), ' — ', h('span', { class: 'badge' }, doc.status)),
    doc.error || (doc.status === 'failed' && doc.message) ? h('p', { class: 'notice error' }, doc.error ?? doc.message ?? '') : null,
    Object.keys(figures).length ? dl(figures) : null,
    Object.keys(stats).length ? [h('p', { class: 'muted' }, 'Repairs'), dl(stats)] : null,
    doc.status === 'done' ? h('p', null, h('a', { href: '/' }, 'Search the archive')) : null,
  );
}

async function watch(id: string, out: HTMLElement): Promise<void> {
  for (;;) {
    const doc = await request<DocumentStatus>(`/api/documents/${encodeURIComponent(id)}`);
    replace(out, statusView(doc));
    if (FINAL.has(doc.status)) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Without a key: say what the page is for and how to get a key, instead of a form that can only fail. */
function renderNeedsKey(main: HTMLElement): void {
  replace(
    main,
    h(
      'div',
      { class: 'page narrow' },
      h('h1', null, 'Add a report'),
      h('p', null, 'Uploading a report needs an API key with the annotator role. Ask your admin for one (', h('code', null, 'verbatim keys create --role annotator'), '), then enter it here.'),
      h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'button primary', onclick: openKeyDialog }, 'Enter your key to upload')),
      h('p', { class: 'muted' }, 'Reading and searching need no key: see the ', h('a', { href: '/documents' }, 'reports'), ' already in the archive.'),
    ),
  );
  const again = () => {
    document.removeEventListener('keychange', again);
    if (location.pathname === '/ingest' && main.isConnected) renderIngestPage(main);
  };
  document.addEventListener('keychange', again);
}

export function renderIngestPage(main: HTMLElement): void {
  document.title = 'Add a report — verbatim';
  if (!getKey()) return renderNeedsKey(main);
  const out = h('div', { class: 'upload-out', 'aria-live': 'polite' });
  const field = (name: string, label: string, attrs: Record<string, string | boolean> = {}) =>
    h('div', { class: 'field' }, h('label', { for: `up-${name}` }, label), h('input', { id: `up-${name}`, name, type: 'text', ...attrs }));
  const form = h(
    'form',
    { class: 'panel upload', enctype: 'multipart/form-data' },
    field('file', 'PDF or text file', { type: 'file', accept: 'application/pdf,text/plain,.pdf,.txt', required: true }),
    field('title', 'Title'),
    h('div', { class: 'field-row' }, field('publisher', 'Publisher'), field('date', 'Date', { placeholder: 'YYYY-MM-DD' })),
    field('url', 'Source URL', { type: 'url' }),
    h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'button primary' }, 'Upload')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!getKey()) return openKeyDialog();
    const data = new FormData(form);
    for (const [k, v] of [...data.entries()]) if (v === '') data.delete(k);
    replace(out, h('p', { class: 'muted' }, 'Uploading…'));
    try {
      const doc = await request<DocumentStatus>('/api/documents', { method: 'POST', body: data });
      form.reset(); // accepted: the form is ready for the next report while this one is processed
      await watch(doc.id, out);
    } catch (err) {
      replace(out, h('p', { class: 'notice error', role: 'alert' }, err instanceof Error ? err.message : String(err)));
    }
  });
  replace(main, h('div', { class: 'page narrow' }, h('h1', null, 'Add a report'), h('p', { class: 'muted' }, 'Upload a PDF or a text dump. It is extracted, split into attributed paragraphs and indexed; this needs an API key with the annotator role.'), form, out));
}
