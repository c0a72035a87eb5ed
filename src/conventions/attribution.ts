// Attribution conventions: the words and thresholds that tell who speaks a paragraph, as typed data
// with generic English defaults. Nothing here is about one document.

/** Words and weights the attribution stage reasons with. */
export interface AttributionConventions {
  /** First-person words: a signed piece written in them speaks in its author's voice. */
  firstPersonWords: readonly string[];
  /** A signed piece is in its author's voice when at least this share of its body paragraphs is first person. */
  firstPersonShareMin: number;
  /** …and at most this share of its body paragraphs carries a quote with a cue (else it reports others). */
  cuedQuoteShareMax: number;
  /** Nationalities, demonyms and descriptors printed before a name: never part of it ("American X"). */
  descriptors: readonly string[];
  /** Labels that stand for an unnamed interviewer or reporter ("Q", "Question"): not a person. */
  questionLabels: readonly string[];
  /** Labels that stand for the interviewee ("A", "Answer"). */
  answerLabels: readonly string[];
  /** Title patterns that present the interviewee: `{name}` is where the name stands. */
  intervieweeTitlePatterns: readonly string[];
  /** Votes for the interviewee, by where the name is printed. */
  intervieweeVotes: {
    /** The title presents the person ("X on …", "An interview with X"). */
    title: number;
    /** A caption that is a name, a bio that opens with one. */
    caption: number;
    bio: number;
    /** A cue in the standfirst or intro ("X told us"). */
    introCue: number;
    /** A name mentioned in the standfirst or intro. */
    introMention: number;
    /** Each mention in the answers (raw counts; weak). */
    answerMention: number;
  };
  /** Speech verbs that may follow another verb ("continued to tell", "went on to say"). */
  chainVerbs: readonly string[];
  /** Participle cues that attach to the sentence subject ("X …, saying"). */
  participleCues: readonly string[];
}

const list = (s: string): readonly string[] => s.trim().split(/\s+/);

export const DEFAULT_ATTRIBUTION: AttributionConventions = {
  firstPersonWords: list('i me my mine myself we us our ours ourselves'),
  firstPersonShareMin: 0.4,
  cuedQuoteShareMax: 0.25,
  descriptors: list(`
    american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss
    austrian swedish norwegian danish finnish polish czech russian ukrainian greek turkish chinese japanese
    korean indian pakistani canadian mexican brazilian argentine australian african european asian
    israeli iranian iraqi syrian egyptian nigerian kenyan veteran famous legendary celebrated renowned
    acclaimed award-winning singer songwriter singer-songwriter musician actor actress rapper star artist
    author writer poet director producer filmmaker comedian host presenter contestant evictee winner
    designer photographer painter player coach entrepreneur businessman businesswoman billionaire
    folk pop rock jazz country punk indie`),
  questionLabels: list('q question interviewer'),
  answerLabels: list('a answer'),
  intervieweeTitlePatterns: [
    '^(?:an? )?(?:interview|conversation|talk|chat|q&a) with {name}',
    '^{name} on ',
    '^{name}: ',
    '^{name} (?:talks|speaks|sounds off|opens up|reflects)',
    '^in conversation(?: with)? {name}',
  ],
  intervieweeVotes: { title: 4, caption: 2, bio: 3, introCue: 2, introMention: 1, answerMention: 0.1 },
  chainVerbs: list('say tell said told add explain'),
  participleCues: list('saying adding telling noting explaining arguing insisting warning stating claiming'),
};
