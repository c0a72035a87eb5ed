// Direct quotes in a paragraph, and the paragraph's sentences with each quote folded into one token.
import { type Mask, type Token, isCapitalised, tokenize } from './tokens.ts';
import { ABBREVIATIONS, CUE_VERBS, PERSONAL_PRONOUNS } from './words.ts';

export interface QuoteSpan extends Mask {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Where `text` lies in the paragraph: `paragraph.slice(textStart, textEnd) === text`. */
  textStart: number;
  textEnd: number;
  /** The quote began in an earlier paragraph: this one has a closing mark but no opening one. */
  openStart: boolean;
  /** The quote is not closed in this paragraph (a multi-paragraph quote goes on in the next). */
  openEnd: boolean;
}

const OPEN_MARKS = '“«';
const CLOSE_MARKS = '”»';
const STRAIGHT = '"';

/**
 * Single quotes are mostly scare quotes (‘guided reform’) and share their closing mark with the
 * apostrophe, so a single-quoted span counts as a quote only from this many words on.
 */
const SINGLE_QUOTE_MIN_WORDS = 3;

/**
 * A quote shorter than this, without closing punctuation inside, is a scare quote or a name
 * (“restart”, “left”), not somebody's words. Spoken words end with a comma or stop inside the marks.
 */
const SPEECH_MIN_WORDS = 4;

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const LETTER_RE = /\p{L}/u;
const DIGIT_START_RE = /^\p{N}/u;

const words = (s: string): number => s.split(/\s+/).filter((w) => WORD_CHAR_RE.test(w)).length;

function span(text: string, start: number, end: number, openStart: boolean, openEnd: boolean): QuoteSpan {
  const innerStart = openStart ? start : start + 1;
  const innerEnd = openEnd ? end : end - 1;
  const inner = text.slice(innerStart, innerEnd);
  const textStart = innerStart + (inner.length - inner.trimStart().length);
  const textEnd = innerEnd - (inner.length - inner.trimEnd().length);
  return { start, end, text: inner.trim(), textStart, textEnd: Math.max(textStart, textEnd), openStart, openEnd };
}

/** Where the sentence holding offset `i` starts. */
function sentenceStart(text: string, i: number): number {
  let start = 0;
  for (const m of text.slice(0, i).matchAll(/[.!?]["”’)]?\s+(?=[\p{Lu}\p{N}"“‘])/gu)) start = m.index + m[0].length;
  return start;
}

/** A closing mark with a space before and a letter after is a misprinted opening mark (` ”all that …`). */
const opensAnyway = (text: string, i: number): boolean => /(^|\s)$/.test(text.slice(Math.max(0, i - 1), i)) && LETTER_RE.test(text[i + 1] ?? '');

/** A straight mark right after a word or stop and before a space or the end closes a quote (`ridiculous." When`). */
const looksClosing = (text: string, i: number): boolean => /[\p{L}\p{N}.,!?…]/u.test(text[i - 1] ?? ' ') && /^(\s|$)/u.test(text.slice(i + 1, i + 2));

/**
 * Double-quoted spans at the top level; nested quotes stay inside their outer quote. A closing mark
 * without an opening one ends a quote that began in the previous paragraph (`continues`), else one
 * whose opening mark was lost: it then starts with its sentence.
 */
function doubleQuoteSpans(text: string, continues: boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const closesContinued = continues && spans.length === 0 && stack.length === 0 && c === STRAIGHT && looksClosing(text, i);
    const closes = (CLOSE_MARKS.includes(c) && !opensAnyway(text, i)) || (c === STRAIGHT && stack.at(-1) === STRAIGHT) || closesContinued;
    if (closes && stack.length > 0) {
      stack.pop();
      if (stack.length === 0) spans.push(span(text, open, i + 1, false, false));
    } else if (closes && spans.length === 0 && (c !== STRAIGHT || closesContinued)) {
      const start = continues ? 0 : sentenceStart(text, i);
      spans.push(span(text, start, i + 1, true, false));
    } else if (OPEN_MARKS.includes(c) || c === STRAIGHT || (CLOSE_MARKS.includes(c) && opensAnyway(text, i))) {
      if (stack.length === 0) open = i;
      stack.push(c);
    }
  }
  if (stack.length > 0) spans.push(span(text, open, text.length, false, true));
  return spans;
}

/** A single mark opens a quote after a space, bracket, dash or colon and before a letter (`said 'After …`, `‘We …`). */
const SINGLE_OPEN_RE = /(?<=^|[\s([—–:,])['‘](?=\p{L})/gu;
const SINGLE_CLOSE_MARKS = "'’";
/** A closing single mark right after a stop, or right before punctuation, ends a quote for sure (`campaign.' He`). */
const STRONG_BEFORE = '.,!?…';
const STRONG_AFTER = '.,;:!?)]—–';

/**
 * Where the single-quoted passage opened at `open` closes: a ’ or ' after a non-space and not before a letter (so
 * `Kestrel’s`, `couldn't`, `’90s` are apostrophes). A closer after a stop wins over an earlier one after a letter,
 * which may be a plural possessive (`the parents' rights`).
 */
function singleClose(text: string, open: number): number {
  let weak = -1;
  for (let j = open + 1; j < text.length; j++) {
    if (!SINGLE_CLOSE_MARKS.includes(text[j] as string) || /\s/u.test(text[j - 1] ?? ' ') || LETTER_RE.test(text[j + 1] ?? '')) continue;
    const next = text[j + 1];
    if (STRONG_BEFORE.includes(text[j - 1] as string) || next === undefined || STRONG_AFTER.includes(next)) return j;
    if (weak < 0) weak = j;
  }
  return weak;
}

/**
 * Single-quoted spans of several words outside double quotes, with typographic (‘…’) or straight ('…') marks. A
 * spoken single quote (closed after a stop or comma) may hold double quotes: the British order, ‘He said “no”,’.
 */
function singleQuoteSpans(text: string, taken: readonly Mask[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const m of text.matchAll(SINGLE_OPEN_RE)) {
    const start = m.index;
    if (spans.some((t) => start < t.end) || taken.some((t) => start >= t.start && start < t.end)) continue;
    const close = singleClose(text, start);
    if (close < 0) continue;
    const end = close + 1;
    const spoken = STRONG_BEFORE.includes(text[close - 1] as string);
    if (taken.some((t) => start < t.end && end > t.start && !(spoken && start < t.start && t.end <= end))) continue;
    if (words(text.slice(start + 1, close)) >= SINGLE_QUOTE_MIN_WORDS) spans.push(span(text, start, end, false, false));
  }
  return spans;
}

export function findQuoteSpans(text: string, continues = false): QuoteSpan[] {
  const double = doubleQuoteSpans(text, continues);
  const single = singleQuoteSpans(text, double);
  const nested = (d: QuoteSpan): boolean => single.some((s) => s.start < d.start && d.end <= s.end);
  return [...double.filter((d) => !nested(d)), ...single].sort((a, b) => a.start - b.start);
}

/** Does the quote carry somebody's words, rather than marking a term? */
export function isSpeech(q: QuoteSpan): boolean {
  return words(q.text) >= SPEECH_MIN_WORDS || /[.,!?;:]\W*$/u.test(q.text) || q.openStart || q.openEnd;
}

/** "“…” Smith said" or "“…” He added": a quote ending a sentence whose cue follows it anyway. */
function cueFollows(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < Math.min(tokens.length, i + 4); j++) {
    const t = tokens[j] as Token;
    if (t.type !== 'word') return false;
    if (CUE_VERBS.has(t.lower)) return j > i;
    if (!isCapitalised(t) && !PERSONAL_PRONOUNS.has(t.lower)) return false;
  }
  return false;
}

function endsSentence(tokens: readonly Token[], i: number, spans: readonly QuoteSpan[]): boolean {
  const t = tokens[i] as Token;
  if (t.type !== 'quote' && (t.type !== 'punct' || !'.!?'.includes(t.text))) return false; // most tokens: cheap test first
  const next = tokens[i + 1];
  if (!next || !(isCapitalised(next) || next.type === 'quote' || DIGIT_START_RE.test(next.text))) return false;
  if (t.type === 'quote') {
    const q = spans[t.quote];
    return Boolean(q && /[.!?]\W*$/u.test(q.text)) && !cueFollows(tokens, i + 1);
  }
  if (t.type !== 'punct' || !'.!?'.includes(t.text)) return false;
  const prev = tokens[i - 1];
  return !(t.text === '.' && prev && ABBREVIATIONS.has(prev.lower));
}

/** The paragraph as sentences of tokens, each direct quote folded into one 'quote' token. */
export function frameSentences(text: string, spans: readonly QuoteSpan[]): Token[][] {
  const tokens = tokenize(text, spans);
  const sentences: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((t, i) => {
    current.push(t);
    if (endsSentence(tokens, i, spans)) {
      sentences.push(current);
      current = [];
    }
  });
  if (current.length > 0) sentences.push(current);
  return sentences;
}
