// Pure: a snippet centred on one quote, the quote wrapped in <q>…</q> and the query's matches in the highlight
// tags, everything else HTML-escaped. A client splits on these exact tags; the text itself can hold no `<`.
import { escapeHtml, toCharSpans, toWholeWords, type MatchPosition, type SnippetOptions, type Span } from './snippet.ts';

export const QUOTE_OPEN = '<q>';
export const QUOTE_CLOSE = '</q>';

/** Share of the window given to words before the quote when the quote fills it: enough to show the lead-in. */
const QUOTE_LEAD_SHARE = 0.15;

interface Word {
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Word window [from, to) of `crop` words that holds the quote, centred when the quote is shorter than it. */
function windowAround(words: Word[], quote: Span, crop: number): [number, number] {
  if (words.length <= crop) return [0, words.length];
  const first = Math.max(0, words.findIndex((w) => w.end > quote.start));
  const last = words.findLastIndex((w) => w.start < quote.end);
  const inQuote = Math.max(1, last - first + 1);
  const lead = inQuote >= crop ? Math.floor(crop * QUOTE_LEAD_SHARE) : Math.floor((crop - inQuote) / 2);
  const from = Math.max(0, Math.min(first - lead, words.length - crop));
  return [from, from + crop];
}

/** Cut points of the window: its edges, the quote's edges and every match edge inside it, in order. */
function cutPoints(start: number, end: number, quote: Span, marks: Span[]): number[] {
  const points = [start, end, quote.start, quote.end, ...marks.flatMap((m) => [m.start, m.end])];
  return [...new Set(points.filter((p) => p >= start && p <= end))].sort((a, b) => a - b);
}

/** The snippet of `text` around `quote` (character offsets), with the query's matches still highlighted. */
export function quoteSnippet(text: string, quote: Span, matches: readonly MatchPosition[] | undefined, opts: SnippetOptions): string {
  const words = wordsOf(text);
  if (!words.length) return '';
  const [from, to] = windowAround(words, quote, opts.cropLength);
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  const marks = toWholeWords(text, toCharSpans(text, matches ?? [])); // whole words, as in every snippet
  const points = cutPoints(start, end, quote, marks);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const quoted = a >= quote.start && b <= quote.end;
    const marked = marks.some((m) => a >= m.start && b <= m.end);
    let piece = escapeHtml(text.slice(a, b));
    if (marked) piece = opts.highlightPreTag + piece + opts.highlightPostTag;
    if (quoted) piece = QUOTE_OPEN + piece + QUOTE_CLOSE;
    out += piece;
  }
  const { highlightPreTag: pre, highlightPostTag: post } = opts;
  out = out.split(post + QUOTE_CLOSE + QUOTE_OPEN + pre).join('').split(QUOTE_CLOSE + QUOTE_OPEN).join('').split(post + pre).join('');
  return (from > 0 ? opts.cropMarker : '') + out + (to < words.length ? opts.cropMarker : '');
}
