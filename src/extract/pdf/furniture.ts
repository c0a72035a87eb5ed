// Running heads, running feet and page numbers: left out of the text, the page numbers kept as printed page labels.
import { fragText } from './geometry.ts';
import type { Frag } from './types.ts';

/** Running heads and feet live in the outer band of the page: this share of its height, top and bottom. */
const ZONE_SHARE = 0.09;
/** A head or foot repeats (digits aside) on at least this share of the pages, and on two at least. */
const REPEAT_SHARE = 0.3;
/** Points: a page number and its running head share a baseline within this. */
const SAME_BASELINE = 2;
/** Evidence needed for a page-number offset: one standalone number, or two numbers inside heads. */
const MIN_OFFSET_SCORE = 2;
const STANDALONE = /^\d{1,5}$/;
const EMBEDDED = [/^(\d{1,5})\b/, /\b(\d{1,5})$/, /\bpage\s+(\d{1,5})\b/i];

export interface FurniturePage {
  index: number;
  height: number;
  frags: Frag[];
}

export interface FurnitureResult {
  frags: Frag[][]; // per page, without heads, feet and page numbers
  labels: (number | undefined)[];
}

export function removeFurniture(pages: readonly FurniturePage[]): FurnitureResult {
  const zones = pages.map((p) => p.frags.filter((f) => inZone(f, p.height)));
  const repeated = findRepeated(pages, zones);
  const offset = findPageOffset(pages, zones, repeated);
  const drop = new Set<Frag>(repeated);
  pages.forEach((p, i) => {
    const numbers = offset === null ? [] : zones[i]!.filter((f) => STANDALONE.test(fragText(f).trim()) && Number(fragText(f)) === p.index + offset);
    for (const n of numbers) {
      drop.add(n);
      for (const f of zones[i]!) if (Math.abs(f.baseline - n.baseline) <= SAME_BASELINE) drop.add(f);
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

/** Digits vary between pages (folios, dates, frame numbers); the words of a head do not. */
function normalise(f: Frag): string {
  return fragText(f).toLowerCase().replace(/\d+/g, '#').replace(/[^\p{L}\p{N}#]+/gu, ' ').trim();
}

/**
 * Margin text repeated (digits aside) on enough pages. A running head runs above some page's text: text that
 * only ever appears in the margins (a document of one-line pages) is the text itself.
 */
function findRepeated(pages: readonly FurniturePage[], zones: Frag[][]): Set<Frag> {
  const pagesByKey = new Map<string, Set<number>>();
  const besideText = new Set<string>();
  const key = (f: Frag, p: FurniturePage): string => `${f.top < p.height / 2 ? 'head' : 'foot'}|${normalise(f)}`;
  zones.forEach((z, i) => z.forEach((f) => {
    const k = key(f, pages[i]!);
    pagesByKey.set(k, (pagesByKey.get(k) ?? new Set()).add(i));
    if (z.length < pages[i]!.frags.length) besideText.add(k);
  }));
  const need = Math.max(2, Math.ceil(REPEAT_SHARE * pages.length));
  const out = new Set<Frag>();
  zones.forEach((z, i) => z.forEach((f) => {
    const k = key(f, pages[i]!);
    if (normalise(f) !== '' && besideText.has(k) && (pagesByKey.get(k)?.size ?? 0) >= need) out.add(f);
  }));
  return out;
}

/** The constant printed-minus-physical page offset best supported by the numbers in heads and feet. */
function findPageOffset(pages: readonly FurniturePage[], zones: Frag[][], repeated: Set<Frag>): number | null {
  const score = new Map<number, number>();
  pages.forEach((p, i) => {
    const best = new Map<number, number>();
    for (const f of zones[i]!) {
      for (const [value, weight] of pageNumberCandidates(f, repeated.has(f))) {
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

function pageNumberCandidates(f: Frag, isRepeated: boolean): [number, number][] {
  const text = fragText(f).trim();
  if (STANDALONE.test(text)) return [[Number(text), 2]];
  if (!isRepeated) return [];
  return EMBEDDED.flatMap((re) => {
    const m = re.exec(text);
    return m ? [[Number(m[1]), 1] as [number, number]] : [];
  });
}
