// Repair conventions: what keeps two text blocks apart when the first one stops without a full stop.

export interface RepairConventions {
  /** A short `Label: value` line (a release's dateline or contact line): `For Immediate Release: …`, `Contact: …`. */
  labelLine: RegExp;
  /** A label line has at most this many words: longer lines with a colon are running text. */
  labelLineMaxWords: number;
  /** A block of label lines is short: at most this many lines (dateline, contact, phone). */
  labelBlockMaxLines: number;
  /** Evidence against joining a block to the open-ended block before it; they stay apart at `apartThreshold`. */
  apart: {
    /** The reader saw a wide white band above the block's first line (a section break, not a column break). */
    sectionStart: number;
    /** The block before is made of label lines (dateline, contact): furniture of a release, not a sentence. */
    labelBlock: number;
  };
  apartThreshold: number;
  /** A first line set this many ems right of the block's other lines is indented: a paragraph opens there (PDF). */
  indentEm: number;
  /** Tight kerning: words that a lost space glues to a neighbour and that alone justify a split (`there’sa`). */
  gluedFunctionWords: string[];
  /** Tight kerning: `Word.Word` is never split after these (titles, not sentence ends). */
  abbreviations: string[];
  /** Tight kerning: a right side that is a domain ending (`example.Com`) keeps the dot. */
  domainEndings: string[];
  /** Tight kerning: the word before a glued sentence end has at least this many letters (`U.S`, `Mr.` stay). */
  kernMinLeft: number;
}

export const DEFAULT_REPAIR: RepairConventions = {
  // One to four capitalised label words, a colon, then a value.
  labelLine: /^(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*:\s+\S/u,
  labelLineMaxWords: 10,
  labelBlockMaxLines: 4,
  apart: { sectionStart: 2, labelBlock: 2 },
  apartThreshold: 2,
  indentEm: 0.8,
  gluedFunctionWords: ['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'is', 'it', 'as', 'by', 'or', 'and', 'be', 'we', 'i'],
  abbreviations: ['mrs', 'mme', 'gen', 'sen', 'rep', 'gov', 'col', 'capt', 'prof', 'rev', 'sgt', 'dept', 'corp', 'inc', 'ltd', 'vol', 'fig', 'est', 'approx', 'no', 'nos'],
  domainEndings: ['com', 'org', 'net', 'gov', 'edu', 'int', 'info', 'biz', 'io', 'co', 'uk', 'us', 'eu', 'de', 'fr'],
  kernMinLeft: 3,
};
