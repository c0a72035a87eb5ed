// Conventions of paragraphs inside an article: where a paragraph breaks, how an interview marks its turns
// (labels, dashes, typography) and the weights that turn that evidence into question / answer decisions.

import { DEFAULT_STANDFIRST, type StandfirstWeights } from './standfirst.ts';

export type { StandfirstWeights };

export interface TurnLabelConventions {
  /** Labels printed before the interviewer's words (`Q:`, `Question:`), compared in capitals. */
  questionLabels: readonly string[];
  /** Labels printed before the interviewee's words (`A:`, `Answer:`). */
  answerLabels: readonly string[];
  /** Marks that open a question where other publishers print a label (an em dash). */
  questionDashes: readonly string[];
  /** A label (or a dash) must open this many paragraphs to be a convention, not a one-off. */
  minRecurrence: number;
  /** Labels also printed with a stop instead of a colon (`Q.` / `A.`); a capital and a stop is also an initial
   *  (`A. Smith`), so only these, and only while a dotted question label recurs too. */
  dottedLabels: readonly string[];
  /** One-word labels (`Herald:` / `Jane:`) are turns when this share of their successive turns change side ... */
  wordLabelAlternation: number;
  /** ... and they are not the words of a notice, a listing or a credit (`When:` / `Where:`, `Note:`), lower-cased. */
  notWordLabels: readonly string[];
  /** A recording's time printed before a turn's label (`[00:12:04] MS. ROE:`): kept in the text, not in the label. */
  turnStamp: RegExp;
}

/** Evidence that a paragraph is a question rather than an answer, as log-odds weights (positive: question). */
export interface QuestionWeights {
  /** The paragraph ends in a question mark: the strongest text cue, still wrong for rhetorical answers. */
  endsWithQuestion: number;
  /** A question mark inside the paragraph (not in a quotation): a question followed by context. */
  asksInside: number;
  /** Second person outside quotations ("you", "your"): the interviewer addresses the guest. */
  secondPerson: number;
  /** Second person used this often or more: an interviewer's context and question, not a guest's aside. */
  secondPersonMany: number;
  secondPersonManyMin: number;
  /** First person singular used this often or more: the guest speaks about themself. */
  firstPerson: number;
  firstPersonMin: number;
  /** Short paragraphs are questions, long ones answers (words). */
  short: number;
  shortMaxWords: number;
  long: number;
  longMinWords: number;
  veryLong: number;
  veryLongMinWords: number;
  /** A question is a sentence or two of context and the question; more sentences make a statement. */
  manySentences: number;
  manySentencesMin: number;
  /** Asks without a question mark: `Tell me about …`, `Describe …`. */
  request: number;
  /** On its words alone a paragraph with this score or more reads as a question (where an exchange starts). */
  questionThreshold: number;
  /** Opens like an answer: `Yes`, `No`, `Well`, `Sure`. */
  answerOpener: number;
  /** A stage direction in brackets (`[laughs]`) is a transcribed reply. */
  stageDirection: number;
  /** Set in a face the answers are not (bold or italic questions); only when such a contrast exists. */
  marked: number;
  /** Unmarked while the article marks its questions (dash, face): an answer. */
  unmarked: number;
  /** A label the document prints for the interviewer's / the guest's side. */
  label: number;
}

/** Transition scores between consecutive turns (log-odds bonuses). */
export interface TurnTransitions {
  /** An answer follows a question. */
  questionToAnswer: number;
  /** A question rarely spans several paragraphs ... */
  questionToQuestion: number;
  /** ... unless the first one only set the context (short, no question mark) and the next one asks. */
  contextToQuestion: number;
  contextMaxWords: number;
  /** Answers often run over several paragraphs. */
  answerToAnswer: number;
  answerToQuestion: number;
  /** The exchange opens with a question. */
  startQuestion: number;
  /** Questions are the fewer paragraphs: a paragraph with no evidence either way is an answer. */
  questionPrior: number;
  /** With labels on both sides, an unlabelled paragraph goes on with the turn before it. */
  unlabelledStays: number;
  /** A line that opened a sentence without a paragraph break mostly goes on with the same turn: switching costs. */
  softBreakSwitch: number;
  /** A reply (`Yes.`, `Well,`) after an answer: someone must have asked in between. */
  replyAfterAnswer: number;
}

/** Evidence for a paragraph break between two lines, summed and compared with `threshold`. */
export interface BreakWeights {
  threshold: number;
  /** The reader set one line as a caption and the other not (size, credit): they never share a paragraph. */
  roleChange: number;
  /** An author's sign-off (`— Jane Roe`) stands alone. */
  signOff: number;
  /** Without a sentence end there is no break (a column top looks indented too). */
  noSentenceEnd: number;
  /** The reader saw an indent or a block start after a gap. */
  layoutStart: number;
  /** The line before is short: a paragraph's last line (weak in ragged-right text, where every line is short). */
  shortLastLine: number;
  /** A paragraph's last line is rarely more than this share of the column wide. */
  shortLastLineRatio: number;
  /** A quotation opening a line after a sentence: news style starts a paragraph with it. */
  quoteStart: number;
  /** A question mark ends the line and a capital opens the next: a turn likely changes. */
  questionEnd: number;
  /** The paragraph so far closes a quotation with its attribution (`…,” she said.`). */
  attributedQuote: number;
  /** The line before closes a quotation after its last sentence, and plain text follows (news moves on). */
  closedQuote: number;
  /** A small letter goes on with the sentence or paragraph. */
  lowercaseStart: number;
  /** The line before ends on a colon (`… the mayor responded:`) and this one opens a quotation: the colon introduces
   *  it, so a short line or a column-top start alone is no break; a visible first-line indent still is. */
  colonIntro: number;
  /** A first line set this many ems right of the line above in its column is visibly indented (PDF). */
  indentEm: number;
  /** Bold or italic switches on or off: a marked question and its plain answer. */
  faceChange: number;
  /** A quotation opened and not yet closed: the quoted speech goes on. */
  openQuote: number;
  /** A line opening an author's note (`The writer is …`) after a sentence: the note is a paragraph of its own. */
  authorNote: number;
  /** A vertical gap over the usual pitch (PDF). */
  gap: number;
  /** No gap where the layout separates paragraphs by space: the same paragraph goes on. */
  noGap: number;
  /** No first-line indent where the layout indents its paragraphs (PDF): the same paragraph goes on. */
  noIndent: number;
  /** A pitch this much over the usual one is a paragraph gap ... */
  gapShare: number;
  /** ... and more than this many pitches means other things stood between the lines. */
  maxAdjacentPitch: number;
  /** Pitches needed to know the usual one, and gaps needed to call the layout spaced. */
  minPitches: number;
  minGaps: number;
}

/** Standfirst and bio notes. */
export interface IntroConventions {
  /** A bio note closes an article: it is among its last few body paragraphs ... */
  bioFromEnd: number;
  /** ... and short. */
  maxBioSentences: number;
  maxBioWords: number;
  /** Verbs after a name that open a bio note (`Jane Roe is …`, `Jane Roe writes a weekly column …`). */
  bioVerbs: readonly string[];
  /** A note presenting the author without naming them (`The writer is a …`): a bio in any kind of article. */
  authorNote: RegExp;
  /** Evidence that a leading paragraph presents the piece (a standfirst) rather than tells it. */
  standfirst: StandfirstWeights;
}

export interface ParagraphConventions {
  labels: TurnLabelConventions;
  intro: IntroConventions;
  breaks: BreakWeights;
  question: QuestionWeights;
  transitions: TurnTransitions;
  /** More labelled speakers than this make a transcript (a briefing, a hearing), not an interview. */
  maxInterviewSpeakers: number;
  /** A paragraph counts as set in a face when this share of its lines are. */
  styledLineShare: number;
  /** `“…,” said the minister.` (or `‘…,’ she wrote.`) closing a line: news style ends the paragraph with the quote's
   *  attribution. The speech verb follows the closing mark (double, or single after a stop or comma) in the last
   *  sentence. */
  attributedQuoteEnd: RegExp;
}

/** A note presenting the author without naming them (`The writer is a …`). */
export const AUTHOR_NOTE = /^The (?:writer|author|columnist)s?,?\s(?:is|are|was|writes)\s/;

export const DEFAULT_PARAGRAPHS: ParagraphConventions = {
  intro: {
    bioFromEnd: 2, maxBioSentences: 2, maxBioWords: 40,
    bioVerbs: ['is', 'was', 'writes'],
    authorNote: AUTHOR_NOTE,
    standfirst: DEFAULT_STANDFIRST,
  },
  breaks: {
    threshold: 3,
    roleChange: 10,
    signOff: 10,
    noSentenceEnd: -10,
    layoutStart: 3,
    shortLastLine: 3,
    shortLastLineRatio: 0.8,
    quoteStart: 3,
    questionEnd: 3,
    attributedQuote: 3,
    closedQuote: 3, // news ends a paragraph on the quote's last words; more quoted words would open with a mark
    lowercaseStart: -2,
    colonIntro: -3,
    indentEm: 0.8,
    faceChange: 3,
    openQuote: -3,
    authorNote: 3, // as strong as a short last line: a dump of a justified column may keep no other sign
    gap: 3,
    noGap: -2.5,
    noIndent: -2, // weaker than a gap's absence: a paragraph at a column top or after a box may start flush
    gapShare: 0.15,
    maxAdjacentPitch: 2.5,
    minPitches: 8,
    minGaps: 3,
  },
  labels: {
    questionLabels: ['Q', 'QUESTION', 'INTERVIEWER', 'HOST', 'PRESENTER', 'MODERATOR'],
    answerLabels: ['A', 'ANSWER'],
    questionDashes: ['—', '–'],
    minRecurrence: 2,
    dottedLabels: ['Q', 'A'],
    wordLabelAlternation: 0.8, // a Q&A takes turns; an answer over two labelled paragraphs is rare
    notWordLabels: ['note', 'notes', 'source', 'sources', 'photo', 'photos', 'picture', 'credit', 'contact', 'words', 'text',
      'update', 'correction', 'see', 'tel', 'phone', 'email', 'web', 'address', 'when', 'where', 'what', 'who', 'price',
      'tickets', 'venue', 'date', 'time', 'cost', 'info', 'details', 'pictured', 'above', 'below', 'left', 'right', 'top'],
    // bracketed or bare, with or without seconds: `[00:12:04]`, `(12:04)`, `00:12:04`
    turnStamp: /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+/,
  },
  question: {
    endsWithQuestion: 2.5,
    asksInside: 0.8,
    secondPerson: 1.2,
    secondPersonMany: 1,
    secondPersonManyMin: 3,
    firstPerson: -1.2,
    firstPersonMin: 2,
    short: 0.6,
    shortMaxWords: 30,
    long: -1.5,
    longMinWords: 70,
    veryLong: -1.5,
    veryLongMinWords: 120,
    manySentences: -1.5,
    manySentencesMin: 4,
    request: 1.5,
    questionThreshold: 2.5,
    answerOpener: -2,
    stageDirection: -2,
    marked: 5,
    unmarked: -4,
    label: 8,
  },
  transitions: {
    questionToAnswer: 0,
    questionToQuestion: -2.5,
    contextToQuestion: -0.5,
    contextMaxWords: 25,
    answerToAnswer: 0,
    answerToQuestion: -0.5,
    startQuestion: 1.5,
    questionPrior: -0.5,
    unlabelledStays: 6,
    softBreakSwitch: 1.5,
    replyAfterAnswer: -2,
  },
  maxInterviewSpeakers: 3,
  styledLineShare: 0.6,
  attributedQuoteEnd: /(?:[”"]|[,.!?…]’)[^“”"‘]{0,80}?\b(?:said|says|told|added|noted|stated|explained|insisted|argued|warned|stressed|emphasi[sz]ed|concluded|wrote)\b[^“”"‘.!?]*[.!?]$/,
};
