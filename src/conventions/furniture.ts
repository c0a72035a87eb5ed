// Page furniture: what publishers print around the text (folios, running heads, jump lines, pull quotes,
// sidebars, footnotes), as patterns and thresholds with generic defaults. The repair stage reads these.

export interface FurnitureConventions {
  /** Whole-line folio shapes; group 1 is the printed page number (`— 3 —`, `Page 3`, `p. 3`, `3 |`). */
  folioShapes: RegExp[];
  /** A bare number on its own line: a folio only when it agrees with the page sequence. */
  bareFolio: RegExp;
  /** A running head carrying the folio at one end: group 1 the number, group 2 the head's words (or the reverse). */
  headWithFolio: { pattern: RegExp; number: 1 | 2 }[];
  /** Lines from each end of a page where heads and folios are printed. */
  edgeLines: number;
  /** PDF lines: heads and feet sit in this share of the page's text height, top and bottom. */
  edgeZoneShare: number;
  /** A running head repeats (digits aside) on this share of the pages, and on two at least. */
  headRepeatShare: number;
  /** Running heads are short. */
  maxHeadWords: number;
  /** Offset evidence needed to trust printed page numbers (a strong folio counts 3, a bare one at an edge 2). */
  minOffsetScore: number;
  /** Jump lines out of a page: group 1 is the page the text goes on to. */
  jumpOut: RegExp[];
  /** Jump heads on the page the text goes on to: group 1 is the page it came from. */
  jumpIn: RegExp[];
  /** A `See WORD, Page N` jump names its keyword in group 1 and the page in group 2. */
  jumpSee: RegExp;
  /** A `WORD, from Page M` or `WORD, continued from page M` jump head: keyword in group 1, page in group 2. */
  jumpKeywordFrom: RegExp;
  /** Opening words of a footnote: source lines, licence notes, first-publication notes. */
  footnoteCues: RegExp[];
  /** An attribution line under a pull quote: `— Name`. */
  pullQuoteAttribution: RegExp;
  /** Pull quotes are short: one or two sentences set large. */
  maxPullQuoteWords: number;
  /** Sidebar boxes are short: a capitalised title and a few lines. */
  maxSidebarLines: number;
  /** Titles of reader-engagement boxes set beside an article. */
  sidebarTitles: RegExp[];
}

export const DEFAULT_FURNITURE: FurnitureConventions = {
  folioShapes: [
    /^[—–-]\s*(\d{1,4})\s*[—–-]$/u,
    /^(?:page|p\.|pg\.?)\s*(\d{1,4})(?:\s+of\s+\d{1,4})?$/iu,
    /^(\d{1,4})\s*[|·•]$/u,
    /^[|·•]\s*(\d{1,4})$/u,
  ],
  bareFolio: /^(\d{1,4})$/u,
  headWithFolio: [
    { pattern: /^(\d{1,4})\s*[|·•—–]?\s+(\D.{1,80})$/u, number: 1 },
    { pattern: /^(.{2,80}?\D)\s+[|·•—–]?\s*(?:page\s+)?(\d{1,4})$/iu, number: 2 },
  ],
  edgeLines: 3,
  edgeZoneShare: 0.1,
  headRepeatShare: 0.3,
  maxHeadWords: 10,
  minOffsetScore: 4,
  jumpOut: [
    /\(?\s*continued\s+on\s+(?:page|p\.|pg\.?)\s*(\d{1,4})\s*\)?\.?$/iu,
    /\(?\s*(?:please\s+)?turn\s+to\s+(?:page|p\.)\s*(\d{1,4})\s*\)?\.?$/iu,
  ],
  jumpIn: [
    /^\(?\s*continued\s+from\s+(?:page|p\.|pg\.?)\s*(\d{1,4})\s*\)?\.?/iu,
  ],
  jumpSee: /\(?\s*[Ss]ee\s+(\p{Lu}[\p{L}'’ -]{1,30}?),?\s+(?:[Pp]age|p\.)\s*(\d{1,4})\s*\)?\.?$/u,
  jumpKeywordFrom: /^(\p{Lu}[\p{L}'’ -]{1,30}?),?\s+(?:[Cc]ontinued\s+)?from\s+(?:[Pp]age|p\.)\s*(\d{1,4})\s*\.?$/u,
  footnoteCues: [
    /^source:\s/iu,
    /^sources:\s/iu,
    /^(?:this|the)\s+(?:article|story|interview|text)\s+(?:first\s+)?(?:appeared|was\s+(?:first\s+)?published)\b/iu,
    /\bpublished\s+under\s+(?:the\s+)?creative\s+commons\b/iu,
    /^[*†‡]\s*\p{L}/u,
  ],
  pullQuoteAttribution: /^[—–]\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u,
  maxPullQuoteWords: 40,
  maxSidebarLines: 6,
  sidebarTitles: [/^(?:have your say|your say|your views|tell us what you think|what do you think\??|join the (?:debate|conversation)|over to you)$/iu],
};
