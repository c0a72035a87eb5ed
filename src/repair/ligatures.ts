// Ligatures the text layer lost. Some producers (browsers printing to PDF) map an fi/ff/ffi glyph to nothing:
// the PDF reader marks the hole with U+FFFD, and here each marked word gets the letters that make it a word of
// the document's own vocabulary or of the lexicon ("Scho�eld" → "Schofield" when "Schofield" is printed elsewhere,
// "e�orts" → "efforts" from the word list). A hole no candidate explains takes the document's usual ligature.
import type { Page } from '../domain/types.ts';
import { DEFAULT_PDF, type PdfConventions } from '../conventions/pdf.ts';
import { buildVocabulary, type DocumentVocabulary, type Lexicon } from '../text/lexicon.ts';

/** The mark the PDF reader leaves where a glyph had no text (never emitted: this step replaces every one). */
export const LOST_GLYPH = '\uFFFD';
const HOLE = /[\u0000\uFFFD]/;
/** A word with one or more holes in it (letters, apostrophes, the hole itself). */
const MARKED_WORD = /[\p{L}\p{M}'’\uFFFD]*\uFFFD[\p{L}\p{M}'’\uFFFD]*/gu;
/** Evidence for a candidate spelling: printed elsewhere in this document (strongest), in the word list. */
const DOCUMENT_WEIGHT = 2;
const LEXICON_WEIGHT = 1;
/** Weaker, times the part's share of the word: the letters make a known word with part of the word (`knownPart`). */
const PART_WEIGHT = 0.5;
const MIN_PART = 4;

export interface LigatureResult {
  pages: Page[];
  fixed: number;
}

export function restoreLigatures(input: Page[], lexicon: Lexicon, conv: PdfConventions = DEFAULT_PDF): LigatureResult {
  if (!input.some((p) => p.lines.some((l) => HOLE.test(l.text)))) return { pages: input, fixed: 0 };
  // a text dump may still carry the raw U+0000 of the text layer
  const pages = input.map((p) => ({ ...p, lines: p.lines.map((l) => ({ ...l, text: l.text.replace(/\u0000/g, LOST_GLYPH) })) }));
  const vocab = buildVocabulary(pages.flatMap((p) => p.lines.map((l) => l.text)));
  const words = pages.flatMap((p) => p.lines.flatMap((l) => l.text.match(MARKED_WORD) ?? []));
  const chosen = new Map<string, string>();
  const used = new Map<string, number>(conv.ligatures.map((l) => [l, 0]));
  for (const w of words) {
    const lig = chosen.has(w) ? undefined : bestLigature(w, conv.ligatures, vocab, lexicon);
    if (lig !== undefined) chosen.set(w, fill(w, lig));
    const again = [...used.keys()].find((l) => chosen.get(w) === fill(w, l));
    if (again !== undefined) used.set(again, used.get(again)! + 1);
  }
  // the ligature most holes turned out to be (the first of the list on a tie)
  const usual = [...used].reduce((a, b) => (b[1] > a[1] ? b : a), [conv.ligatures[0] ?? '', -1])[0];
  let fixed = 0;
  const out = pages.map((p) => ({
    ...p,
    lines: p.lines.map((l) => {
      if (!l.text.includes(LOST_GLYPH)) return l;
      const text = l.text.replace(MARKED_WORD, (w) => {
        fixed++;
        return chosen.get(w) ?? unexplained(w, usual, vocab, lexicon);
      });
      return { ...l, text: text.replace(/ {2,}/g, ' ').trim() };
    }),
  }));
  return { pages: out, fixed };
}

/** The ligature whose letters best turn the word into a known word; undefined when none is known. */
function bestLigature(word: string, ligatures: readonly string[], vocab: DocumentVocabulary, lexicon: Lexicon): string | undefined {
  let best: string | undefined;
  let top = 0;
  for (const lig of ligatures) {
    const cand = fill(word, lig).replace(/['’]s$/u, '');
    const score = (vocab.count(cand) > 0 ? DOCUMENT_WEIGHT : 0) + (lexicon.has(cand) ? LEXICON_WEIGHT : 0)
      + PART_WEIGHT * knownPart(word, lig, lexicon);
    if (score > top) [best, top] = [lig, score];
  }
  return best;
}

/**
 * A name or compound no list holds may still end or begin in a known word across the hole: `Red�eld` ends in
 * `field`, `Dreamli�er` in `lifter`. The longest such part, as a share of the word (longer parts say more);
 * words with one hole only; a part has at least MIN_PART letters.
 */
function knownPart(word: string, lig: string, lexicon: Lexicon): number {
  const h = word.indexOf(LOST_GLYPH);
  if (h < 0 || word.indexOf(LOST_GLYPH, h + 1) >= 0) return 0;
  const cand = fill(word, lig).toLowerCase();
  const end = h + lig.length;
  let longest = 0;
  for (let i = 1; i <= h; i++) if (cand.length - i >= MIN_PART && lexicon.has(cand.slice(i))) longest = Math.max(longest, cand.length - i);
  for (let j = end; j < cand.length; j++) if (j >= MIN_PART && lexicon.has(cand.slice(0, j))) longest = Math.max(longest, j);
  return longest / cand.length;
}

/** A hole no ligature explains: dropped when the word is whole without it (a stray glyph), else the usual ligature. */
function unexplained(word: string, usual: string, vocab: DocumentVocabulary, lexicon: Lexicon): string {
  const bare = word.replace(/\uFFFD/g, '');
  return bare === '' || vocab.count(bare) > 0 || lexicon.has(bare) ? bare : fill(word, usual);
}

/** Fill every hole with the ligature's letters, in capitals when the word is set in capitals. */
function fill(word: string, lig: string): string {
  const caps = word.replace(/\uFFFD/g, '').length > 1 && word === word.toUpperCase();
  return word.replace(/\uFFFD/g, caps ? lig.toUpperCase() : lig);
}
