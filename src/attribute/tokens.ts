// Tokens of a paragraph, and the vocabulary that tells a capitalised common word from a name.
import { CALENDAR_WORDS, FUNCTION_WORDS } from './words.ts';

export { type Mask, type Token, type TokenType, atSentenceStart, isAcronym, isCapitalised, tokenize } from '../text/tokens.ts';
import { type Token, atSentenceStart, isCapitalised, tokenize } from '../text/tokens.ts';

/** A general word list, passed in by the caller (the stage does no I/O). */
export interface WordList {
  has(word: string): boolean;
}

export interface Vocabulary {
  /** Is this capitalised word, when it opens a sentence, just a common word ("Seven", "Voting")? */
  isCommon(word: string): boolean;
  /** Does the document print this word in lower case somewhere (so it is a common word here)? */
  printsLower?(word: string): boolean;
}

/**
 * Evidence from the document itself: a word it prints in lower case is a common word; a word it
 * capitalises in mid-sentence is a name even if a dictionary knows it ("Crane", "Young").
 */
export function buildVocabulary(texts: Iterable<string>, words?: WordList): Vocabulary {
  const lower = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const text of texts) {
    const tokens = tokenize(text);
    tokens.forEach((t, i) => {
      if (t.type !== 'word') return;
      if (!isCapitalised(t)) lower.add(t.lower);
      else if (!atSentenceStart(tokens, i)) capitalisedInside.add(t.lower);
    });
  }
  return {
    isCommon: (word) => {
      const w = word.toLowerCase();
      if (FUNCTION_WORDS.has(w) || CALENDAR_WORDS.has(w) || lower.has(w)) return true;
      return Boolean(words?.has(w)) && !capitalisedInside.has(w);
    },
    printsLower: (word) => lower.has(word.toLowerCase()),
  };
}
