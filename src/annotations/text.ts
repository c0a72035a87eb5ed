// Small text helpers for selectors: code-point offsets (the W3C model counts code points, JS strings count
// UTF-16 units), context around a match, and a word-shingle similarity for ranking paragraphs.
import type { QuoteSelector } from './model.ts';

/** The W3C model's TextQuoteSelector carries this much context on each side (code points). */
export const CONTEXT_CHARS = 32;

/** UTF-16 index of the code point at `cp` (clamped to the text). */
export function unitIndex(text: string, cp: number): number {
  let unit = 0;
  for (let i = 0; i < cp && unit < text.length; i++) unit += (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
  return unit;
}

/** Number of code points in the first `unit` UTF-16 units. */
export function cpIndex(text: string, unit: number): number {
  let cp = 0;
  for (let i = 0; i < unit && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) cp++; // a low surrogate belongs to the code point before it
  }
  return cp;
}

export function cpLength(s: string): number {
  return cpIndex(s, s.length);
}

/** Build a complete selector for text[startUnit, endUnit) with its prefix and suffix. */
export function selectorAt(text: string, startUnit: number, endUnit: number): QuoteSelector {
  const before = Array.from(text.slice(0, startUnit));
  const after = Array.from(text.slice(endUnit));
  const start = cpIndex(text, startUnit);
  const exact = text.slice(startUnit, endUnit);
  return {
    exact,
    prefix: before.slice(-CONTEXT_CHARS).join(''),
    suffix: after.slice(0, CONTEXT_CHARS).join(''),
    start,
    end: start + cpLength(exact),
  };
}

/** Every UTF-16 index where `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** How many characters of context agree around a match at [start, end): prefix read backwards, suffix forwards. */
export function contextAgreement(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let score = 0;
  for (let i = 1; i <= prefix.length && text[start - i] === prefix[prefix.length - i]; i++) score++;
  for (let i = 0; i < suffix.length && text[end + i] === suffix[i]; i++) score++;
  return score;
}

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  if (words.length === 1 && words[0]) out.add(words[0]);
  return out;
}

/**
 * Dice coefficient over word pairs. Character-bigram Dice saturates on long English texts (any two long
 * paragraphs share most letter pairs), word pairs do not: unrelated paragraphs score near 0.
 */
export function wordSimilarity(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size + sb.size === 0) return a.trim() === b.trim() ? 1 : 0;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
