// Attribution conventions: the words and thresholds that tell who speaks a paragraph, as typed data
// with generic English defaults. Nothing here is about one document.

/** Words and weights the attribution stage reasons with. */
export interface AttributionConventions {
  /** First-person words: a signed piece written in them speaks in its author's voice. */
  firstPersonWords: readonly string[];
  /** A signed piece is in its author's voice when at least this share of its body paragraphs is first person. */
  firstPersonShareMin: number;
  /** …and at most this share of its body paragraphs gives words to a named person (else it reports others). */
  cuedQuoteShareMax: number;
  /** Nationalities and demonyms printed before a name: never part of it ("American X"), never a person alone. */
  nationalities: readonly string[];
  /**
   * Lower-case nouns that, right after a capitalised run, make the run a modifier (a show, a brand, a place):
   * "the X contestant", "X evictee", "X fans" name no person X.
   */
  modifiedNouns: readonly string[];
  /** Labels that stand for an unnamed interviewer or reporter ("Q", "Question"): not a person. */
  questionLabels: readonly string[];
  /** Labels that stand for the interviewee ("A", "Answer"). */
  answerLabels: readonly string[];
  /** Title patterns (regular expressions, case-insensitive) that present the interviewee; `{name}` stands for the name. */
  intervieweeTitlePatterns: readonly string[];
  /** Votes for the interviewee, by where the name is printed. */
  intervieweeVotes: {
    /** Any person the title names. */
    title: number;
    /** The title presents the person ("X on …", "An interview with X"): added to `title`. */
    titlePattern: number;
    /** A caption that is only a name. */
    caption: number;
    /** A bio that opens with the name. */
    bio: number;
    /** A cue in the standfirst or intro ("X told us"). */
    introCue: number;
    /** A name mentioned in the standfirst or intro. */
    introMention: number;
    /** A label of the answers that resolves to the person ("CAMPBELL:"). */
    answerLabel: number;
  };
  /** The interviewee needs at least this many votes: one mention in passing presents nobody. */
  intervieweeMinVotes: number;
  /** Participles that report the speech of the sentence's subject ("X was critical, saying …"). */
  participleCues: readonly string[];
  /** Verbs that chain to a speech verb ("continued to tell", "went on to say"): the chain's subject speaks. */
  chainVerbs: readonly string[];
  /** Speech verbs in their base form, cues only inside a chain ("… to say"). */
  chainedCues: readonly string[];
  /** Words before a speaker that make the cue a mention, not speech ("asked what X had said"). */
  objectClauseWords: readonly string[];
}

const list = (s: string): readonly string[] => s.trim().split(/\s+/);

export const DEFAULT_ATTRIBUTION: AttributionConventions = {
  firstPersonWords: list('i me my mine myself we us our ours ourselves'),
  firstPersonShareMin: 0.4,
  cuedQuoteShareMax: 0.25,
  nationalities: list(`
    american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss
    austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian serbian
    croatian russian ukrainian greek turkish chinese japanese korean vietnamese thai indian pakistani
    bangladeshi afghan canadian mexican brazilian argentine argentinian chilean peruvian colombian cuban
    australian african european asian israeli palestinian iranian iraqi syrian lebanese saudi egyptian
    moroccan nigerian kenyan ethiopian ghanaian jewish muslim christian catholic protestant`),
  // No form that reads as a verb after a name ("X shows", "X hosts", "X cast"): those would hide a person.
  modifiedNouns: list(`
    contestant contestants evictee evictees housemate housemates fan viewer viewers audience show series
    season episode episodes finale house franchise brand album albums film movie movies book song tour band
    label studio store shop product products website site app crew host producer producers winner winners
    champion star veteran veterans singer singers musician musicians player players coach team games`),
  questionLabels: list('q question interviewer'),
  answerLabels: list('a answer'),
  intervieweeTitlePatterns: [
    '^(?:an? )?(?:interview|conversation|talk|chat|q&a) with (?:\\S+ ){0,3}?{name}',
    '^(?:\\S+ ){0,4}?{name} on ',
    '^{name}: ',
    '^(?:\\S+ ){0,4}?{name},? (?:talks|speaks|sounds off|opens up|reflects|discusses|explains|answers)',
    '^in conversation(?: with)? {name}',
  ],
  intervieweeVotes: { title: 2, titlePattern: 3, caption: 2, bio: 3, introCue: 2, introMention: 1, answerLabel: 4 },
  intervieweeMinVotes: 2,
  participleCues: list('saying adding telling noting explaining arguing insisting warning stating claiming declaring'),
  objectClauseWords: list('what whatever how whether'),
  chainVerbs: list('continued continues went goes decided decides began begins started starts proceeded proceeds'),
  chainedCues: list('say tell add explain note insist warn stress argue claim confirm deny admit reply'),
};
