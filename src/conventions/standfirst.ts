// Conventions of standfirsts: the evidence that a leading paragraph presents the piece rather than tells it.

/** Evidence for a standfirst among the paragraphs before an article's own matter, summed and compared with
 *  `threshold`; a run of such paragraphs from the first one is the standfirst. */
export interface StandfirstWeights {
  threshold: number;
  /** Set in another face than the text (italic, bold: PDF). */
  face: number;
  /** Its lines run across the page's columns, as a title's do (a dump keeps the width: one long line each). */
  spans: number;
  /** A line this many times the page's typical line is set across columns. */
  spanRatio: number;
  /** Words that present the piece (`X talked to Y about …`, `In this episode`, `has been edited`): a standfirst's
   *  voice. The last such paragraph of an interview's intro presents the exchange ... */
  presents: number;
  presenting: readonly RegExp[];
  /** ... and the intro paragraphs before it lead up to it. */
  leadsToPresenting: number;
  /** An interview's lead before its first turn is a paragraph or two: a standfirst's length ... */
  shortLead: number;
  shortLeadMax: number;
  /** ... a longer one is the piece's own opening, told as a story. */
  longLead: number;
  longLeadMin: number;
  /** It opens like a short note on a person (`Jane Roe is a …`): a bio, unless the rest of the evidence says
   *  it presents the piece (set across the columns with the intro, leading up to its exchange). */
  personNote: number;
}

export const DEFAULT_STANDFIRST: StandfirstWeights = {
  threshold: 3,
  face: 3,
  spans: 3,
  spanRatio: 1.5,
  presents: 3,
  presenting: [
    /\b(?:talk(?:ed|s|ing)?|spoke|speaks|speaking|chatted|chats)\s+(?:to|with|about)\b|\binterview\s+with\b|^In conversation with\b/,
    /\bin this (?:episode|interview|conversation|edition|issue|podcast)\b/i,
    /\blook(?:s|ed)? back (?:on|at)\b/i,
    /\b(?:has|have) been (?:edited|condensed|shortened|abridged)\b/i,
    /\bedited for (?:length|clarity)\b/i,
    /\b(?:weekly|monthly|daily) (?:podcast|programme|program|show)\b/i,
  ],
  leadsToPresenting: 3,
  shortLead: 1,
  shortLeadMax: 2,
  longLead: -3,
  longLeadMin: 4,
  personNote: -2,
};
