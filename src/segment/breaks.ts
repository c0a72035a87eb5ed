// Paragraph breaks between two printed lines, scored from the evidence a typesetter leaves: the reader's
// layout verdict (indent), a vertical gap (PDF), a short last line, a sentence end, how the next line opens,
// a change of face (a bold or italic question, then the answer) and a speaker label.
import type { Block, PageLine } from '../domain/types.ts';
import { AUTHOR_NOTE, DEFAULT_PARAGRAPHS, type BreakWeights } from '../conventions/paragraphs.ts';
import { endsSentence, endsWithIntroColon, opensQuotation, startsLowercase } from '../text/predicates.ts';
import { STAGE_DIRECTION } from './questions.ts';

/** Line pitch (PDF): the usual distance between baselines, and whether the layout separates paragraphs by space. */
export interface Spacing {
  pitch: number;
  gapped: boolean;
  /** The reader saw paragraphs open with a first-line indent (lines set in under the line above) often enough. */
  indented?: boolean;
}

export interface BreakInput {
  prev: PageLine;
  line: PageLine;
  /** Typical line length (characters) on the line's page. */
  width: number;
  spacing: Spacing | null;
  /** The paragraph so far ends with a quotation and its attribution (`…,” she said.`). */
  attributedQuote: boolean;
  /** The paragraph opened with a speaker label: labels open turns, a question mark alone does not. */
  inTurn?: boolean;
  /** A quotation opened in the paragraph so far is still open: its sentences go on. */
  openQuote?: boolean;
  /** `prev` is one word of a justified line that a text dump set word by word (see `isDumpedWord`): its shortness
   *  says nothing about a paragraph's end. */
  splitLine?: boolean;
}

const QUESTION_END = /\?['"’”»)\]]*$/u;
const FULL_STOP = /[.!?…]['"’”»)\]]*\s*$/u;
const STAGE_DIRECTION_END = new RegExp(`${STAGE_DIRECTION.source}$`, 'iu');
/** A capital, a figure, or a bracketed stage direction (`[laughs] I was …`) opens the line. */
const CAPITAL_START = /^(?:\[[^\]]{1,30}\]\s*)?['"‘“(]*[\p{Lu}\p{N}]|^\[\p{Lu}[^\]]{0,29}\]$/u;
/** `— Jane Roe` alone on a line: the author's sign-off, a paragraph of its own. */
const SIGN_OFF = /^[—–]\s?(?:\p{Lu}[\p{L}.’'-]*\s?){1,4}$/u;
const QUOTE_START = /^[“‘"]\p{Lu}/u;
/** A quotation closed after its last sentence (`… the paper.’`), and a line opening plain text, not another quote. */
const CLOSED_QUOTE_END = /[.!?…][”’]$/u;
const TEXT_START = /^\p{Lu}/u;
const ONE_WORD = /^\S+$/u;

/** Sum the weights of the evidence for a break before `line`. */
export function breakScore(b: BreakInput, w: BreakWeights = DEFAULT_PARAGRAPHS.breaks): number {
  const { prev, line } = b;
  if (prev.role !== line.role && (prev.role === 'caption' || line.role === 'caption')) return w.roleChange;
  if (SIGN_OFF.test(prev.text.trim()) || SIGN_OFF.test(line.text.trim())) return w.signOff;
  if (!closesSentence(prev.text)) return w.noSentenceEnd;
  let s = 0;
  if (line.paragraphStart) s += w.layoutStart;
  if (b.width > 0 && prev.text.length < b.width * w.shortLastLineRatio && !b.splitLine) s += w.shortLastLine;
  if (QUOTE_START.test(line.text) && FULL_STOP.test(prev.text)) s += w.quoteStart; // `responded:` runs into its quote
  if (QUESTION_END.test(prev.text) && CAPITAL_START.test(line.text) && !b.inTurn) s += w.questionEnd;
  if (b.attributedQuote && CAPITAL_START.test(line.text)) s += w.attributedQuote;
  else if (CLOSED_QUOTE_END.test(prev.text.trim()) && TEXT_START.test(line.text)) s += w.closedQuote;
  if (startsLowercase(line.text)) s += w.lowercaseStart;
  if (introducesQuotation(prev, line, w)) s += w.colonIntro;
  if (!!prev.bold !== !!line.bold || !!prev.italic !== !!line.italic) s += w.faceChange;
  if (b.openQuote) s += w.openQuote;
  if (AUTHOR_NOTE.test(line.text.trim())) s += w.authorNote;
  const gap = gapOf(prev, line, b.spacing);
  if (gap === 'gap') s += w.gap;
  else if (gap === 'tight' && b.spacing?.gapped) s += w.noGap;
  if (gap === 'tight' && b.spacing?.indented && !line.paragraphStart && !isIndentedUnder(prev, line, w)) s += w.noIndent;
  return s;
}

/**
 * A dump of a narrow justified column sets a line whose words stand far apart one word per line (`past` / `the` /
 * `harbour`): a one-word line between one-word lines, with no geometry to say otherwise, is such a piece.
 */
export function isDumpedWord(before: PageLine | undefined, prev: PageLine, line: PageLine): boolean {
  const oneWord = (l: PageLine | undefined): boolean => !!l && !l.box && ONE_WORD.test(l.text.trim());
  return oneWord(before) && oneWord(prev) && oneWord(line);
}

/** `… she said:` then `"We will …`, the quotation not set in by a first-line indent: one paragraph. */
export function introducesQuotation(prev: PageLine, line: PageLine, w: BreakWeights = DEFAULT_PARAGRAPHS.breaks): boolean {
  return endsWithIntroColon(prev.text) && opensQuotation(line.text) && !isIndentedUnder(prev, line, w);
}

/** `line` starts visibly right of `prev` in the same column (PDF geometry; a dump shows none). */
function isIndentedUnder(prev: PageLine, line: PageLine, w: BreakWeights): boolean {
  const a = prev.box;
  const b = line.box;
  if (!a || !b || a.page !== b.page || Math.min(a.x + a.w, b.x + b.w) <= Math.max(a.x, b.x)) return false;
  return b.x - a.x >= w.indentEm * (line.fontSize ?? b.h);
}

/** A finished sentence, then a line that opens one: where a hidden paragraph or turn change may be. */
export function mayBreak(prev: PageLine, line: PageLine): boolean {
  return closesSentence(prev.text) && CAPITAL_START.test(line.text);
}

/** A sentence end, or a stage direction closing the line (`Road rage. [Laughs]`): a transcript's sentence end. */
export function closesSentence(text: string): boolean {
  return endsSentence(text) || STAGE_DIRECTION_END.test(text.trim());
}

/** The last quotation mark of the text opens a quotation (`said, "Why not?`): a straight one by where it stands. */
export function quoteOpen(text: string): boolean {
  const m = /(^|.)(["“”])(.?)[^"“”]*$/su.exec(text);
  if (!m) return false;
  if (m[2] !== '"') return m[2] === '“';
  return /^$|[\s(\[—–]/u.test(m[1]!) && /[\p{L}\p{N}‘'.…]/u.test(m[3]!);
}

export function isBreak(b: BreakInput, w: BreakWeights = DEFAULT_PARAGRAPHS.breaks): boolean {
  return breakScore(b, w) >= w.threshold;
}

/** Lines one under the other in the same column: a gap when the pitch is clearly more than usual. */
function gapOf(prev: PageLine, line: PageLine, spacing: Spacing | null, w: BreakWeights = DEFAULT_PARAGRAPHS.breaks): 'gap' | 'tight' | null {
  const a = prev.box;
  const b = line.box;
  if (!spacing || !a || !b || a.page !== b.page || b.y <= a.y) return null;
  if (Math.min(a.x + a.w, b.x + b.w) <= Math.max(a.x, b.x)) return null; // not in one column
  const pitch = b.y - a.y;
  if (pitch > spacing.pitch * w.maxAdjacentPitch) return null; // something stood between them
  return pitch >= spacing.pitch * (1 + w.gapShare) ? 'gap' : 'tight';
}

/** The usual pitch of lines inside blocks, and whether some pairs stand apart by a paragraph gap. */
export function measureSpacing(blocks: readonly Block[], w: BreakWeights = DEFAULT_PARAGRAPHS.breaks): Spacing | null {
  const pitches: number[] = [];
  for (const b of blocks) {
    for (let i = 1; i < b.lines.length; i++) {
      const p = b.lines[i - 1]!.box;
      const l = b.lines[i]!.box;
      if (p && l && p.page === l.page && l.y > p.y) pitches.push(l.y - p.y);
    }
  }
  if (pitches.length < w.minPitches) return null;
  const sorted = [...pitches].sort((x, y) => x - y);
  const pitch = sorted[Math.floor(sorted.length / 2)]!;
  const gaps = pitches.filter((p) => p >= pitch * (1 + w.gapShare) && p <= pitch * w.maxAdjacentPitch).length;
  return { pitch, gapped: gaps >= w.minGaps, indented: countIndents(blocks, w) >= w.minGaps };
}

/** Lines the reader marked as paragraph starts that stand set in under the line above them. */
function countIndents(blocks: readonly Block[], w: BreakWeights): number {
  let n = 0;
  for (const b of blocks) {
    for (let i = 1; i < b.lines.length; i++) if (b.lines[i]!.paragraphStart && isIndentedUnder(b.lines[i - 1]!, b.lines[i]!, w)) n++;
  }
  return n;
}
