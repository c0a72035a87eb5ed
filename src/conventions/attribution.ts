// Attribution conventions: the words and thresholds that tell who speaks a paragraph, as typed data
// with generic English defaults. Nothing here is about one document.

/** Words and weights the attribution stage reasons with. */
export interface AttributionConventions {
  /** Verbs that introduce reported speech, direct or indirect ("said", "noted", "writes"). */
  cueVerbs: readonly string[];
  /** Words that may stand between a speaker and the cue verb ("has also said"). */
  cueFillers: readonly string[];
  /** Titles and roles of people, lower-cased; a capitalised title is not part of a name ("President X"). */
  titleWords: readonly string[];
  /** Capitalised nouns that make a run of capitalised words an organisation or place, not a person. */
  orgWords: readonly string[];
  /** Lower-case nouns that, right after a capitalised run, make it an organisation ("the X party"). */
  orgNouns: readonly string[];
  /** Words in a title or appositive that tell a person is a woman, for "she said". */
  femaleWords: readonly string[];
  /** Words in a title or appositive that tell a person is a man, for "he said". */
  maleWords: readonly string[];
  /** Words that make a title refer to somebody else than the holder now ("former president"). */
  pastQualifiers: readonly string[];
  /** Lower-case particles allowed inside a name ("Ludwig van Beethoven"). */
  nameParticles: readonly string[];
  /** Abbreviations whose full stop does not end a sentence (titles such as "Dr.", "Mr."). */
  abbreviations: readonly string[];
  /** Cue verbs that need a particle right after them: "according to X", "called on …", "pointed out". */
  cueParticles: Readonly<Record<string, readonly string[]>>;
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
  /** Words that present the interviewer in an intro when no byline names one (`the host, X`, `presented by X`). */
  interviewerIntroWords: readonly string[];
  /** Labels of a document's sections ("SUMMARY:", "ADDRESSES:"): printed like speaker turns, spoken by nobody. */
  sectionLabels: readonly string[];
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
    /** A name that opens the standfirst, as its subject ("X has mended clocks …"): added to `introMention`, since a
     *  standfirst that starts with a person presents that person. */
    introOpening: number;
    /** A label of the answers that resolves to the person ("ROE:"). */
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
  /**
   * Whether a cue without a direct quote of its speaker in the paragraph ("X said the plan was late") makes X a
   * speaker of it: reported speech is somebody mentioned, not somebody quoted.
   */
  reportedSpeechSpeaks: boolean;
  /**
   * "X talked to Y about …" in an interview's intro: votes for the subject X or the object Y being the interviewer.
   * The object is when the subject is a pronoun ("He spoke to the Gazette's Y") or the outlet owns Y ("…'s Y");
   * the subject is when the title presents Y ("In conversation: Y").
   */
  spokeToVotes: { objectAfterPronoun: number; objectPossessed: number; subjectNamed: number; objectInTitle: number; subjectInTitle: number };
  /**
   * How an intro presents the exchange between two people ("X talked to Y", "X met Y", "in conversation with X"),
   * in lower case; the person on either side is weighed by `spokeToVotes`.
   */
  exchangePhrases: readonly string[];
  /**
   * How a document presents who holds a role that a turn label names alone (`THE CHAIR:`, `MODERATOR:`): regular
   * expressions (case-insensitive) where `{role}` stands for the label's words and `{name}` for a person's name.
   */
  rolePresentations: readonly string[];
  /** What the holder of a role does, for presentations by the act (`Moderated by X`): `{act}` in a presentation. */
  roleActs: Readonly<Record<string, string>>;
  /** A paragraph that is only a stage direction (`(Laughter.)`, `[Applause]`): nobody speaks it. */
  stageDirection: RegExp;
  /** A turn whose label names nobody (`AUDIENCE MEMBER:`) opening with the speaker's own name: group 1 is the name. */
  selfIntroduction: RegExp;
}

const list = (s: string): readonly string[] => s.trim().split(/\s+/);

export const DEFAULT_ATTRIBUTION: AttributionConventions = {
  cueVerbs: list(`
  said says told tells added adds noted notes stated states stressed stresses emphasised emphasized
  emphasises emphasizes explained explains insisted insists argued argues warned warns commented
  remarked remarks declared declares announced announces wrote writes claimed claims believes thinks
  admitted admits acknowledged acknowledges recalled recalls concluded concludes replied replies
  answered asked asks urged urges suggested suggests observed observes predicted predicts assured
  assures confirmed confirms denied denies described describes maintained maintains pledged promised
  promises vowed vows reiterated reiterates highlighted highlights underlined underlines underscored
  cautioned countered conceded tweeted accused criticised criticized repeated joked quipped retorted responded
  stresses agreed agrees recounted recounts exclaimed complained complains protested`),
  cueFillers: list(`
  has had have was were is are been being be would will did does do also later previously earlier then once again
  recently further repeatedly often still already just never not first subsequently now meanwhile however
  today yesterday tonight too reportedly`),
  titleWords: list(`
  president vice vice-president ex-president president-elect prime premier minister chancellor leader chairman
  chairwoman chairperson chair vice-chair co-chair head director secretary secretary-general spokesman
  spokeswoman spokesperson ambassador envoy senator mp mep deputy lawmaker legislator congressman
  congresswoman representative governor mayor judge justice commissioner commander general colonel
  captain king queen prince princess emperor emir sheikh chief ceo founder co-founder analyst expert
  scientist professor researcher economist official diplomat politician candidate adviser advisor
  delegate rapporteur activist lawyer attorney prosecutor journalist editor correspondent reporter
  columnist historian sociologist commentator member speaker pope bishop archbishop cardinal rabbi imam
  mr mrs ms miss dr prof sir dame lord lady councillor councilor manager executive officer inspector
  sergeant lieutenant admiral marshal ombudsman coordinator negotiator strategist campaigner dissident
  consul vice-chairman governor-general chairman-elect owner proprietor shopkeeper landlord landlady doctor nurse
  teacher headteacher headmaster headmistress coxswain skipper farmer`),
  orgWords: list(`
  party parliament council commission committee union office ministry department assembly republic
  kingdom federation state states university institute institution agency bank court government senate
  congress house chamber association foundation organisation organization group network
  agreement accords accord treaty initiative process strategy road street square law code forum centre
  center company corporation inc ltd movement front alliance coalition bloc fund programme program
  service services authority board army navy force forces police school college academy hospital
  museum times news post press media radio television channel daily weekly magazine journal review
  airport station region province district city county island islands sea ocean river lake mountains
  valley desert bay gulf coast declaration convention charter constitution act summit conference
  games cup championship prize award war revolution partnership cooperation community nations mission
  delegation secretariat embassy consulate administration cabinet presidium directorate club team
  platform campaign project system watch international associates partners holdings airlines
  technologies laboratory laboratories ventures`),
  orgNouns: list(`
  party faction movement group bloc coalition alliance government administration ministry region
  province district city capital country river company organisation organization newspaper agency
  programme program initiative platform campaign strategy law delegation office team club channel
  website project corporation bank university council committee fund process system primaries list
  lists congress members supporters`),
  femaleWords: list(`
  she her woman women mother grandmother daughter granddaughter wife widow sister aunt niece queen
  princess duchess empress mrs ms miss madam lady dame actress chairwoman spokeswoman congresswoman
  businesswoman sportswoman stateswoman girl grandma mum mom`),
  maleWords: list(`
  he his man men father grandfather son grandson husband widower brother uncle nephew king prince duke
  emperor mr sir lord actor spokesman congressman businessman sportsman statesman boy grandpa dad`),
  pastQualifiers: list('former ex late first previous outgoing erstwhile then'),
  nameParticles: list('van von de der den del della di da du la le dos das bin ibn al el ter ten af zu'),
  abbreviations: list('mr mrs ms dr prof st jr sr gen sen rep gov lt col capt no vs etc mt ft sgt'),
  cueParticles: { according: ['to'], called: ['on', 'for'], calls: ['on', 'for'], pointed: ['out'], points: ['out'] },
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
  questionLabels: list('q question interviewer host presenter moderator'),
  interviewerIntroWords: list('host presenter moderator interviewer hosted presented moderated'),
  answerLabels: list('a answer'),
  sectionLabels: list(`
    summary abstract addresses address dates date action agency contact background note notes disclaimer
    update correction editor's source sources references appendix supplementary information purpose scope
    authority definitions comments effective applicability`),
  intervieweeTitlePatterns: [
    '^(?:an? )?(?:interview|conversation|talk|chat|q&a) with (?:\\S+ ){0,3}?{name}',
    '^(?:\\S+ ){0,4}?{name} on ',
    '^{name}: ',
    '^(?:\\S+ ){0,4}?{name},? (?:talks|speaks|sounds off|opens up|reflects|discusses|explains|answers)',
    '^in conversation(?: with|:)? {name}',
  ],
  intervieweeVotes: { title: 2, titlePattern: 3, caption: 2, bio: 3, introCue: 2, introMention: 1, introOpening: 1, answerLabel: 4 },
  intervieweeMinVotes: 2,
  participleCues: list('saying adding telling noting explaining arguing insisting warning stating claiming declaring describing calling'),
  objectClauseWords: list('what whatever how whether'),
  chainVerbs: list('continued continues went goes decided decides began begins started starts proceeded proceeds'),
  chainedCues: list('say tell add explain note insist warn stress argue claim confirm deny admit reply'),
  reportedSpeechSpeaks: false,
  spokeToVotes: { objectAfterPronoun: 2, objectPossessed: 2, subjectNamed: 1, objectInTitle: 3, subjectInTitle: 3 },
  exchangePhrases: [
    ...['spoke', 'talked', 'speaking', 'talking', 'talks', 'speaks', 'chatted', 'chats'].flatMap((v) => [`${v} to`, `${v} with`]),
    'met', 'meets', 'in conversation with',
  ],
  rolePresentations: [
    '\\b{role}: {name}\\b', // a head's line: `Moderator: X`
    '\\b{name} \\((?:the )?{role}\\)', // a list of those present: `X (Chair)`
    '\\bthe {role},? {name}\\b', // `the host, X`
    '\\b{name}, (?:the |our )?{role}\\b', // `X, the moderator`
    '\\b{act} by (?:\\p{Lu}\\p{L}*\\.? )?{name}\\b', // by the act: `Moderated by X`, `Chaired by Councillor X`
  ],
  roleActs: { moderator: 'moderated', chair: 'chaired', chairman: 'chaired', chairwoman: 'chaired', host: 'hosted', presenter: 'presented', interviewer: 'interviewed' },
  // short and bracketed, alone in its paragraph: longer bracketed text is an aside somebody speaks
  stageDirection: /^[([][^()[\]]{1,30}[)\]]\.?$/u,
  // `I'm X`, `My name is X`, `This is X`: a full name (two or three capitalised words), as first words of the turn or
  // after a short courtesy (`Thank you. My name is X`, `Good evening, I'm X`)
  selfIntroduction: /^(?:(?:[Tt]hanks?(?: you)?|[Hh]ello|[Hh]i|[Gg]ood (?:morning|afternoon|evening))(?:,? \p{L}+){0,3}[.,!]\s+)?(?:I['’]m|I am|[Mm]y name is|[Tt]his is)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\b/u,
};
