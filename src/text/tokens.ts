// The one tokenizer of the pipeline: tokens with offsets (for attribution, with quotes folded into one token
// each), and plain word forms (for the repairs' vocabularies).

export type TokenType = 'word' | 'punct' | 'quote';

/** Read-only: unmasked token lists are shared between callers (see `plainTokens`). */
export interface Token {
  /** Surface form without a possessive ending ("Smith’s" → "Smith"). */
  readonly text: string;
  readonly lower: string;
  readonly type: TokenType;
  readonly start: number;
  readonly end: number;
  readonly possessive: boolean;
  /** For type 'quote': the index of the quote span this token stands for; -1 otherwise. */
  readonly quote: number;
}

/** A span of the text that is replaced by one 'quote' token (a direct quote). */
export interface Mask {
  start: number;
  end: number;
}

/**
 * Words (with inner hyphens/apostrophes), initials ("F."), punctuation, and a spaced hyphen used as a dash.
 * The word alternative is one flat character loop (a group with a look-ahead inside a `*` keeps a backtrack entry
 * per character and overflows the stack on a long run); `wordLength` cuts it before a joiner that ends it.
 */
const TOKEN_RE =
  /(?<!\p{L})\p{Lu}\.(?=\s?\p{Lu})|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’‐-]*|[.,;:!?()[\]—–“”„«»"‘’]|\s-\s/gu;
const JOINERS = new Set(["'", '’', '‐', '-']);

/** A word runs on over a hyphen or apostrophe only when a letter or digit follows it. */
function wordLength(match: string): number {
  for (let i = 1; i < match.length; i++) {
    if (JOINERS.has(match[i]!) && !WORD_CHAR_RE.test(String.fromCodePoint(match.codePointAt(i + 1) ?? 32))) return i;
  }
  return match.length;
}

const POSSESSIVE_RE = /['’]s$/;
// Hoisted, not inline: tsx (esbuild) turns an inline `\p{…}` literal into `new RegExp(…)` on every call.
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const CAPITAL_START_RE = /^\p{Lu}/u;
const HAS_CAPITAL_RE = /\p{Lu}/u;

function lexTokens(text: string, from: number, to: number, out: Token[]): void {
  TOKEN_RE.lastIndex = from;
  for (let m = TOKEN_RE.exec(text); m && m.index < to; m = TOKEN_RE.exec(text)) {
    const cut = WORD_CHAR_RE.test(String.fromCodePoint(m[0].codePointAt(0)!)) ? wordLength(m[0]) : m[0].length;
    if (cut < m[0].length) TOKEN_RE.lastIndex = m.index + cut;
    const token = m[0].slice(0, cut);
    if (m.index + token.length > to) break;
    const raw = token.trim() || token;
    const isWord = WORD_CHAR_RE.test(raw);
    const possessive = isWord && POSSESSIVE_RE.test(raw) && raw.length > 2;
    const surface = possessive ? raw.slice(0, -2) : raw;
    out.push({
      text: surface, lower: surface.toLowerCase(), type: isWord ? 'word' : 'punct',
      start: m.index, end: m.index + token.length, possessive, quote: -1,
    });
  }
}

/** Tokenise `text`; each masked span becomes one 'quote' token. Masks must be sorted and disjoint. */
export function tokenize(text: string, masks: readonly Mask[] = []): Token[] {
  if (masks.length === 0) return plainTokens(text).slice(); // a fresh array: callers may filter or push
  const out: Token[] = [];
  let at = 0;
  masks.forEach((m, i) => {
    lexTokens(text, at, m.start, out);
    out.push({ text: '', lower: '', type: 'quote', start: m.start, end: m.end, possessive: false, quote: i });
    at = m.end;
  });
  lexTokens(text, at, text.length, out);
  return out;
}

/** Speed only: the vocabulary, the people index and the voices tokenise the same paragraphs. Bounded. */
const PLAIN_MEMO_LIMIT = 5_000;
const PLAIN_MEMO = new Map<string, readonly Token[]>();

/** The tokens of `text` without masks, shared between callers (tokens are read-only). */
function plainTokens(text: string): readonly Token[] {
  let tokens = PLAIN_MEMO.get(text);
  if (tokens === undefined) {
    const out: Token[] = [];
    lexTokens(text, 0, text.length, out);
    if (PLAIN_MEMO.size >= PLAIN_MEMO_LIMIT) PLAIN_MEMO.clear();
    PLAIN_MEMO.set(text, out);
    tokens = out;
  }
  return tokens;
}

const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', '“', '‘', '"', '(', '[', '«', '„']);

/** A token that starts a sentence (or a quotation), where any word is capitalised. */
export function atSentenceStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.type === 'quote' || (prev.type === 'punct' && SENTENCE_OPENERS.has(prev.text));
}

export const isCapitalised = (t: Token): boolean => t.type === 'word' && CAPITAL_START_RE.test(t.text);

/** All-capital words of two letters or more are acronyms or headings, never personal names. */
export const isAcronym = (t: Token): boolean => t.text.length > 1 && t.text === t.text.toUpperCase() && HAS_CAPITAL_RE.test(t.text);

/** A word: letters and digits, with inner hyphens and apostrophes (`multi-party`, `don’t`). */
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** The word forms of a text, as printed (no possessive stripping, no case folding). */
export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}
