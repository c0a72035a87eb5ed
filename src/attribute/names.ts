// Personal names in a token stream: runs of capitalised words, and the titles printed around them.
import { type Token, type Vocabulary, atSentenceStart, isAcronym, isCapitalised } from './tokens.ts';
import {
  CALENDAR_WORDS, CUE_VERBS, DEFINITE, FEMALE_WORDS, FUNCTION_WORDS, INDEFINITE, MALE_WORDS, NAME_PARTICLES, ORG_WORDS,
  TITLE_WORDS,
} from './words.ts';

/** A run of name tokens; `first`..`last` are inclusive token indices. */
export interface NameRun {
  first: number;
  last: number;
  words: string[];
}

/** A title phrase is a few words ("former European Council President"); longer runs of words are a clause. */
const TITLE_PHRASE_MAX_WORDS = 5;
/** An appositive ("X, a Nordic socialist lawmaker who …") is read up to this many words. */
const APPOSITIVE_MAX_WORDS = 10;
/** "The head of Y, X, said", "The owner of the shop on the quay, X": the clause before the comma is a title when this short. */
const TITLE_CLAUSE_MAX_WORDS = 8;
/** "The owner of the shop on the quay, X": a definite article after these words is inside the title clause. */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'on', 'at', 'in', 'for', 'from']);

const INITIAL_RE = /^\p{Lu}\.$/u;
/**
 * A capital inside a word after four letters or more is a brand or product ("SkyForge", "PlayStation");
 * names capitalise after a short prefix ("McLane", "MacAllan", "DeLuca").
 */
const BRAND_CAPITALS_RE = /^\p{Lu}\p{Ll}{3,}\p{Lu}/u;
/** Lower-case prefixed surnames such as "al-Assad". */
const PREFIXED_NAME_RE = /^\p{Ll}{1,3}[-’']\p{Lu}/u;

/** `I'm`, `I’ve`, `I'd`, `I'll`: the speaker, never a word of a name (`I'm Jane Roe`). */
const FIRST_PERSON_CONTRACTION_RE = /^I['’](?:m|ve|d|ll)$/;

export function isNameToken(tokens: readonly Token[], i: number, vocab: Vocabulary): boolean {
  const t = tokens[i];
  if (!t || t.type !== 'word') return false;
  if (PREFIXED_NAME_RE.test(t.text) || INITIAL_RE.test(t.text)) return true;
  if (!isCapitalised(t) || isAcronym(t) || t.text.length < 2 || BRAND_CAPITALS_RE.test(t.text)) return false;
  if (FIRST_PERSON_CONTRACTION_RE.test(t.text)) return false;
  const l = t.lower;
  if (TITLE_WORDS.has(l) || ORG_WORDS.has(l) || FUNCTION_WORDS.has(l) || CALENDAR_WORDS.has(l)) return false;
  return !(atSentenceStart(tokens, i) && vocab.isCommon(t.text)) || opensNamedAppositive(tokens, i, vocab);
}

/**
 * `Mara Kell, a councillor …` opening a sentence: a dictionary word the document never prints in lower case,
 * then a name word and a comma, is a given name (a common word before a name rarely takes the comma).
 */
function opensNamedAppositive(tokens: readonly Token[], i: number, vocab: Vocabulary): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!vocab.printsLower || vocab.printsLower(t.text) || FUNCTION_WORDS.has(t.lower) || CALENDAR_WORDS.has(t.lower)) return false;
  if (!next || next.type !== 'word' || !isCapitalised(next) || vocab.isCommon(next.text)) return false;
  return tokens[i + 2]?.type === 'punct' && tokens[i + 2]!.text === ',' && isNameToken(tokens, i + 1, vocab);
}

/** A lower-case particle or an initial may sit inside a name, between two name words. */
function continuesRun(tokens: readonly Token[], i: number, vocab: Vocabulary): boolean {
  const t = tokens[i];
  if (!t || t.type !== 'word') return false;
  if (NAME_PARTICLES.has(t.text)) return continuesRun(tokens, i + 1, vocab);
  return isNameToken(tokens, i, vocab);
}

export function findNameRuns(tokens: readonly Token[], vocab: Vocabulary): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens, i, vocab) || INITIAL_RE.test(tokens[i]?.text ?? '') && !isNameToken(tokens, i + 1, vocab)) {
      i++;
      continue;
    }
    let last = i;
    while (!tokens[last]?.possessive && continuesRun(tokens, last + 1, vocab)) last++;
    runs.push({ first: i, last, words: tokens.slice(i, last + 1).map((t) => t.text) });
    i = last + 1;
  }
  return runs;
}

const isWord = (t: Token | undefined, lower?: ReadonlySet<string>): boolean =>
  Boolean(t && t.type === 'word' && (!lower || lower.has(t.lower)));

/** "former European Council President X", "party leader X", "the leader of Y X": the words before a name. */
export function titleBefore(tokens: readonly Token[], first: number): string[] {
  const words: string[] = [];
  for (let j = first - 1; j >= 0 && words.length < TITLE_PHRASE_MAX_WORDS; j--) {
    const t = tokens[j] as Token;
    if (t.type !== 'word') break;
    const ofTitle = t.lower === 'of' && isWord(tokens[j - 1], TITLE_WORDS);
    if (!ofTitle && (FUNCTION_WORDS.has(t.lower) || CUE_VERBS.has(t.lower))) break;
    words.unshift(t.lower);
  }
  return words.some(isPersonWord) ? words : [];
}

/** A title ("minister") or a word that tells who somebody is to others ("aunt"). */
const isPersonWord = (w: string): boolean => TITLE_WORDS.has(w) || FEMALE_WORDS.has(w) || MALE_WORDS.has(w);

/** Words from `from` up to a clause boundary, lower-cased. */
function clauseWords(tokens: readonly Token[], from: number, max: number): string[] {
  const words: string[] = [];
  for (let j = from; j < tokens.length && words.length < max; j++) {
    const t = tokens[j] as Token;
    if (t.type !== 'word' || ['who', 'which', 'that', 'and'].includes(t.lower)) break;
    words.push(t.lower);
  }
  return words;
}

/** "X, a Nordic socialist lawmaker who …" and "X is a professor of law, …". */
export function titleAfter(tokens: readonly Token[], last: number): string[] {
  const next = tokens[last + 1];
  const after = tokens[last + 2];
  if (next?.text === ',' && (isWord(after, DEFINITE) || isWord(after, INDEFINITE))) {
    return clauseWords(tokens, last + 3, APPOSITIVE_MAX_WORDS);
  }
  if (next?.text === ',' && after && isPersonWord(after.lower)) return clauseWords(tokens, last + 2, APPOSITIVE_MAX_WORDS);
  if (next && ['is', 'was'].includes(next.lower)) {
    const skip = isWord(after, DEFINITE) || isWord(after, INDEFINITE) ? 1 : 0;
    return clauseWords(tokens, last + 2 + skip, APPOSITIVE_MAX_WORDS);
  }
  return [];
}

/** "The President of Y, X, signed …", "… met the mother of two, X": a short title clause closed by a comma. */
export function titleClauseBefore(tokens: readonly Token[], first: number): string[] {
  if (tokens[first - 1]?.text !== ',') return [];
  const words: string[] = [];
  for (let j = first - 2; j >= 0 && words.length < TITLE_CLAUSE_MAX_WORDS; j--) {
    const t = tokens[j] as Token;
    if (t.type !== 'word') break;
    const inPhrase = PHRASE_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '') && !words.some(isPersonWord);
    if (DEFINITE.has(t.lower) && !inPhrase) return words.some(isPersonWord) ? words : [];
    words.unshift(t.lower);
  }
  return [];
}

/** Every title phrase printed around one occurrence of a name. */
export function titlesAround(tokens: readonly Token[], first: number, last: number): string[][] {
  return [titleBefore(tokens, first), titleClauseBefore(tokens, first), titleAfter(tokens, last)]
    .filter((t) => t.length > 0);
}
