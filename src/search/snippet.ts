// Pure: a short, HTML-safe snippet of a paragraph around the matches Meilisearch reported. Building it here
// from match positions (instead of asking Meilisearch to crop and highlight) halves the search response:
// Meilisearch's `_formatted` repeats every retrieved attribute.

import { memoize } from '../text/memo.ts';

export interface MatchPosition {
  /** Byte offset in the UTF-8 text (Meilisearch's unit). */
  start: number;
  /** Length in bytes. */
  length: number;
}

export interface SnippetOptions {
  cropLength: number; // words
  cropMarker: string;
  highlightPreTag: string;
  highlightPostTag: string;
}

export interface Span {
  start: number;
  end: number;
}

const HTML_SPECIAL = /[&<>"']/;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return HTML_SPECIAL.test(s) ? s.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!) : s;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Byte offsets → character offsets (UTF-16 code units), in one pass over the text. */
export function toCharSpans(text: string, matches: readonly MatchPosition[]): Span[] {
  if (!matches.length) return [];
  const wanted = [...new Set(matches.flatMap((m) => [m.start, m.start + m.length]))].sort((a, b) => a - b);
  const at = new Map<number, number>();
  // Up to the first character beyond ASCII a byte offset is a character offset: map those without a walk.
  const ascii = NON_ASCII.exec(text)?.index ?? text.length;
  let next = 0;
  while (next < wanted.length && wanted[next]! <= ascii) at.set(wanted[next]!, wanted[next++]!);
  let bytes = ascii;
  for (let i = ascii; i <= text.length && next < wanted.length; ) {
    while (next < wanted.length && wanted[next]! <= bytes) at.set(wanted[next++]!, i);
    if (i === text.length) break;
    const code = text.codePointAt(i)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    i += code >= 0x10000 ? 2 : 1;
  }
  return matches
    .map((m) => ({ start: at.get(m.start) ?? text.length, end: at.get(m.start + m.length) ?? text.length }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Marks widened to whole words: a typo-tolerant or prefix match covers part of a word ("Quokk" of "Quokka"),
 * and a reader expects the word marked. Overlapping marks are merged. Spans must be sorted by start.
 */
export function toWholeWords(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let { start, end } = span;
    while (start > 0 && WORD_CHAR.test(text[start - 1]!) && WORD_CHAR.test(text[start]!)) start--;
    while (end < text.length && WORD_CHAR.test(text[end]!) && WORD_CHAR.test(text[end - 1]!)) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/** Words before the first match kept in the window, so a snippet does not open on the match itself. */
const LEADING_CONTEXT_SHARE = 0.25;

/** Paragraphs whose word boundaries a snippet used lately: hits repeat across searches (read-only arrays). */
const RECENT_TEXTS = 2000;

/** Word boundaries (runs of non-space), as parallel start/end arrays: cheaper than a regex match per word. */
const splitWords = memoize(splitWordsOnce, RECENT_TEXTS);

function splitWordsOnce(text: string): { readonly starts: readonly number[]; readonly ends: readonly number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) starts.push(i);
    else if (space && inWord) ends.push(i);
    inWord = !space;
  }
  if (inWord) ends.push(text.length);
  return { starts, ends };
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Index of the word holding (or following) character `pos`: binary search over word ends. */
function wordAt(ends: readonly number[], pos: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The window of `cropLength` words holding the most matches (earliest on ties), as word indexes [from, to). */
function chooseWindow(ends: readonly number[], marks: Span[], cropLength: number): [number, number] {
  const n = ends.length;
  if (n <= cropLength) return [0, n];
  const lead = Math.floor(cropLength * LEADING_CONTEXT_SHARE);
  const markWords = marks.map((m) => wordAt(ends, m.start));
  let best: [number, number] = [0, cropLength];
  let bestCount = -1;
  for (const w of markWords) {
    const from = Math.max(0, Math.min(w - lead, n - cropLength));
    const count = markWords.filter((x) => x >= from && x < from + cropLength).length;
    if (count > bestCount) [best, bestCount] = [[from, from + cropLength], count];
  }
  return best;
}

/** Crop to `cropLength` words around the matches, escape HTML, wrap matches in the highlight tags. */
export function buildSnippet(text: string, matches: readonly MatchPosition[] | undefined, opts: SnippetOptions): string {
  const { starts, ends } = splitWords(text);
  if (!starts.length) return '';
  const marks = toWholeWords(text, toCharSpans(text, matches ?? []));
  const [from, to] = chooseWindow(ends, marks, opts.cropLength);
  const start = starts[from]!;
  const end = ends[to - 1]!;
  let out = from > 0 ? opts.cropMarker : '';
  let pos = start;
  for (const m of marks) {
    if (m.start < pos || m.end > end) continue;
    out += escapeHtml(text.slice(pos, m.start)) + opts.highlightPreTag + escapeHtml(text.slice(m.start, m.end)) + opts.highlightPostTag;
    pos = m.end;
  }
  return out + escapeHtml(text.slice(pos, end)) + (to < starts.length ? opts.cropMarker : '');
}
