// Is the text layer good enough to attribute speech? An OCR layer over a scan fits every word at its own size
// and misreads letters into non-words; a document like that is still indexed, but nobody is attributed from it.
import type { Lexicon } from '../text/lexicon.ts';

export interface QualityVerdict {
  quality: 'low';
  reasons: string[];
}

/** Evidence weights, summed; a document whose evidence reaches LOW_SCORE is marked low. */
const LOW_SCORE = 2;
/** Words set at their own sizes on this share of multi-word lines: an OCR layer (quality unknown by itself). */
const JITTER_SHARE = 0.3;
const W_JITTER = 1;
/** Lower-case words missing from the word list: born-digital text has 1–5% (jargon, web addresses). */
const SOME_NONWORDS = 0.08;
const W_SOME_NONWORDS = 1;
/** ... and this share is garbled text whatever else holds. */
const MANY_NONWORDS = 0.15;
const W_MANY_NONWORDS = 2;
/** Too few words to judge the share of non-words. */
const MIN_WORDS = 200;
/** Words judged: lower case, letters only (names, contractions and abbreviations say nothing about the layer). */
const WORD = /(?<![\p{L}'’.-])\p{Ll}{3,}(?![\p{L}'’-])/gu;

/** `texts`: the repaired lines (ligatures filled, hyphens resolved); `jitter`: the reader's `wordSizeJitter`. */
export function assessQuality(texts: Iterable<string>, jitter: number, lexicon: Lexicon | undefined): QualityVerdict | undefined {
  const reasons: string[] = [];
  let score = 0;
  if (jitter >= JITTER_SHARE) {
    score += W_JITTER;
    reasons.push(`words set at their own sizes on ${pct(jitter)} of lines (an OCR layer)`);
  }
  const share = lexicon ? nonWordShare(texts, lexicon) : undefined;
  if (share !== undefined && share >= SOME_NONWORDS) {
    score += share >= MANY_NONWORDS ? W_MANY_NONWORDS : W_SOME_NONWORDS;
    reasons.push(`${pct(share)} of words are not words`);
  }
  return score >= LOW_SCORE ? { quality: 'low', reasons } : undefined;
}

function nonWordShare(texts: Iterable<string>, lexicon: Lexicon): number | undefined {
  let all = 0;
  let non = 0;
  for (const t of texts) {
    for (const w of t.match(WORD) ?? []) {
      all++;
      if (!lexicon.has(w)) non++;
    }
  }
  return all >= MIN_WORDS ? non / all : undefined;
}

function pct(x: number): string {
  return `${Math.round(100 * x)}%`;
}
