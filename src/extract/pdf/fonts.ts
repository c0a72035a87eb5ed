// Bold and italic faces, from the font names pdf.js knows once a page's fonts are loaded.
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

/** Weight words in font names (after the subset prefix `ABCDEF+`), including TeX's CMBX/CMB faces. */
const BOLD_NAME = /bold|black|heavy|semibold|demi|[-,_ ](?:bd|sb|hv)$|^cm(?:ss)?bx|^cmb\d|^lmroman\d+-bold/i;
const ITALIC_NAME = /italic|oblique|[-,_ ](?:it|obl)$|^cmti|^cmsl/i;

export interface FontStyle {
  bold: boolean;
  italic: boolean;
}

interface LoadedFont {
  name?: string;
  bold?: boolean;
  black?: boolean;
  italic?: boolean;
}

const PLAIN: FontStyle = { bold: false, italic: false };
/**
 * Fonts reach the main thread only with a page's operator list, which costs about as much as the page's text.
 * It is requested for the first page, then only when fonts not seen yet carry this share of the characters
 * set at text size or larger on a page: a figure's labels or a formula's symbols are not worth it; a new body
 * or heading face is.
 */
const NEW_FONT_MIN_SHARE = 0.05;
/** Runs smaller than this share of the usual text size so far (notes, figure labels) do not count. */
const TEXT_SIZE_SHARE = 0.9;

/** Text runs as pdf.js gives them: the font id, the characters and the transform (for the size). */
interface Run {
  fontName: string;
  str: string;
  transform: number[];
}

/** Font styles by pdf.js font id (fonts are shared by all pages of a document). */
export class FontStyles {
  private readonly known = new Map<string, FontStyle>();
  private readonly charsBySize = new Map<number, number>();

  async load(page: PDFPageProxy, runs: readonly Run[]): Promise<void> {
    const missing = [...new Set(runs.map((r) => r.fontName))].filter((n) => !this.known.has(n));
    if (missing.length === 0 || !this.worthLoading(runs, new Set(missing))) return;
    try {
      await page.getOperatorList();
    } catch {
      // a page whose drawing fails still has its text; its fonts count as plain
    }
    for (const n of missing) this.known.set(n, styleOf(page, n));
  }

  private worthLoading(runs: readonly Run[], missing: Set<string>): boolean {
    const first = this.known.size === 0;
    const textSize = this.textSize();
    for (const r of runs) this.charsBySize.set(sizeOf(r), (this.charsBySize.get(sizeOf(r)) ?? 0) + r.str.length);
    if (first) return true;
    let all = 0;
    let fresh = 0;
    for (const r of runs) {
      if (sizeOf(r) < TEXT_SIZE_SHARE * textSize) continue;
      all += r.str.length;
      if (missing.has(r.fontName)) fresh += r.str.length;
    }
    return fresh > 0 && fresh >= NEW_FONT_MIN_SHARE * all;
  }

  /** The size most characters were set in so far. */
  private textSize(): number {
    let best = 0;
    let most = -1;
    for (const [size, n] of this.charsBySize) if (n > most) [best, most] = [size, n];
    return best;
  }

  get(fontName: string): FontStyle {
    return this.known.get(fontName) ?? PLAIN;
  }
}

function sizeOf(r: Run): number {
  return Math.round(Math.hypot(r.transform[2] ?? 0, r.transform[3] ?? 0) * 2) / 2;
}

function styleOf(page: PDFPageProxy, id: string): FontStyle {
  if (!page.commonObjs.has(id)) return PLAIN;
  const font = page.commonObjs.get(id) as LoadedFont | null;
  const name = (font?.name ?? '').replace(/^[A-Z]{6}\+/, '');
  return { bold: !!font?.bold || !!font?.black || BOLD_NAME.test(name), italic: !!font?.italic || ITALIC_NAME.test(name) };
}

export function isBoldFontName(name: string): boolean {
  return BOLD_NAME.test(name.replace(/^[A-Z]{6}\+/, ''));
}
