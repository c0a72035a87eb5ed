// When two printed names are the same name: exact, a misspelling, a short form or an initial.
import { memoize } from '../text/memo.ts';
import { JaroWinklerDistance } from 'natural/lib/natural/distance/index.js';

/**
 * Jaro-Winkler similarity from which two surnames count as one. Transliterated names drift by a letter
 * or two in print (a dropped or swapped vowel scores 0.91–0.97); different surnames score well below.
 */
const NAME_SIMILARITY_MIN = 0.9;
/** Short words are too alike to compare fuzzily ("Ivan" / "Ivar"). */
const FUZZY_MIN_LENGTH = 5;
/** A short form of a given name ("Tom" for "Tomas") is at least this long. */
const SHORT_FORM_MIN_LENGTH = 3;

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const FOLD_DROP_RE = /[\p{M}\-‐'’.]/gu; // replace() only: a /g regex keeps no state there

/** Speed only: every pair of mentions and people compares the same few name words again. Bounded. */
const FOLD_MEMO_LIMIT = 20_000;

/** Case, accents, hyphens and apostrophes do not tell names apart ("JeanLuc" = "Jean-Luc"). */
export const fold: (w: string) => string = memoize((w) => w.normalize('NFKD').replace(FOLD_DROP_RE, '').toLowerCase(), FOLD_MEMO_LIMIT);

export function namesMatch(a: string, b: string, fuzzy = true): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return x.length > 0;
  if (!fuzzy || x.length < FUZZY_MIN_LENGTH || y.length < FUZZY_MIN_LENGTH) return false;
  return JaroWinklerDistance(x, y, {}) >= NAME_SIMILARITY_MIN;
}

/** A given name of a mention against one of a person's: same, misspelt, initial, short form or hyphen part. */
function givenNamesMatch(mention: string, given: string): boolean {
  if (namesMatch(mention, given)) return true;
  const x = fold(mention);
  const y = fold(given);
  if (x.length === 1) return y.startsWith(x);
  if (x.length >= SHORT_FORM_MIN_LENGTH && y.startsWith(x)) return true;
  return given.toLowerCase().split(/[-‐]/).includes(mention.toLowerCase());
}

/**
 * Can the name words of a mention refer to a person whose fullest name is `person`? The surnames must
 * match (fuzzily unless `fuzzy` is false) and each given name of the mention must fit one of the person's.
 */
export function wordsMatch(mention: readonly string[], person: readonly string[], fuzzy = true): boolean {
  const last = mention.at(-1);
  const personLast = person.at(-1);
  if (!last || !personLast || mention.length > person.length) return false;
  if (!namesMatch(last, personLast, fuzzy)) return false;
  const given = person.slice(0, -1);
  return mention.slice(0, -1).every((w) => given.some((g) => givenNamesMatch(w, g)));
}
