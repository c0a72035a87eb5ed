// The "Printed page" section of the paragraph view: loads the page view chunk (pdf.js) on demand.
import type { ParagraphView } from './api.ts';
import { announce, h, replace } from './dom.ts';
import { getKey } from './key.ts';

export async function showPrinted(section: HTMLElement, p: ParagraphView, docId: string): Promise<void> {
  const holder = h('div', { class: 'page-holder', id: 'printed-view' }, h('p', { class: 'loading' }, 'Loading the page…'));
  const status = h('p', { class: 'hint', role: 'status' });
  const quotes = p.quotes ?? [];
  const picker = quotes.length
    ? h('div', { class: 'field' }, h('label', { for: 'printed-quote' }, 'Highlight a quote'), h('select', { id: 'printed-quote' }, h('option', { value: '' }, 'None (the paragraph is outlined)'), quotes.map((q, i) => h('option', { value: String(i) }, `“${short(q.text)}” — ${q.speaker}`))))
    : null;
  section.hidden = false;
  replace(section, h('h2', { id: 'printed-title' }, 'On the printed page', p.page !== null && p.page !== undefined ? ` (p. ${p.page})` : ''), picker, status, holder);
  section.scrollIntoView({ block: 'start' });
  try {
    const { openPageView } = await import('./pageView.ts');
    const key = getKey();
    const view = await openPageView(holder, `/api/documents/${encodeURIComponent(docId)}/file`, p.regions ?? [], key ? { Authorization: `Bearer ${key}` } : {});
    section.dataset.ready = 'true';
    announce('The printed page is shown with the paragraph outlined');
    picker?.querySelector('select')?.addEventListener('change', (e) => {
      const q = quotes[Number((e.target as HTMLSelectElement).value)];
      void view.highlight((e.target as HTMLSelectElement).value === '' ? '' : (q?.text ?? '')).then((found) => {
        status.textContent = found ? '' : 'This quote could not be located on the page.';
      });
    });
  } catch (err) {
    replace(holder, h('p', { class: 'notice error', role: 'alert' }, `The printed page could not be shown: ${err instanceof Error ? err.message : String(err)}`));
  }
}

function short(text: string): string {
  return text.length > 70 ? text.slice(0, 67) + '…' : text;
}
