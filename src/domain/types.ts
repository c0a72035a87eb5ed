// The document model shared by every stage and adapter. Types only: no logic here.

/** A rectangle on a printed page, in PDF points, origin at the top left. */
export interface Box {
  page: number; // 1-based physical page index in the file
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One line of text as the reader saw it. Blank lines are kept (text '') because they mark block boundaries. */
export interface Line {
  text: string;
  /** Geometry, when the reader had it (PDF path). */
  box?: Box;
  fontSize?: number;
  bold?: boolean;
  /** Set in an italic or oblique face (PDF path): (nearly) every character of the line. */
  italic?: boolean;
  /** The reader's own verdict that this line starts a paragraph (PDF indentation or spacing). */
  paragraphStart?: boolean;
  /** PDF path: a wide white band sets the line apart from the line above it in its column (a new section or block). */
  sectionStart?: boolean;
  /** Role hint from layout (PDF path): a title or heading set in a larger or bold face. */
  role?: 'title' | 'heading' | 'byline' | 'caption';
  /** Repair: a jump line ended here (`to`: `Continued on page N`) or a jump head began here (`from`: `… from page M`). */
  jump?: { to?: number; from?: number; key?: string };
}

/** A physical page of the input. `label` is a printed page label found by the reader (PDF running heads), if any. */
export interface Page {
  index: number; // 1-based physical page index
  lines: Line[];
  label?: number;
}

export interface RawDocument {
  source: string; // file name the pages came from
  pages: Page[];
  /**
   * What a hyphen at a line end means. 'keep': the dump already dropped soft hyphens, a surviving one
   * is real (text dumps). 'resolve': it is usually a soft break to be removed unless the compound is real (PDF).
   */
  lineEndHyphens?: 'keep' | 'resolve';
  /** PDF path: share of multi-word lines whose words are set at different sizes (an OCR layer fits each word). */
  wordSizeJitter?: number;
}

export type ArticleKind = 'news' | 'interview' | 'opinion';

export type ParagraphKind =
  | 'body'
  | 'question'
  | 'answer'
  | 'heading'
  | 'caption'
  | 'standfirst'
  | 'bio'
  | 'disclaimer'
  | 'turn' // a transcript speaker turn ("JUSTICE X: …")
  | 'pullquote' // a passage repeated large as a display quote
  | 'footnote' // a source, licence or note line under the text
  | 'sidebar'; // a box set apart from the article's running text

export type SpeakerRole = 'interviewer' | 'interviewee' | 'author' | 'turn' | 'quoted';

/** Somebody's words inside a paragraph: `text === paragraph.text.slice(start, end)` (the marks left out). */
export interface Quote {
  /** Stable: derived from the paragraph id and the quote's text. */
  id: string;
  start: number;
  end: number;
  text: string;
  /** The speaker, as the document's fullest form of the name. */
  speaker: string;
  /** The attribution words (`said Sheehan`), when the paragraph prints them. */
  cue?: string;
}

export interface Article {
  id: string;
  title: string;
  authors: string[];
  kind: ArticleKind;
  rubric?: string;
  pages: [number | null, number | null];
}

export interface Paragraph {
  id: string;
  articleId: string | null; // null for front matter
  n: number; // 1-based order inside its article (or inside the front matter)
  page: number | null; // printed page where the paragraph starts; null when nothing tells
  kind: ParagraphKind;
  text: string;
  speakers: string[];
  /** The role each speaker plays in this paragraph (same names as `speakers`). */
  roles: Record<string, SpeakerRole>;
  /** The person whose words the whole paragraph is (interviewer, interviewee, author, turn speaker), or null. */
  voice: string | null;
  quotes: Quote[];
  credit?: string; // caption credit, without brackets
  boxes?: Box[]; // where the paragraph sits on the physical pages (PDF path)
}

/** Facts about a document that its text does not carry (from a metadata file or an upload form). */
export interface DocumentMeta {
  title?: string;
  publisher?: string;
  year?: number;
  date?: string;
  language?: string;
  url?: string;
  /** Groups of spellings of this document's names that must find each other in search (e.g. transliterations). */
  synonyms?: string[][];
  /** Overrides of the publishers' conventions for this document (`{area: {field: value}}`; see src/conventions). */
  conventions?: Partial<Record<string, Record<string, unknown>>>;
}

export interface DocumentInfo extends DocumentMeta {
  id: string;
  title: string;
  source: string;
  pageCount: number;
  /** 'low' when the text layer is poor (an OCR layer, many non-words): indexed, but nobody is attributed. */
  quality?: 'low';
  qualityReasons?: string[];
}

/** Counts of what the repair stage fixed, reported to users of uploads. */
export interface RepairStats {
  letterSpaced: number;
  dropCaps: number;
  hyphens: number;
  jumps: number;
  columns: number; // displaced heads and interleaved blocks moved back
  strayWords: number;
  /** Each pipeline pass in order, with what it counted and how long it took (absent in older records). */
  passes?: PassStat[];
}

export interface PassStat {
  name: string;
  count: number;
  ms: number;
}

export interface ExtractedDocument {
  document: DocumentInfo;
  articles: Article[];
  paragraphs: Paragraph[];
  stats: RepairStats;
}

// ---- Intermediate shapes passed between stages ----

/** A paragraph as segmentation produced it, before attribution and ids. */
export interface ParagraphDraft {
  kind: ParagraphKind;
  text: string;
  page: number | null;
  credit?: string;
  boxes?: Box[];
  /** For transcript turns and similar: the label the document itself printed ("JUSTICE HALE"). */
  label?: string;
  /** Most of the paragraph's lines are set bold / italic (PDF path): a typographic cue such as a question. */
  bold?: boolean;
  italic?: boolean;
  /** Offsets in `text` where a line opened a sentence after a finished one but the layout showed no break. */
  softBreaks?: number[];
  /** Its lines run across the page's columns (much wider than the page's typical line): a title's or standfirst's setting. */
  spans?: boolean;
}

export interface ArticleDraft {
  title: string;
  authors: string[];
  kind: ArticleKind;
  rubric?: string;
  paragraphs: ParagraphDraft[];
}

export interface SegmentedDocument {
  /** Paragraphs before the first article (cover, contents). */
  front: ParagraphDraft[];
  articles: ArticleDraft[];
}

/** What attribution adds to a paragraph draft. */
export interface Attribution {
  speakers: string[];
  roles: Record<string, SpeakerRole>;
  voice: string | null;
  /** Quotes before ids are given (the pipeline derives them from the paragraph id). */
  quotes: Omit<Quote, 'id'>[];
}

/** A line after repair, carrying the printed page it was printed on (null when unknown). */
export interface PageLine extends Line {
  page: number | null;
  physicalPage: number;
}

/** A run of lines that the layout kept together (a column piece), in reading order after repair. */
export interface Block {
  lines: PageLine[];
  /** The block goes on with the sentence or paragraph of the block before it (column or page turn). */
  continues: boolean;
  /** The block began with a drop cap (an article's first paragraph, in magazine layouts). */
  dropCap?: boolean;
  /** Page furniture kept out of running text: a pull quote, a footnote or a sidebar box. */
  furniture?: 'pullquote' | 'footnote' | 'sidebar';
}

export interface RepairedDocument {
  blocks: Block[];
  stats: RepairStats;
}

export interface DocumentAttribution {
  front: Attribution[];
  articles: Attribution[][]; // parallel to SegmentedDocument.articles[i].paragraphs
  /** Parallel to articles: authors attribution found where no byline named any (an interview's intro: `X talked to Y`). */
  authors?: string[][];
}
