// Word evidence for repairs: a general English lexicon (passed in by the caller, so the stage stays pure)
// plus the document's own vocabulary, which knows names and spellings no dictionary has.

import { memoize } from './memo.ts';
import { words } from './tokens.ts';

export interface Lexicon {
  /** A lower-cased, diacritic-folded word or hyphenated compound. */
  has(word: string): boolean;
}

export const EMPTY_LEXICON: Lexicon = { has: () => false };

/** Speed only: a document repeats its words, and every vocabulary and lexicon look-up folds them. Bounded. */
const FOLD_MEMO_LIMIT = 50_000;

/** Lower-case and strip diacritics, so `visà` and `visa` compare equal. */
export const foldWord: (word: string) => string = memoize((word) => foldUncached(word), FOLD_MEMO_LIMIT);

/** ASCII has no decompositions and no combining marks: lower-casing alone folds it (most words; fast). */
const ASCII_RE = /^[\x00-\x7f]*$/;

function foldUncached(word: string): string {
  if (ASCII_RE.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function lexiconFromWords(words: Iterable<string>): Lexicon {
  const set = new Set<string>();
  for (const w of words) if (w && !w.startsWith('#')) set.add(foldUncached(w.trim()));
  const known = new Map<string, boolean>(); // speed only: documents look up the same words again and again
  return {
    has: (w) => {
      let yes = known.get(w);
      if (yes === undefined) {
        const f = foldWord(w);
        yes = set.has(f) || britishVariants(f).some((v) => set.has(v));
        if (known.size >= FOLD_MEMO_LIMIT) known.clear();
        known.set(w, yes);
      }
      return yes;
    },
  };
}

/** Word lists are often American: also try `-ization` for `-isation`, `-ize` for `-ise`, `-or` for `-our`. */
function britishVariants(w: string): string[] {
  const out = [w];
  if (w.includes('isation')) out.push(w.replace('isation', 'ization'));
  if (/is(e|ed|es|ing)$/.test(w)) out.push(w.replace(/is(e|ed|es|ing)$/, 'iz$1'));
  if (w.includes('our')) out.push(w.replace('our', 'or'));
  return out;
}

/** The word forms of a text (the pipeline's one tokenizer, at word granularity). */
export const tokenize = words;

/** Counts of every word form in the document (case-folded), and of its hyphenated forms without hyphens. */
export interface DocumentVocabulary {
  count(word: string): number;
  /** `multiparty` → `multi-party` when the document prints the hyphenated form somewhere. */
  hyphenatedFormOf(joined: string): string | undefined;
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const HYPHENATED_RE = /\p{L}-[\p{L}\p{N}]/u;

export function buildVocabulary(texts: Iterable<string>): DocumentVocabulary {
  const printed = new Map<string, number>(); // counts of printed forms first: each is folded once, below
  const hyphenated = new Map<string, string>();
  for (const text of texts) {
    for (const tok of tokenize(text)) {
      printed.set(tok, (printed.get(tok) ?? 0) + 1);
      if (tok.includes('-') && HYPHENATED_RE.test(tok)) hyphenated.set(foldWord(tok).replace(/-/g, ''), tok);
    }
  }
  const counts = new Map<string, number>();
  for (const [tok, n] of printed) {
    const f = foldWord(tok);
    counts.set(f, (counts.get(f) ?? 0) + n);
  }
  return {
    count: (w) => counts.get(foldWord(w)) ?? 0,
    hyphenatedFormOf: (j) => hyphenated.get(foldWord(j).replace(/-/g, '')),
  };
}
