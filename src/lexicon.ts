// Adapter: load the English word list (npm package word-list) plus our compounds list, once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import wordListPath from 'word-list';
import { lexiconFromWords, type Lexicon } from './text/lexicon.ts';

const COMPOUNDS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lexicon', 'compounds.txt');
/** Single-letter words that the list leaves out. */
const SINGLE_LETTER_WORDS = ['a', 'i'];

let cached: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  if (!cached) {
    const words = readFileSync(wordListPath, 'utf8').split('\n');
    const compounds = readFileSync(COMPOUNDS, 'utf8').split('\n');
    cached = lexiconFromWords([...words, ...compounds, ...SINGLE_LETTER_WORDS]);
  }
  return cached;
}
