// Letter-spaced runs (`B y G e o r g i`, `S TA K E H O L D E R`) become words again.
import { foldWord, type Lexicon } from '../text/lexicon.ts';

/** Fewer spaced tokens in a row than this is ordinary text ("is a to"). */
const MIN_RUN_TOKENS = 5;
/** A line that is nothing but spaced letters needs fewer (`M i k e`, `T H E`). */
const MIN_WHOLE_LINE_TOKENS = 3;
/** Kerning sometimes keeps two letters together (`TA`); most tokens of a real run are single letters. */
const MIN_SINGLE_LETTER_SHARE = 0.6;
/** All-caps or all-lower chunks longer than this that are not words are split with the word list. */
const MIN_SPLIT_LENGTH = 7;

type WordTest = (w: string) => boolean;

export function repairLetterSpacing(line: string, isWord: WordTest): { text: string; fixed: boolean } {
  const tokens = line.split(/ +/);
  if (isSpacedLine(line)) return { text: joinRun(tokens, isWord), fixed: true };
  const out: string[] = [];
  let fixed = false;
  for (let i = 0; i < tokens.length; ) {
    const end = runEnd(tokens, i);
    if (end - i >= MIN_RUN_TOKENS && singleShare(tokens.slice(i, end)) >= MIN_SINGLE_LETTER_SHARE) {
      out.push(joinRun(tokens.slice(i, end), isWord));
      fixed = true;
      i = end;
    } else {
      out.push(tokens[i] ?? '');
      i++;
    }
  }
  return { text: out.join(' '), fixed };
}

/** One or two characters; three when capitals, for kerned pairs (`S TAT E M E N T`). */
function isSpacedToken(t: string): boolean {
  return (t.length >= 1 && t.length <= 2) || (t.length === 3 && /^\p{Lu}+$/u.test(t));
}

/** The whole line is spaced letters, mostly single ones. */
export function isSpacedLine(line: string): boolean {
  const tokens = line.trim().split(/ +/);
  return tokens.length >= MIN_WHOLE_LINE_TOKENS && tokens.every(isSpacedToken) && singleShare(tokens) >= MIN_SINGLE_LETTER_SHARE
    && tokens.some((t) => /\p{L}/u.test(t));
}

/** A line of spaced letters that may go on over blank lines: two letters at least, or a separator (`|`). */
function spacedPiece(line: string): boolean {
  const tokens = line.trim().split(/ +/);
  return tokens.every(isSpacedToken) && (tokens.length >= 2 ? singleShare(tokens) >= MIN_SINGLE_LETTER_SHARE : /^[|·•]$/u.test(tokens[0] ?? ''));
}

/**
 * Text dumps print a letter-spaced byline or rubric as several lines with blank lines between (`B y`, `M i k e`,
 * `|`, `T H E`): such a run becomes one line again, in the place of its first line. A lone capital inside the
 * run is a drop cap the dump printed there: it stays a line of its own, after the run.
 */
export function joinSpacedLines<L extends { text: string }>(lines: L[]): L[] {
  const out: L[] = [];
  for (let k = 0; k < lines.length; k++) {
    const run: number[] = [];
    const held: number[] = [];
    for (let j = k; j < lines.length; j++) {
      const t = lines[j]!.text.trim();
      if (!t) continue;
      if (run.length && /^\p{Lu}$/u.test(t)) held.push(j);
      else if (spacedPiece(t)) run.push(j);
      else break;
    }
    const tokens = run.flatMap((j) => lines[j]!.text.trim().split(/ +/));
    if (run.length < 2 || tokens.length < MIN_RUN_TOKENS || run[0] !== k) {
      out.push(lines[k]!);
      continue;
    }
    const last = run[run.length - 1]!;
    out.push({ ...lines[k]!, text: tokens.join(' ') });
    for (const j of held.filter((h) => h < last)) out.push({ ...lines[j]!, text: '' }, lines[j]!);
    k = last;
  }
  return out;
}

function runEnd(tokens: string[], start: number): number {
  let i = start;
  while (i < tokens.length && isSpacedToken(tokens[i] ?? '')) i++;
  return i;
}

function singleShare(run: string[]): number {
  return run.filter((t) => t.length === 1).length / run.length;
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const SEPARATOR_RE = /^[^\p{L}\p{N}]+$/u;
const CASE_TURN_RE = /(?<=\p{Ll})(?=\p{Lu})/u;
const NON_LETTER_RE = /[^\p{L}]/u;

/** Rejoin a run: separators (`|`) stay as words, letters are glued and re-split into words. */
function joinRun(run: string[], isWord: WordTest): string {
  const pieces: string[] = [];
  let cur = '';
  for (const t of run) {
    if (SEPARATOR_RE.test(t)) {
      if (cur) pieces.push(cur);
      pieces.push(t);
      cur = '';
    } else cur += t;
  }
  if (cur) pieces.push(cur);
  return pieces.flatMap((p) => splitWords(p, isWord)).join(' ');
}

/** Split glued letters at lower→Upper turns, then split long one-case chunks with the word list. */
export function splitWords(glued: string, isWord: WordTest): string[] {
  const chunks = glued.split(CASE_TURN_RE).flatMap((c) => splitTrailingJoiner(c, isWord));
  return chunks.flatMap((c) => {
    const oneCase = c === c.toUpperCase() || c === c.toLowerCase();
    if (!oneCase || c.length < MIN_SPLIT_LENGTH || NON_LETTER_RE.test(c) || isWord(c)) return [c];
    return breakWords(c, isWord) ?? [c];
  });
}

/** Words that join names in bylines: `DoeandJane` glued from `D o e a n d J a n e`. */
const JOINERS = /^(\p{Lu}\p{Ll}+?)(and|with|of)$/u;

function splitTrailingJoiner(chunk: string, isWord: WordTest): string[] {
  const m = JOINERS.exec(chunk);
  if (!m || isWord(chunk) || !isWord(m[1]!)) return [chunk];
  return [m[1]!, m[2]!];
}

/** No dictionary word is longer: pieces beyond it are not looked up (keeps the word break linear in the run). */
const MAX_WORD_LENGTH = 40;
/** A letter-spaced run this long is not a byline or a rubric: it is left as it is. */
const MAX_BREAK_LENGTH = 400;

/** Word break by dynamic programming: the split into dictionary words with the fewest words. */
export function breakWords(s: string, isWord: WordTest): string[] | null {
  if (s.length > MAX_BREAK_LENGTH) return null;
  const best: (string[] | null)[] = new Array(s.length + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= s.length; end++) {
    for (let start = Math.max(0, end - MAX_WORD_LENGTH); start < end; start++) {
      const prev = best[start];
      const piece = s.slice(start, end);
      if (!prev || !isWord(piece)) continue;
      if (!best[end] || prev.length + 1 < (best[end]?.length ?? Infinity)) best[end] = [...prev, piece];
    }
  }
  return best[s.length] ?? null;
}

export function wordTest(lexicon: Lexicon, vocabularyCount: (w: string) => number): WordTest {
  return (w) => lexicon.has(foldWord(w)) || vocabularyCount(w) > 0;
}
