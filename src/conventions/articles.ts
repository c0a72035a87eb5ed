// Conventions for finding articles: how heads are set (title typography, rubrics, bylines in their forms,
// closing signatures) and the weights with which that evidence is summed into a head score.

/** Evidence weights for a candidate article head; a candidate starts an article when its sum reaches `headThreshold`. */
export interface HeadWeights {
  /** Set in the layout's title face (PDF role `title`, or a font much larger than the body). */
  titleFace: number;
  /** A byline (any lead form) under the title or after its standfirst. */
  byline: number;
  /** A paragraph opening with a drop cap shortly after. */
  dropCap: number;
  /** A short capitals line (rubric) just above. */
  rubric: number;
  /** The first text of its page (only short furniture lines above it). */
  pageTop: number;
  /** The first text of the document. */
  documentStart: number;
  /** The piece before it just closed: a signature, a source line, a licence note. */
  afterCloser: number;
  /** A credited photo caption right under it. */
  creditedCaption: number;
  /** Titles are usually several words long. */
  longTitle: number;
  /** Subheads and sidebar labels are one to three words (a title face may set a short title). */
  shortTitle: number;
  /** The PDF sets titles in a title face, and this candidate is not in it: a subhead or pull quote. */
  plainFaceWhereTitlesAreSet: number;
  /** Set in a subhead face (PDF role `heading`). */
  headingFace: number;
  /** The block was judged to go on with the text before it. */
  continuesText: number;
  /** A new sentence inside running text (after a full-width line), not a head. */
  runsOn: number;
  /** A question put to `you`: an interviewer's question, not a title. */
  asksYou: number;
  /** In a dump, the title lines make a block of their own (blank lines around them). */
  standsApart: number;
  /** Wholly inside curly quotation marks: a pull quote more often than a title. */
  wholeQuotation: number;
  /** A `Continued from page N` head: the rest of an article that started earlier. */
  jumpHead: number;
  /** Closed by an attribution line (`— Name`): a pull quote, not a title. */
  attributedQuote: number;
  /** Worded as an interview's title (`In conversation: X`, `An interview with X`, `Q&A: X`). */
  interviewTitle: number;
  /** A title over several lines that breaks well short of the text's measure (its next word would have fitted):
   *  set in a larger face, which a text dump shows only through its line breaks. */
  wrapsEarly: number;
  /** In a dump, text set across the columns right under the title (a standfirst over the article's columns): a head
   *  over its piece, as a title set larger shows in a dump only through the widths around it. */
  overSpanningText: number;
}

/** Evidence that a line near an article's end is its author's signature; summed and compared with `signatureThreshold`. */
export interface SignatureWeights {
  /** `— Jane Roe` (maybe with a title and an organisation): the signature form itself. */
  dashed: number;
  /** A person's name alone on the line, nothing else (`Jane Roe`). */
  bareName: number;
  /** The last line of the article's text. */
  lastLine: number;
  /** The line before ends a sentence: the name does not finish a sentence broken over the line end. */
  afterSentenceEnd: number;
  /** Set in italics (PDF). */
  italic: number;
  /** Set flush right, away from the left edge of the text above it (PDF). */
  flushRight: number;
  /** Right under a quotation: a pull quote's attribution, not the author's signature. */
  afterQuotation: number;
  /** A wire credit line (`Reporting by Jane Roe; Editing by …`): names the reporters by itself. */
  credit: number;
  /** The line before leaves its sentence open and this one closes it with a stop (`… and chairs the` /
   *  `Harbour Trust.`): the name ends a sentence broken over the line end. */
  finishesSentence: number;
  /** The rest of a dashed signature a narrow column broke (`— Jane Roe, Chair,` / `Harbour Trust`): no name. */
  continuesSignature: number;
}

export interface ArticleConventions {
  weights: HeadWeights;
  signatureWeights: SignatureWeights;
  /** Sum of evidence a closing signature needs. */
  signatureThreshold: number;
  /** Sum of evidence a head needs. */
  headThreshold: number;
  /** Titles run to a few lines; more is running text. */
  maxTitleLines: number;
  /** Title lines shorter than this still allow a following title line up to `titleLengthJump` times this. */
  minTitleWidth: number;
  /** Heads with fewer lines of text between them compete: only the better one starts an article. */
  minArticleLines: number;
  /** A line this share of the column width or longer is a full line (a paragraph's last line is shorter). */
  fullLineRatio: number;
  /** A first piece with fewer words, alone on its page, is a cover or a notice, not an article. */
  minArticleWords: number;
  /** A title is at most this many words. */
  maxTitleWords: number;
  /** At least this many words make a title `long`. */
  longTitleWords: number;
  /** At most this many words make it `short` (a subhead or label). */
  shortTitleWords: number;
  /** A title line is no more than this factor longer than the title's first line; a longer line is body text. */
  titleLengthJump: number;
  /** A font this many times the body size is a title face. */
  titleSizeRatio: number;
  /** Lines after the title searched for a byline (a standfirst may stand between). */
  bylineLookahead: number;
  /** Blocks after the title searched for a drop cap or a credited caption. */
  blockLookahead: number;
  /** Lines before a candidate searched for the close of the previous piece. */
  closerLookback: number;
  /** Lines at the end of an article searched for a closing signature (a bio or a note may follow it). */
  signatureTail: number;
  /** A title line that, with the next line's first word, stays under this share of the measure broke early. */
  earlyBreakRatio: number;
  /** ... and holds at least this many words (a dump scatters single words of a justified line apart). */
  minEarlyBreakWords: number;
  /** A rubric is a single capitals line of at most this many words. */
  maxRubricWords: number;
  /** Lines on top of a page that are furniture (folio, running head), not text, have at most this many words. */
  maxFurnitureWords: number;
  /** Lead byline forms; group 1 holds the names. */
  leadBylines: RegExp[];
  /** The names, then the publication, alone on a line under the title (`Jane Roe, The Courier`). */
  namePublicationByline: RegExp;
  /** A closing signature: the author's name after a dash, maybe with a title and an organisation
   *  (`— Jane Roe, Chair, Harbour Trust`), maybe broken after a comma. Group 1 holds the name. */
  signature: RegExp;
  /** A dateline alone on its line, running into the text (`DUNMERE (Agency) —`, `DUNMERE, June 2 —`): no title. */
  dateline: RegExp;
  /** A closing credit line naming the reporters (`Reporting by Jane Roe; Editing by John Doe`); group 1 holds the
   *  names. The author's signature in wire copy. */
  closingCredit: RegExp;
  /** The rest of a credit line broken over two lines (`Editing by John Doe`): names no author. */
  creditTail: RegExp;
  /** The middle of a credit line broken inside a phrase (`…; Additional` / `reporting by John Doe; Editing by`). */
  creditMiddle: RegExp;
  /** A photo credit inside a caption line (`Photo: Jane Roe`): such a line is no title. */
  creditMarker: RegExp;
  /** How interview titles are worded (`In conversation: Jane Roe`): evidence of an article head. */
  interviewTitles: RegExp[];
  /** Running heads and folios a repair may have left in the text: never part of a title. */
  furniture: RegExp[];
  /** A speaker's label opening a line (`Q:`, `JANE ROE:`): a turn, never a title. */
  turnLabel: RegExp;
  /** A jump head over the continued part of an article. */
  jumpHead: RegExp;
  /** Lines that close a piece: a source note, a licence or first-publication note. */
  closers: RegExp[];
  /** Words a title does not end on (a running line breaks after them). */
  functionWords: string[];
  /** Words that join several names in a byline. */
  nameJoiners: RegExp;
  /** Lowercase particles allowed inside a person's name. */
  nameParticles: string[];
  /** Words that open an organisation's name, not a person's. */
  nonPersonOpeners: string[];
  /** Words of a job or a desk, never of a person's name (`Staff Writer`, `News Desk`). */
  nonPersonWords: string[];
}

const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+(?:de|van|von|der|da|di|la|le|bin|al|\p{Lu}[\p{L}’'.-]*)){1,4}`;

export const DEFAULT_ARTICLES: ArticleConventions = {
  // The dashed form is enough alone; a bare name needs to close the text after a full stop, or be set apart.
  signatureWeights: { dashed: 3, bareName: 1, lastLine: 1, afterSentenceEnd: 1, italic: 1, flushRight: 1, afterQuotation: -4, credit: 3, continuesSignature: -4, finishesSentence: -4 },
  signatureThreshold: 3,
  weights: {
    titleFace: 3,
    byline: 3,
    dropCap: 2,
    rubric: 1,
    pageTop: 1.5,
    documentStart: 1,
    afterCloser: 2,
    creditedCaption: 1,
    longTitle: 1,
    shortTitle: -1.5,
    plainFaceWhereTitlesAreSet: -3,
    headingFace: -1,
    continuesText: -1,
    attributedQuote: -4,
    interviewTitle: 1.5, // as strong as a page top: the wording itself announces a piece
    runsOn: -2,
    wholeQuotation: -1.5,
    standsApart: 1,
    asksYou: -2,
    jumpHead: -5,
    wrapsEarly: 2, // a larger face inferred from line breaks: weaker than a face read from the PDF (3)
    overSpanningText: 2, // as strong as an early break: the layout, not the words, sets the head apart
  },
  headThreshold: 3,
  maxTitleLines: 5,
  minTitleWidth: 30,
  minArticleLines: 1,
  fullLineRatio: 0.85,
  minArticleWords: 60,
  maxTitleWords: 30,
  longTitleWords: 6,
  shortTitleWords: 3,
  titleLengthJump: 1.6,
  titleSizeRatio: 1.5,
  bylineLookahead: 12,
  blockLookahead: 3,
  closerLookback: 3,
  signatureTail: 6,
  earlyBreakRatio: 0.7,
  minEarlyBreakWords: 3,
  maxRubricWords: 3,
  maxFurnitureWords: 4,
  leadBylines: [
    /^(?:By|BY)\s+(\p{Lu}.*)$/u,
    /^(?:Interview(?:ed)?|Words|Text|Reporting|Written|Story)\s*(?:by|:)\s*(\p{Lu}.*)$/u,
    new RegExp(String.raw`^(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)\s+reports?(?:\s+from\s+\p{Lu}[\p{L}’' ,.-]*)?$`, 'u'),
    new RegExp(String.raw`^(${NAME})\s+(?:interviews|talks to|speaks to|meets)\s+${NAME}$`, 'u'),
  ],
  namePublicationByline: new RegExp(String.raw`^(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*),\s*\p{Lu}[\p{L}\p{N}.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.’'-]*){0,3}$`, 'u'),
  signature: new RegExp(String.raw`^(?:[—–]|--)\s*(${NAME})(?:,\s*[\p{L}’' ]{2,40}){0,2},?$`, 'u'),
  dateline: /^\p{Lu}[\p{Lu}\p{M} .’'-]+(?:,\s*[\p{L}\p{N} .]{3,20})?(?:\s*\([\p{L}\p{N} .&-]{2,30}\))?(?:\s*[—–]|\s-)$/u,
  closingCredit: new RegExp(String.raw`^(?:Reporting|Reported|Writing|Written)\s+by\s+(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)(?:\s+in\s+\p{Lu}[\p{L} ]*)?\s*(?:;.*)?$`, 'u'),
  creditTail: /^(?:Additional reporting|Editing|Edited|Writing|Graphics)\s+by\s+\p{Lu}/u,
  creditMiddle: new RegExp(String.raw`^\p{Ll}+(?:\s\p{Ll}+)?\s+by\s+${NAME}\s*;`, 'u'),
  creditMarker: /\b(?:Photo|Picture|Image|Credit)s?:\s*\p{Lu}/u,
  interviewTitles: [
    /^(?:In conversation|In interview|An interview|Interview|Q\s?&\s?A|Meet|Talking to|A conversation)(?:\s+with)?\s*[:—–-]?\s*\p{Lu}/u,
  ],
  furniture: [/\bpage\s+\d+\s*$/i, /^\d{1,4}\s+\S+(?:\s+\S+){0,2}$/u, /^\S+(?:\s+\S+){0,2}\s+\d{1,4}$/u],
  turnLabel: /^(?:(?:Q|A|(?:[A-Z][A-Z.’'-]+\s){1,3}[A-Z][A-Z’'-]+):|[QA]\.)\s/u,
  jumpHead: /\bcontinued from\b/i,
  // A wire credit line closes its story: `Reporting by …`, then maybe `Editing by …` on the next line.
  closers: [/^(?:Reporting|Reported)\s+by\s+\p{Lu}[^.]*;/u, /^(?:Additional reporting|Editing|Edited)\s+by\s+\p{Lu}/u, /^The (?:writer|author|columnist)s?,?\s(?:is|are|was|writes)\s/, /^Sources?:/i, /\bfirst appeared\b/i, /\b(?:published|available) under\b/i, /^[—–]\s*\p{Lu}\S*\s+\p{Lu}\S*\s*$/u,
    /(?:^|[.!?]['"’”]?\s+)\((?:\p{Lu}[\p{L}.&’'-]*\s?){1,3}\)$/u], // the last: an agency tag (`… Tuesday. (Newsline)`), maybe wrapped to a line of its own
  functionWords: ['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'that', 'as', 'is', 'are', 'was', 'were', 'be', 'his', 'her', 'their', 'its', 'our', 'my', 'your'],
  nameJoiners: /\s*,\s*|\s+and\s+|\s*&\s*/i,
  nameParticles: ['de', 'van', 'von', 'der', 'da', 'di', 'la', 'le', 'bin', 'al'],
  nonPersonOpeners: ['The', 'A', 'An'],
  nonPersonWords: ['Staff', 'Writer', 'Reporter', 'Correspondent', 'Editor', 'Contributor', 'Columnist', 'Desk', 'Newsroom', 'Agency', 'Service', 'Wire', 'Press', 'Photographer'],
};

/** When a signed piece speaks in its author's voice (a statement, a column) rather than reporting. */
export interface VoiceConventions {
  /** First-person pronouns, outside quotations, per word of body text at which the author is speaking. */
  minFirstPersonRate: number;
  /** A reporter's piece carries quote cues in many paragraphs; an author's own voice in few. */
  maxCuedParagraphShare: number;
  firstPerson: RegExp;
  /** A rubric, title or byline announcing an interview. */
  interviewCue: RegExp;
  /** A rubric that sets an author's own words apart from reporting (a statement, a column, a letter). */
  opinionRubric: RegExp;
  /** A speech verb near a quotation: the paragraph reports someone else's words. */
  quoteCue: RegExp;
  /** Quoted passages, someone else's words (global): double marks, or spoken single marks in the British order. */
  quotation: RegExp;
  /** An opening quotation mark: a piece with none quotes nobody. */
  quotationMark: RegExp;
  /** Evidence that a signed piece speaks in its author's voice, summed and compared with `voiceThreshold`. */
  voiceWeights: {
    /** First person at `minFirstPersonRate` or more: the author talks throughout. */
    rate: number;
    /** First person at least `minFirstPersonCount` times: the author is present, if sparingly (a column). */
    present: number;
    /** No quotation marks anywhere in the body: nobody else is quoted, which reporting rarely manages. */
    unquoted: number;
    /** Quote cues in more than `maxCuedParagraphShare` of the paragraphs: reporting. */
    cued: number;
  };
  minFirstPersonCount: number;
  voiceThreshold: number;
}

export const DEFAULT_VOICE: VoiceConventions = {
  minFirstPersonRate: 0.02,
  maxCuedParagraphShare: 0.35,
  firstPerson: /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine|myself|we|we're|we’re|us|our|ours|ourselves)\b/gi,
  interviewCue: /\binterview(?:s|ed)?\b/i,
  opinionRubric: /\b(?:statements?|editorials?|viewpoints?|comment|essays?|letters?|op-?ed|opinion|column|commentary)\b/i,
  voiceWeights: { rate: 2, present: 1, unquoted: 1, cued: -3 },
  minFirstPersonCount: 2,
  voiceThreshold: 2,
  // A single quote counts when it opens before a letter and closes after a stop or comma (`‘We go,’`), its
  // apostrophes (`week’s`) inside: a scare quote (‘reform’) or a possessive is not somebody's words.
  quotation: /“[^”]*”|"[^"]*"|(?<![\p{L}\p{N}])‘(?=\p{L})(?:[^’]|’(?=\p{L}))*[.,!?…]’/gu,
  quotationMark: /[“"]|(?<![\p{L}\p{N}])‘(?=\p{L})/u,
  quoteCue: /[”"’]\s*,?\s*(?:\p{Lu}[\p{L}.-]*\s+){0,4}(?:said|says|told|added|stated|explained|commented)\b|\b(?:said|says|told|added|stated|explained|commented)\s*[:,]?\s*[“"‘]/u,
};
