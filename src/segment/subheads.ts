// A subhead in a text dump (no face, no size): a short line between paragraphs, weighed from its shape and place.
import type { PageLine } from '../domain/types.ts';
import { DEFAULT_SUBHEADS, type SubheadWeights } from '../conventions/subheads.ts';
import { isByline, opensQuotation, startsLowercase, startsUppercase, wordCount } from '../text/predicates.ts';
import { closesSentence } from './breaks.ts';

export interface SubheadInput {
  /** The line before (across blocks), the candidate, the line after. */
  prev?: PageLine;
  line: PageLine;
  next?: PageLine;
  /** The candidate opens a block: the dump set a blank line above it. */
  spaceAbove: boolean;
  /** Typical line length (characters) on the line's page. */
  width: number;
  /** The next line opens with a speaker label of the document. */
  nextLabelled: boolean;
  /** Share of the text's blocks that are a single line. */
  loneLineShare: number;
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const PUNCTUATED_END = /[.!?…,;:\-–—\u00AD]['"’”»)\]]*$/u;
const SENTENCE_INSIDE = /[.!?]['"’”]?\s+\S/u;
const CAPITALISED = /^['"‘“(]*\p{Lu}/u;
const SMALL_LETTER = /\p{Ll}/u;
const CONTENT_WORD = /\p{L}{4}/u;
const LINE_NUMBER = /^\d{1,3}\s/u;
const COLON_END = /:['"’”»)\]]*\s*$/u;

/** Sum the evidence that `line` is a subhead set between paragraphs. */
export function subheadScore(c: SubheadInput, w: SubheadWeights = DEFAULT_SUBHEADS): number {
  const t = c.line.text.trim();
  const words = t.split(/\s+/);
  if (!startsUppercase(t) || wordCount(t) < w.minWords || wordCount(t) > w.maxWords) return w.punctuated;
  if (PUNCTUATED_END.test(t) || SENTENCE_INSIDE.test(t) || !SMALL_LETTER.test(t)) return w.punctuated;
  const prev = c.prev?.text.trim() ?? '';
  const next = c.next?.text.trim() ?? '';
  let s = lengthEvidence(t.length, c.width, w);
  if (c.spaceAbove) s += w.spaceAbove;
  if (c.loneLineShare > w.shreddedShare) s += w.shredded;
  if (!c.prev || isByline(prev)) s += w.noneAbove; // the text opens here
  if (w.creditLine.test(t)) s += w.credit;
  if (t.includes(',')) s += w.comma;
  if (COLON_END.test(prev)) s += w.introducedAbove;
  else if (prev && closesSentence(prev)) s += w.afterSentence;
  else if (prev && !c.spaceAbove) s += w.insideSentence;
  if (LINE_NUMBER.test(t) && (LINE_NUMBER.test(next) || LINE_NUMBER.test(prev))) s += w.numberedGutter;
  if (w.oddTokens.test(t)) s += w.oddToken;
  if (!next || startsLowercase(next)) s += w.nextGoesOn;
  else if (c.nextLabelled || CAPITALISED.test(next) || opensQuotation(next)) s += w.nextOpens;
  if (next) s += next.length >= c.width * w.nextFullRatio ? w.nextFull : w.nextShort;
  const content = words.slice(1).filter((x) => CONTENT_WORD.test(x));
  if (content.length && content.filter((x) => CAPITALISED.test(x)).length * 2 > content.length) s += w.titleCase;
  if (w.functionWords.includes(words[words.length - 1]!.toLowerCase())) s += w.functionEnd;
  if (w.joiningWords.includes(words[0]!.toLowerCase().replace(/\P{L}+$/u, ''))) s += w.joinedStart;
  return s;
}

/** Short against the page's typical line, middling, or about the column's width. */
function lengthEvidence(length: number, width: number, w: SubheadWeights): number {
  if (width <= 0) return w.notShort;
  if (length <= width * w.shortRatio) return w.short;
  return length <= width * w.middlingRatio ? w.middling : w.notShort;
}

/** A line with no layout evidence (a dump's line) that its shape and place make a subhead. */
export function isDumpSubhead(c: SubheadInput, w: SubheadWeights = DEFAULT_SUBHEADS): boolean {
  return !c.line.box && subheadScore(c, w) >= w.threshold;
}
