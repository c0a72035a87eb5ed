// Hyphens lost or kept at line joins.
import { foldWord, type DocumentVocabulary } from '../text/lexicon.ts';

/**
 * A text dump glues a hyphenated line end to the next line and drops the hyphen, so the glued line
 * is much longer than the column. Only such lines are candidates for the structural rules.
 */
export const MERGED_LINE_RATIO = 1.45;

export interface HyphenEvidence {
  isWord: (w: string) => boolean; // dictionary or document word
  inLexicon: (w: string) => boolean; // dictionary only
  vocabulary: DocumentVocabulary;
  /** The typesetter breaks words at line ends (see `documentHyphenates`); when it does not, every printed hyphen is real. */
  hyphenates?: boolean;
}

/** Shorter pieces (`de`, `co`) are prefixes of real words far more often than halves of a compound. */
const MIN_COMPOUND_PART = 3;

const WORDISH = /[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]/gu;

/** Restore lost hyphens in one line. `merged`: the line is two printed lines glued together. */
export function repairLostHyphens(text: string, merged: boolean, ev: HyphenEvidence): { text: string; fixed: number } {
  let fixed = 0;
  const out = text.replace(WORDISH, (tok) => {
    const repaired = repairToken(tok, merged, ev);
    if (repaired !== tok) fixed++;
    return repaired;
  });
  return { text: out, fixed };
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const CAMEL_RE = /^(\p{Lu}\p{Ll}+|\p{Lu}{2,})(\p{Lu}\p{Ll}+)$/u;
const LOWER_WORD_RE = /^[\p{Ll}-]+$/u;

function repairToken(tok: string, merged: boolean, ev: HyphenEvidence): string {
  if (!tok.includes('-')) {
    const known = ev.vocabulary.hyphenatedFormOf(tok);
    if (known && (merged || !ev.inLexicon(tok)) && sameInnerCase(tok, known)) return copyHyphens(tok, known);
  }
  if (!merged) return tok;
  // `USFrench` → `US-French` only on evidence: both halves are words and the whole is not (`McDonald` stays).
  const camel = CAMEL_RE.exec(tok);
  if (camel) return ev.isWord(camel[1]!) && ev.isWord(camel[2]!) && !ev.isWord(tok) ? `${camel[1]}-${camel[2]}` : tok;
  return splitCompound(tok, ev) ?? splitLetterHead(tok, ev) ?? splitFirstSegment(tok, ev) ?? tok;
}

/** The rest of a letter-headed compound must be this long to be taken for a word of its own (`mail` in `email` is too short a clue). */
const MIN_LETTER_HEAD_REST = 5;

/**
 * `elearning` → `e-learning`: a glued non-word that is one letter and a dictionary word. Typesetters leave at least
 * MIN_SOFT_HEAD letters before a soft break, so a one-letter head lost a real hyphen.
 */
function splitLetterHead(tok: string, ev: HyphenEvidence): string | undefined {
  if (!/^\p{Ll}+$/u.test(tok) || ev.isWord(tok)) return undefined;
  const rest = tok.slice(1);
  return rest.length >= MIN_LETTER_HEAD_REST && ev.inLexicon(rest) ? `${tok[0]}-${rest}` : undefined;
}

/** `twodecades-long`: the first part of a hyphenated word lost its own hyphen at a line end (`two-` + `decades-long`). */
function splitFirstSegment(tok: string, ev: HyphenEvidence): string | undefined {
  const dash = tok.indexOf('-');
  if (dash < 0) return undefined;
  const first = tok.slice(0, dash);
  const split = ev.isWord(first) ? undefined : splitCompound(first, ev);
  return split ? split + tok.slice(dash) : undefined;
}

/** `Portlouis` is not `Port-Louis`: after the first letter, the document's spelling must agree on case. */
function sameInnerCase(tok: string, hyphenated: string): boolean {
  return tok.slice(1) === hyphenated.replace(/-/g, '').slice(1);
}

/** Put hyphens into `tok` where the document's hyphenated spelling has them, keeping tok's letters and case. */
function copyHyphens(tok: string, hyphenated: string): string {
  let out = '';
  let k = 0;
  for (const ch of hyphenated) {
    if (ch === '-') out += '-';
    else out += tok[k++] ?? '';
  }
  return out + tok.slice(k);
}

/** A glued non-word that is a known compound, or two words, once a hyphen is put back: `twotime` → `two-time`. */
function splitCompound(tok: string, ev: HyphenEvidence): string | undefined {
  if (!LOWER_WORD_RE.test(tok) || ev.isWord(tok)) return undefined;
  let best: { text: string; score: number } | undefined;
  for (let i = 2; i <= tok.length - 2; i++) {
    if (tok[i - 1] === '-' || tok[i] === '-') continue;
    const cand = `${tok.slice(0, i)}-${tok.slice(i)}`;
    const parts = cand.split('-');
    const compound = ev.isWord(cand);
    if (!compound && !(tok.indexOf('-') < 0 && parts.every((p) => p.length >= MIN_COMPOUND_PART && ev.isWord(p)))) continue;
    const score = (compound ? 100 : 0) + Math.min(...parts.map((p) => p.length));
    if (!best || score > best.score) best = { text: cand, score };
  }
  return best?.text;
}

/** Typesetters leave at least two letters before a soft break: `e-` + `learning` is a real hyphen. */
const MIN_SOFT_HEAD = 2;
/** Line-end hyphens that can only be soft breaks (`impor-` + `tance`): this many, and this share, show a hyphenating typesetter. */
const MIN_SOFT_BREAKS = 2;
const MIN_SOFT_SHARE = 0.2;

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const LINE_END_HYPHEN_RE = /(\p{L}+)-$/u;
const NEXT_WORD_RE = /^(\p{L}[\p{L}\p{N}'’-]*[.,;:!?'’)"”]*)([\s\S]*)$/u;

function splitAtHyphen(left: string, right: string): { head: string; tail: string; word: string; rest: string } | undefined {
  if (!left.endsWith('-')) return undefined; // most lines: the end-anchored search below scans the whole line
  const m = LINE_END_HYPHEN_RE.exec(left);
  const r = NEXT_WORD_RE.exec(right);
  if (!m || !r) return undefined;
  return { head: m[1]!, tail: r[1]!.replace(/[.,;:!?'’)"”]+$/, ''), word: r[1]!, rest: r[2]! };
}

/** Does the document break words at line ends at all? Only breaks that cannot be compounds tell. */
export function documentHyphenates(pairs: [string, string][], ev: HyphenEvidence): boolean {
  let total = 0;
  let soft = 0;
  for (const [left, right] of pairs) {
    const s = splitAtHyphen(left, right);
    if (!s) continue;
    total++;
    if (ev.inLexicon(s.head + s.tail) && (!ev.inLexicon(s.head) || !ev.inLexicon(s.tail))) soft++;
  }
  return soft >= MIN_SOFT_BREAKS && soft >= total * MIN_SOFT_SHARE;
}

/**
 * PDF line ends: `How-` + `ever` is a soft break unless the hyphenated compound is real.
 * Moves the first word of the next line up, so that joining lines needs no special case.
 */
export function resolveLineEndHyphen(left: string, right: string, ev: HyphenEvidence): { left: string; right: string } | undefined {
  const s = splitAtHyphen(left, right);
  if (!s) return undefined;
  const { head, tail } = s;
  const keep = ev.vocabulary.count(`${head}-${tail}`) > 0 || foldWord(head).length < MIN_SOFT_HEAD ||
    (ev.hyphenates === false && ev.vocabulary.count(head + tail) === 0) ||
    (!ev.isWord(head + tail) && ev.isWord(head) && ev.isWord(tail));
  const word = keep ? `${head}-${s.word}` : head + s.word;
  return { left: left.slice(0, left.length - head.length - 1) + word, right: s.rest.trimStart() };
}
