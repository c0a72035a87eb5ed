// "View on the page": the printed page rendered with pdf.js, the paragraph's regions outlined and a quote
// highlighted. Loaded only when asked (a dynamic import: its own chunk, with pdf.js, never in the first load).
import { getDocument, GlobalWorkerOptions, Util, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { h, replace } from './dom.ts';
import { itemsIn, quoteRects, scaleRect, type PlacedItem, type Rect } from './pageGeometry.ts';

GlobalWorkerOptions.workerSrc = __PDF_WORKER__;

/** Never draw a page wider than this many CSS pixels per PDF point: sharp enough, light on memory. */
const MAX_SCALE = 2;

export interface Region extends Rect {
  page: number;
}

export interface PageView {
  /** Highlight a quote (its text) on the page that holds it; empty: none. Returns whether it was found. */
  highlight(quote: string): Promise<boolean>;
  close(): void;
}

interface Drawn {
  page: number;
  scale: number;
  items: PlacedItem[];
  overlay: HTMLElement;
}

export async function openPageView(container: HTMLElement, fileUrl: string, regions: Region[], headers: Record<string, string>): Promise<PageView> {
  const doc = await getDocument({ url: fileUrl, httpHeaders: headers, isEvalSupported: false, standardFontDataUrl: __PDF_FONTS__ }).promise;
  const pages = [...new Set(regions.map((r) => r.page))];
  let drawn: Drawn | null = null;
  const show = async (page: number) => {
    drawn = await drawPage(container, doc, page, regions.filter((r) => r.page === page), pages);
    for (const b of container.querySelectorAll<HTMLButtonElement>('[data-page]')) b.setAttribute('aria-pressed', String(Number(b.dataset.page) === page));
  };
  container.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('[data-page]');
    if (b) void show(Number(b.dataset.page));
  });
  await show(pages[0] ?? 1);
  return {
    async highlight(quote) {
      for (const page of [drawn?.page ?? 0, ...pages]) {
        if (page !== drawn?.page) await show(page);
        if (drawn && markQuote(drawn, regions.filter((r) => r.page === page), quote)) return true;
      }
      return false;
    },
    close: () => void doc.destroy(),
  };
}

async function drawPage(container: HTMLElement, doc: PDFDocumentProxy, n: number, regions: Region[], pages: number[]): Promise<Drawn> {
  const page = await doc.getPage(n);
  const base = page.getViewport({ scale: 1 });
  const scale = Math.min(MAX_SCALE, Math.max(0.3, (container.clientWidth || base.width) / base.width));
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  const canvas = h('canvas', { class: 'page-canvas', width: Math.round(viewport.width * ratio), height: Math.round(viewport.height * ratio), 'aria-hidden': 'true' });
  canvas.style.width = `${viewport.width}px`;
  canvas.style.height = `${viewport.height}px`;
  const overlay = h('div', { class: 'page-overlay' });
  const figure = h('div', { class: 'page-figure', style: `width:${viewport.width}px;height:${viewport.height}px`, role: 'img', 'aria-label': `Page ${n} of ${doc.numPages}, the paragraph outlined` }, canvas, overlay);
  const tabs = pages.length > 1 ? h('div', { class: 'button-row', role: 'group', 'aria-label': 'Pages of this paragraph' }, pages.map((p) => h('button', { type: 'button', class: 'button', 'data-page': p }, `Page ${p}`))) : null;
  replace(container, tabs, figure);
  await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
  for (const r of regions) overlay.appendChild(box('page-region', scaleRect(r, scale)));
  const content = await page.getTextContent();
  const items = content.items.flatMap((it) => ('str' in it && it.str ? [place(it, viewport.transform)] : []));
  return { page: n, scale, items, overlay };
}

function place(it: TextItem, transform: number[]): PlacedItem {
  const [, , , d, x, y] = Util.transform(transform, it.transform) as number[];
  const scale = Math.hypot(transform[0] ?? 1, transform[1] ?? 0);
  return { str: it.str, x: x ?? 0, baseline: y ?? 0, width: it.width * scale, size: Math.abs(d ?? 0) };
}

function markQuote(d: Drawn, regions: Region[], quote: string): boolean {
  for (const el of d.overlay.querySelectorAll('.page-quote')) el.remove();
  if (!quote) return true;
  for (const region of regions) {
    const rects = quoteRects(itemsIn(d.items, scaleRect(region, d.scale)), quote);
    if (!rects.length) continue;
    for (const r of rects) d.overlay.appendChild(box('page-quote', r));
    return true;
  }
  return false;
}

function box(cls: string, r: Rect): HTMLElement {
  const el = h('div', { class: cls });
  Object.assign(el.style, { left: `${r.x}px`, top: `${r.y}px`, width: `${r.w}px`, height: `${r.h}px` });
  return el;
}
