// Running heads, running feet and page numbers: left out of the text, the page numbers kept as printed page labels.
import { DEFAULT_PDF, type PdfConventions } from '../../conventions/pdf.ts';
import { fragText } from './geometry.ts';
import type { Frag } from './types.ts';

/** Running heads and feet live in the outer band of the page: this share of its height, top and bottom. */
const ZONE_SHARE = 0.09;
/** A head or foot repeats (digits aside) on at least this share of the pages, and on two at least. */
const REPEAT_SHARE = 0.3;
/** Points: a page number and its running head share a baseline within this. */
const SAME_BASELINE = 2;
/**
 * Fragments on one baseline closer than this (ems) are one piece of margin text. A justified line splits at its
 * wide word spaces into fragments; judged alone, its `the` or `and` would repeat on every page's top line.
 */
const PIECE_GAP_EM = 2;
/** Evidence needed for a page-number offset: one standalone number, or two numbers inside heads. */
const MIN_OFFSET_SCORE = 2;
/** Weights of the evidence for an offset: a folio standing alone, a number inside a repeated head. */
const STANDALONE_WEIGHT = 2;
const EMBEDDED_WEIGHT = 1;

export interface FurniturePage {
  index: number;
  height: number;
  frags: Frag[];
}

export interface FurnitureResult {
  frags: Frag[][]; // per page, without heads, feet and page numbers
  labels: (number | undefined)[];
}

/** Fragments of the margin that sit on one baseline close together. */
interface Piece {
  frags: Frag[];
  text: string;
  baseline: number;
}

export function removeFurniture(pages: readonly FurniturePage[], conv: PdfConventions = DEFAULT_PDF): FurnitureResult {
  const zones = pages.map((p) => pieces(p.frags.filter((f) => inZone(f, p.height))));
  const repeated = findRepeated(pages, zones);
  const offset = findPageOffset(pages, zones, repeated, conv);
  const drop = new Set<Frag>(repeated.flatMap((r) => r.frags));
  pages.forEach((p, i) => {
    const numbers = offset === null ? [] : zones[i]!.filter((z) => printsFolio(z, p.index + offset, conv));
    for (const n of numbers) {
      for (const z of zones[i]!) if (Math.abs(z.baseline - n.baseline) <= SAME_BASELINE) z.frags.forEach((f) => drop.add(f));
    }
  });
  return {
    frags: pages.map((p) => p.frags.filter((f) => !drop.has(f))),
    labels: pages.map((p) => (offset !== null && p.index + offset > 0 ? p.index + offset : undefined)),
  };
}

function inZone(f: Frag, height: number): boolean {
  return f.top <= height * ZONE_SHARE || f.bottom >= height * (1 - ZONE_SHARE);
}

function pieces(frags: Frag[]): Piece[] {
  const sorted = [...frags].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const out: Piece[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    const prev = last?.frags[last.frags.length - 1];
    if (last && prev && Math.abs(f.baseline - last.baseline) <= SAME_BASELINE && f.x0 - prev.x1 < PIECE_GAP_EM * Math.min(f.size, prev.size)) {
      last.frags.push(f);
      last.text += ' ' + fragText(f).trim();
    } else out.push({ frags: [f], text: fragText(f).trim(), baseline: f.baseline });
  }
  return out;
}

/** The page number a piece prints when it is a folio standing alone (`12`, `— 12 —`, `Page 12`). */
export function folioValue(text: string, conv: PdfConventions = DEFAULT_PDF): number | undefined {
  for (const re of conv.folioPatterns) {
    const m = re.exec(text.trim());
    if (m?.[1]) return Number(m[1]);
  }
  return undefined;
}

function printsFolio(z: Piece, value: number, conv: PdfConventions): boolean {
  return folioValue(z.text, conv) === value || z.frags.some((f) => folioValue(fragText(f), conv) === value);
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const NON_KEY_RE = /[^\p{L}\p{N}#]+/gu; // replace() only: a /g regex keeps no state there

/** Digits vary between pages (folios, dates, frame numbers); the words of a head do not. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(NON_KEY_RE, ' ').trim();
}

/**
 * Margin text repeated (digits aside) on enough pages. A running head runs above some page's text: text that
 * only ever appears in the margins (a document of one-line pages) is the text itself.
 */
function findRepeated(pages: readonly FurniturePage[], zones: Piece[][]): Piece[] {
  const pagesByKey = new Map<string, Set<number>>();
  const besideText = new Set<string>();
  const key = (z: Piece, p: FurniturePage): string => `${z.baseline < p.height / 2 ? 'head' : 'foot'}|${normalise(z.text)}`;
  zones.forEach((zs, i) => zs.forEach((z) => {
    const k = key(z, pages[i]!);
    pagesByKey.set(k, (pagesByKey.get(k) ?? new Set()).add(i));
    if (zs.reduce((n, x) => n + x.frags.length, 0) < pages[i]!.frags.length) besideText.add(k);
  }));
  const need = Math.max(2, Math.ceil(REPEAT_SHARE * pages.length));
  return zones.flatMap((zs, i) => zs.filter((z) => {
    const k = key(z, pages[i]!);
    return normalise(z.text) !== '' && besideText.has(k) && (pagesByKey.get(k)?.size ?? 0) >= need;
  }));
}

/** The constant printed-minus-physical page offset best supported by the numbers in heads and feet. */
function findPageOffset(pages: readonly FurniturePage[], zones: Piece[][], repeated: Piece[], conv: PdfConventions): number | null {
  const isRepeated = new Set(repeated);
  const score = new Map<number, number>();
  pages.forEach((p, i) => {
    const best = new Map<number, number>();
    for (const z of zones[i]!) {
      for (const [value, weight] of pageNumberCandidates(z, isRepeated.has(z), conv)) {
        const d = value - p.index;
        best.set(d, Math.max(best.get(d) ?? 0, weight));
      }
    }
    for (const [d, w] of best) score.set(d, (score.get(d) ?? 0) + w);
  });
  let pick: number | null = null;
  let top = MIN_OFFSET_SCORE - 1;
  for (const [d, s] of score) {
    if (s > top || (s === top && pick !== null && Math.abs(d) < Math.abs(pick))) [pick, top] = [d, s];
  }
  return pick;
}

function pageNumberCandidates(z: Piece, isRepeated: boolean, conv: PdfConventions): [number, number][] {
  const out: [number, number][] = [];
  for (const f of z.frags) {
    const v = folioValue(fragText(f), conv);
    if (v !== undefined) out.push([v, STANDALONE_WEIGHT]);
  }
  const whole = folioValue(z.text, conv);
  if (whole !== undefined) out.push([whole, STANDALONE_WEIGHT]);
  if (!isRepeated || conv.jumpLine.test(z.text)) return out;
  for (const re of conv.embeddedFolioPatterns) {
    const m = re.exec(z.text);
    if (m?.[1]) out.push([Number(m[1]), EMBEDDED_WEIGHT]);
  }
  return out;
}
