// Conventions of paragraphs inside an article: where a paragraph breaks, how an interview marks its turns
// (labels, dashes, typography) and the weights that turn that evidence into question / answer decisions.

export interface TurnLabelConventions {
  /** Labels printed before the interviewer's words (`Q:`, `Question:`), compared in capitals. */
  questionLabels: readonly string[];
  /** Labels printed before the interviewee's words (`A:`, `Answer:`). */
  answerLabels: readonly string[];
  /** Marks that open a question where other publishers print a label (an em dash). */
  questionDashes: readonly string[];
  /** A label (or a dash) must open this many paragraphs to be a convention, not a one-off. */
  minRecurrence: number;
}

/** Evidence that a paragraph is a question rather than an answer, as log-odds weights (positive: question). */
export interface QuestionWeights {
  /** The paragraph ends in a question mark: the strongest text cue, still wrong for rhetorical answers. */
  endsWithQuestion: number;
  /** A question mark inside the paragraph (not in a quotation): a question followed by context. */
  asksInside: number;
  /** Second person outside quotations ("you", "your"): the interviewer addresses the guest. */
  secondPerson: number;
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
  /** A question rarely spans several paragraphs. */
  questionToQuestion: number;
  /** Answers often run over several paragraphs. */
  answerToAnswer: number;
  answerToQuestion: number;
  /** The exchange opens with a question. */
  startQuestion: number;
  /** Questions are the fewer paragraphs: a paragraph with no evidence either way is an answer. */
  questionPrior: number;
  /** With labels on both sides, an unlabelled paragraph goes on with the turn before it. */
  unlabelledStays: number;
}

export interface ParagraphConventions {
  labels: TurnLabelConventions;
  question: QuestionWeights;
  transitions: TurnTransitions;
  /** More labelled speakers than this make a transcript (a briefing, a hearing), not an interview. */
  maxInterviewSpeakers: number;
  /** A paragraph counts as set in a face when this share of its lines are. */
  styledLineShare: number;
}

export const DEFAULT_PARAGRAPHS: ParagraphConventions = {
  labels: {
    questionLabels: ['Q', 'QUESTION', 'INTERVIEWER'],
    answerLabels: ['A', 'ANSWER'],
    questionDashes: ['—', '–'],
    minRecurrence: 2,
  },
  question: {
    endsWithQuestion: 2.5,
    asksInside: 0.8,
    secondPerson: 1.2,
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
    answerToAnswer: 0,
    answerToQuestion: -0.5,
    startQuestion: 1.5,
    questionPrior: -0.5,
    unlabelledStays: 6,
  },
  maxInterviewSpeakers: 3,
  styledLineShare: 0.6,
};
