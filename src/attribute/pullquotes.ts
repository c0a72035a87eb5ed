// Pull quotes: a passage of the article repeated large as a display quote. It is credited to whoever says those
// words where the article prints them: the speaker of the quote that holds them, or the voice of that paragraph.
import type { Attribution, ParagraphDraft } from '../domain/types.ts';
import type { People } from './people.ts';
import { empty } from './roles.ts';

/** A pull quote is found again in the text from this many characters of its longest piece on. */
const MIN_PIECE_CHARS = 12;

const OUTER_MARKS_RE = /^\s*["“«‘']+|["”»’']+\s*$/gu;
/** Compare texts as words only: marks, dashes and spacing differ between a display quote and the running text. */
const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** A credit printed after the closing mark: `“…” — Ada Roe`. */
const CREDIT_RE = /^(.*["”»])\s*[—–-]\s*(\p{Lu}[^"“”]*)$/su;

/** The pull quote's words without its outer marks and credit, where they lie in its text, and the credit. */
function inner(text: string): { start: number; end: number; credit: string | null } {
  const m = CREDIT_RE.exec(text.trim());
  const quoted = m?.[1] ?? text;
  const stripped = quoted.replace(OUTER_MARKS_RE, '');
  const start = text.indexOf(stripped);
  return { start, end: start + stripped.length, credit: m?.[2]?.trim() ?? null };
}

/** The longest piece of the pull quote between ellipses ("… [...] …"), normalised. */
function longestPiece(text: string): string {
  const pieces = text.split(/\[\s*(?:\.\s*){3}\]|\.\.\.|…/u).map(norm);
  return pieces.sort((a, b) => b.length - a.length)[0] ?? '';
}

/** Who says `piece` in attribution `a` of a paragraph whose text holds it: a quote's speaker first, then the voice. */
function sayer(text: string, a: Attribution, piece: string): string | null {
  const inQuote = a.quotes.find((q) => norm(q.text).includes(piece));
  return inQuote?.speaker ?? (norm(text).includes(piece) ? a.voice : null);
}

/**
 * Credit each pull quote of an article to the speaker of the words it repeats, else to the name printed after it
 * (`“…” — Ada Roe`); nobody when neither tells.
 */
export function creditPullQuotes(paragraphs: readonly ParagraphDraft[], attrs: Attribution[], people: People): Attribution[] {
  return attrs.map((a, i) => {
    const p = paragraphs[i];
    if (p?.kind !== 'pullquote') return a;
    const { start, end, credit } = inner(p.text);
    const piece = longestPiece(p.text.slice(start, end));
    if (piece.length < MIN_PIECE_CHARS) return a;
    const found = paragraphs
      .map((other, j) => (j === i || !norm(other.text).includes(piece) ? null : sayer(other.text, attrs[j] ?? empty(), piece)))
      .find((n) => n) ?? null;
    const speaker = found ?? (credit ? people.resolve(credit.split(/\s+/)) ?? credit : null);
    if (!speaker) return a;
    return { speakers: [speaker], roles: { [speaker]: 'quoted' }, voice: null, quotes: [{ start, end, text: p.text.slice(start, end), speaker }] };
  });
}
