// Subheads in text dumps: a dump keeps no face or size, so a mixed-case subhead (`Ferries return at dawn`) is told
// from running text by its shape and place. Weights of that evidence, summed and compared with `threshold`.
import { DEFAULT_ARTICLES } from './articles.ts';
import { DEFAULT_PDF } from './pdf.ts';

export interface SubheadWeights {
  threshold: number;
  /** A subhead is a few words: fewer is a stray word, more a line of text. */
  minWords: number;
  maxWords: number;
  /** The line is short against the page's typical line (this share of it or less) ... */
  short: number;
  shortRatio: number;
  /** ... one up to this share is neither (a longer subhead, a ragged line) ... */
  middling: number;
  middlingRatio: number;
  /** ... and a line near the column's width is running text. */
  notShort: number;
  /** A blank line above it (the dump kept the space a subhead is set with). */
  spaceAbove: number;
  /** The dump sets nearly every line apart (more than this share of its blocks are one line): a line standing
   *  alone is then the common case, and its shape says little. */
  shredded: number;
  shreddedShare: number;
  /** The line above closes a sentence (a paragraph ended). */
  afterSentence: number;
  /** The line above ends on a colon (`JUSTICE ROE:`, `… said:`): it introduces the line, which is its words. */
  introducedAbove: number;
  /** The line and its neighbour open with a bare number: a dump's line-number gutter, not a numbered section. */
  numberedGutter: number;
  /** A token no heading prints (`Mar<15>2010`, `09:30`, `00042`, `}`): page furniture or code. */
  oddToken: number;
  oddTokens: RegExp;
  /** The line above goes on with a sentence and no space parts them: the line is inside a paragraph. */
  insideSentence: number;
  /** No line above it in the text, or only a byline: a subhead parts paragraphs, it does not open the text. */
  noneAbove: number;
  /** A comma inside: a clause of a sentence (`Jane Roe, who chairs the`) more often than a subhead. */
  comma: number;
  /** It is a photo credit (`Photo courtesy of …`): a caption's, not a subhead. */
  credit: number;
  creditLine: RegExp;
  /** The next line opens a paragraph: a capital, a quotation or a speaker label. */
  nextOpens: number;
  /** The next line goes on in lower case, or there is none: no paragraph follows the line. */
  nextGoesOn: number;
  /** The next line runs to about the column's width (this share of it or more): a paragraph follows, not a list. */
  nextFull: number;
  nextFullRatio: number;
  nextShort: number;
  /** Most of its words after the first (of four letters or more) are capitalised: title case. */
  titleCase: number;
  /** It ends on a word a sentence goes on after (`… the`, `… of`, `… this`, `… could`): a sentence broken at the line end. */
  functionEnd: number;
  functionWords: readonly string[];
  /** It opens on a word that joins it to the sentence before (`And …`, `But …`, `So …`): speech, not a subhead. */
  joinedStart: number;
  joiningWords: readonly string[];
  /** Punctuation at the end (a stop, comma, colon, dash), a sentence end inside, or no small letter (a capitals
   *  line is another rule's): not a mixed-case subhead. */
  punctuated: number;
}

export const DEFAULT_SUBHEADS: SubheadWeights = {
  threshold: 4,
  minWords: 2,
  maxWords: 8,
  short: 2,
  shortRatio: 0.7,
  middling: -2,
  middlingRatio: 0.9,
  notShort: -3,
  spaceAbove: 2,
  shredded: -4,
  shreddedShare: 0.85,
  afterSentence: 1,
  noneAbove: -3,
  comma: -2,
  credit: -10,
  creditLine: DEFAULT_PDF.creditEnd,
  introducedAbove: -10,
  numberedGutter: -10,
  oddToken: -10,
  oddTokens: /\d{5,}|\p{L}\d|\d\p{L}|\d:\d|[<>{}=|#@_\\]/u,
  insideSentence: -10,
  nextOpens: 1,
  nextGoesOn: -10,
  nextFull: 1,
  nextFullRatio: 0.8,
  nextShort: -2,
  titleCase: 1,
  functionEnd: -4,
  functionWords: [...DEFAULT_ARTICLES.functionWords, 'this', 'these', 'those', 'it', 'i', 'you', 'we', 'they', 'he', 'she',
    'could', 'would', 'should', 'can', 'will', 'may', 'might', 'must', 'do', 'does', 'did', 'have', 'has', 'had', 'not',
    'if', 'when', 'because', 'so', 'than', 'then', 'which', 'who', 'what', 'where', 'about', 'into', 'over', 'under',
    'after', 'before', 'while', 'until', 'just', 'also', 'very', 'that’s', "that's", 'it’s', "it's"],
  joinedStart: -4,
  joiningWords: ['and', 'but', 'so', 'or', 'nor', 'because', 'well', 'yes', 'no', 'now', 'then', 'also'],
  punctuated: -10,
};
