// Small predicates on lines and blocks shared by the repairs.
import type { Box } from '../domain/types.ts';
import { memoize } from './memo.ts';

/** A line ends a sentence: terminal punctuation, possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  if (text.endsWith('.') && MIDDLE_INITIAL_END.test(text)) return false; // cheap test first: the search scans the line
  return /[.!?…:;](\s*['"’”»)\]])*\s*$/.test(text) || AGENCY_TAG_END.test(text) || AGENCY_TAG_LINE.test(text);
}

/** `… next Tuesday. (Newsline)`: agency copy closes on the agency's name in brackets after the last stop. */
const AGENCY_TAG_END = /[.!?]['"’”]?\s+\((?:\p{Lu}[\p{L}.&’'-]*\s?){1,3}\)\s*$/u;

/** `(Newsline)` alone on a line: the same tag, wrapped by a narrow column under the last sentence. */
const AGENCY_TAG_LINE = /^\s*\((?:\p{Lu}[\p{L}.&’'-]*\s?){1,3}\)\s*$/u;

/** `… said Director Jane Q.` + `Public`: a name's middle initial at a line end does not end the sentence. */
const MIDDLE_INITIAL_END = /(?:^|\s)\p{Lu}\p{Ll}+\s\p{Lu}\.$/u;

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const LOWER_START_RE = /^['"‘“(]*\p{Ll}/u;
const UPPER_START_RE = /^['"‘“(]*[\p{Lu}\p{N}]/u;
const NON_LETTERS_RE = /[^\p{L}]/gu; // replace() only: a /g regex keeps no state there
const BYLINE_RE = /^By\s+\p{Lu}/u;

/** A line ending on a colon with nothing after it (`… the mayor responded:`): it introduces what follows. */
const INTRO_COLON_END_RE = /\p{L}[\p{L}\p{N})\]’']*:\s*$/u;
/** A quotation opens the line: an opening mark, then a capital or a bracket (`"Nobody …`, `“[The] ferry …`). */
const QUOTATION_START_RE = /^[“‘"][\p{Lu}\p{N}[(…]/u;

/** The line ends on a colon that introduces what follows (`said:`, `the following:`), not a label with its value. */
export function endsWithIntroColon(text: string): boolean {
  return INTRO_COLON_END_RE.test(text);
}

/** The line opens with a quotation (`"We will …`, `“It is …`). */
export function opensQuotation(text: string): boolean {
  return QUOTATION_START_RE.test(text.trimStart());
}

export function startsLowercase(text: string): boolean {
  return LOWER_START_RE.test(text);
}

export function startsUppercase(text: string): boolean {
  return UPPER_START_RE.test(text);
}

/** Speed only: the head finder asks the same lines again and again. Bounded so memory stays small. */
const MEMO_LIMIT = 20_000;

/** Every letter is a capital and there are at least two letters: a heading or rubric line. */
export const isAllCaps: (text: string) => boolean = memoize((text) => {
  const letters = text.replace(NON_LETTERS_RE, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}, MEMO_LIMIT);


/** A photo caption ends with its bracketed credit: `… the capital. [Agency]`. */
export function endsWithCredit(text: string): boolean {
  return /\[[^\]]{2,80}\]\s*$/.test(text);
}

export function isByline(text: string): boolean {
  return BYLINE_RE.test(text.trim());
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The typical line length of a set of lines: the median of lines long enough to be column lines. */
export function typicalWidth(lengths: number[]): number {
  const MIN_COLUMN_LINE = 15; // shorter lines are paragraph ends, headings or justified single words
  const xs = lengths.filter((n) => n >= MIN_COLUMN_LINE).sort((a, b) => a - b);
  return xs.length ? (xs[Math.floor(xs.length / 2)] ?? 0) : 0;
}

/** Points of slack at the right edge of a flush-right line; it starts past this share of the measure. */
const FLUSH_RIGHT_SLACK = 3;
const FLUSH_RIGHT_START = 0.4;

/** Set flush right under the lines above: its right edge on theirs, its left edge far from theirs (PDF geometry). */
export function isFlushRight(line: { box?: Box }, above: readonly { box?: Box }[]): boolean {
  const own = line.box;
  const boxes = above.map((l) => l.box).filter((b): b is Box => b !== undefined && b.page === own?.page);
  if (!own || !boxes.length) return false;
  const left = Math.min(...boxes.map((b) => b.x));
  const right = Math.max(...boxes.map((b) => b.x + b.w));
  return Math.abs(own.x + own.w - right) <= FLUSH_RIGHT_SLACK && own.x - left > FLUSH_RIGHT_START * (right - left);
}
