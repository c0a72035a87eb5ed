// The half of the PDF reader that talks to pdf.js (the pdfjs-dist that pdf-parse depends on, same version):
// bytes in, positioned text chunks out, then the pure layout step. No file system, no network.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy, TextItem, TextStyle } from 'pdfjs-dist/types/src/display/api.js';
import type { PageViewport } from 'pdfjs-dist/types/src/display/display_utils.js';
import { InputError, TooLargeError } from '../../domain/errors.ts';
import type { RawDocument } from '../../domain/types.ts';
import { FontStyles } from './fonts.ts';
import { layoutDocument } from './layout.ts';
import { blockOfContent, tagTextItems, type TagItem, type TagNode, type TextTag } from './tags.ts';
import type { PdfChunk, PdfPage } from './types.ts';

/** The header may follow some bytes of junk: PDF readers look for it within the first kilobyte. */
const MAGIC_WINDOW = 1024;
/** A complete PDF ends with an end-of-file marker; writers may append a little junk after it. */
const EOF_WINDOW = 2048;
/** Fewer characters than this per page on average: the pages are pictures of text (a scan). */
const MIN_TEXT_CHARS_PER_PAGE = 10;
/** Text whose direction is off the horizontal by more than this (sine) is a rotated margin note, not reading text. */
const UPRIGHT_EPS = 0.01;
/** Text sheared by more than this (run over rise) is drawn for effect; less is a synthetic italic on the baseline. */
const MAX_SLANT = 0.5;

export interface ReadPdfOptions {
  /** Refuse documents with more pages than this. */
  maxPages?: number;
  /** Read only the first pages (a preview; keeps tests of long documents short). */
  firstPages?: number;
  /** Called after each page is read: (pages done, total pages). */
  onProgress?: (done: number, total: number) => void;
}

export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MAGIC_WINDOW)).includes('%PDF-');
}

export async function readPdf(bytes: Uint8Array, source: string, options: ReadPdfOptions = {}): Promise<RawDocument> {
  return layoutDocument(await readPdfPages(bytes, source, options), source);
}

/** Positioned text of every page (the input of the pure layout step). */
export async function readPdfPages(bytes: Uint8Array, source: string, options: ReadPdfOptions = {}): Promise<PdfPage[]> {
  if (!isPdf(bytes)) throw new InputError(`${source} is not a PDF file`, 'not_pdf');
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).subarray(-EOF_WINDOW);
  if (!tail.includes('%%EOF')) throw new InputError(`${source}: the PDF is truncated (no end-of-file marker)`, 'pdf_corrupt');
  const doc = await openDocument(bytes, source);
  try {
    if (doc.numPages === 0) throw new InputError(`${source}: the PDF is corrupt (it has no pages)`, 'pdf_corrupt');
    if (options.maxPages !== undefined && doc.numPages > options.maxPages) {
      throw new TooLargeError(`${source} has ${doc.numPages} pages; the limit is ${options.maxPages}`);
    }
    const fonts = new FontStyles();
    const tagged = (await doc.getMarkInfo().catch(() => null))?.Marked === true;
    const pages: PdfPage[] = [];
    const last = Math.min(doc.numPages, options.firstPages ?? Infinity);
    for (let i = 1; i <= last; i++) {
      pages.push(await readPage(doc, i, { fonts, tagged }, source));
      options.onProgress?.(i, last);
    }
    assertTextLayer(pages, source);
    return pages;
  } finally {
    await doc.destroy();
  }
}

async function openDocument(bytes: Uint8Array, source: string): Promise<PDFDocumentProxy> {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    maxImageSize: 0, // images are never decoded: the reader needs text only
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
  });
  try {
    return await task.promise;
  } catch (e) {
    throw pdfError(e, source);
  }
}

interface ReadState {
  fonts: FontStyles;
  /** The document says its content is tagged: read the structure tree as evidence. */
  tagged: boolean;
}

async function readPage(doc: PDFDocumentProxy, n: number, state: ReadState, source: string): Promise<PdfPage> {
  let page: PDFPageProxy | undefined;
  try {
    page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent({ includeMarkedContent: state.tagged });
    const tags = state.tagged ? await readTags(page, content.items) : [];
    const items: [TextItem, TextTag | undefined][] = [];
    content.items.forEach((it, i) => {
      if ('str' in it && it.str.trim() !== '') items.push([it, tags[i]]);
    });
    await state.fonts.load(page, items.map(([it]) => it));
    const chunks = items.flatMap(([it, tag]) => toChunk(it, viewport, content.styles[it.fontName], state.fonts, tag));
    return { index: n, width: viewport.width, height: viewport.height, chunks };
  } catch (e) {
    throw pdfError(e, source);
  } finally {
    page?.cleanup();
  }
}

/** The structure tag of every item (same indexes); none when the tree cannot be read. */
async function readTags(page: PDFPageProxy, items: readonly TagItem[]): Promise<(TextTag | undefined)[]> {
  try {
    const tree = (await page.getStructTree()) as TagNode | null;
    return tagTextItems(items, blockOfContent(tree));
  } catch {
    return []; // a broken structure tree is no evidence; the geometry still reads the page
  }
}

function toChunk(it: TextItem, viewport: PageViewport, style: TextStyle | undefined, fonts: FontStyles, tag?: TextTag): PdfChunk[] {
  const m = pdfjs.Util.transform(viewport.transform, it.transform) as number[];
  const [a, b, c, d, x, y] = m as [number, number, number, number, number, number];
  const size = Math.abs(d);
  if (size <= 0 || a <= 0 || d >= 0 || Math.abs(b) > UPRIGHT_EPS * a || Math.abs(c) > MAX_SLANT * size) return [];
  const slanted = Math.abs(c) > UPRIGHT_EPS * size; // an oblique drawn by shearing an upright face
  const font = fonts.get(it.fontName);
  return [{
    text: it.str,
    x,
    baseline: y,
    width: it.width * (viewport.scale ?? 1),
    fontSize: size,
    ...(style ? { ascent: style.ascent, descent: -style.descent } : {}),
    ...(font.bold ? { bold: true } : {}),
    ...(font.italic || slanted ? { italic: true } : {}),
    ...(tag ? { tag: tag.tag, tagNode: tag.node, tagStart: tag.first } : {}),
  }];
}

function assertTextLayer(pages: PdfPage[], source: string): void {
  const chars = pages.reduce((n, p) => n + p.chunks.reduce((k, c) => k + c.text.replace(/\s+/g, '').length, 0), 0);
  if (chars < MIN_TEXT_CHARS_PER_PAGE * pages.length) {
    throw new InputError(`${source}: scanned PDF, no text layer; OCR is not supported`, 'pdf_no_text');
  }
}

/** pdf.js errors → one clear InputError (our own errors pass through). */
function pdfError(e: unknown, source: string): Error {
  if (e instanceof InputError) return e;
  const name = e instanceof Error ? e.name : '';
  const detail = e instanceof Error ? e.message : String(e);
  if (name === 'PasswordException') return new InputError(`${source}: the PDF is password protected`, 'pdf_encrypted');
  return new InputError(`${source}: the PDF is corrupt or truncated and cannot be read (${detail})`, 'pdf_corrupt', { cause: e });
}
