// Generic English word lists that attribution reasons with. Nothing here is about one document:
// these are the words any English news report uses to introduce speech, titles and organisations.

import { DEFAULT_ATTRIBUTION } from '../conventions/attribution.ts';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Nationalities and demonyms: never part of a name, never a person alone. */
export const NATIONALITIES: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.nationalities);
/** Nouns after which a capitalised run is a modifier ("the X contestant"), not a person. */
export const MODIFIED_NOUNS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.modifiedNouns);
/** Participles that report the speech of the sentence's subject ("…, saying"). */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.participleCues);
/** "continued to tell": verbs that chain to a speech verb, and the speech verbs they chain to. */
export const CHAIN_VERBS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.chainVerbs);
export const CHAINED_CUES: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.chainedCues);
/** "what X said": the cue is a mention of speech, not speech. */
export const OBJECT_CLAUSE_WORDS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.objectClauseWords);

/** Verbs that introduce reported speech, direct or indirect ("said", "noted", "writes"). */
export const CUE_VERBS = set(`
  said says told tells added adds noted notes stated states stressed stresses emphasised emphasized
  emphasises emphasizes explained explains insisted insists argued argues warned warns commented
  remarked remarks declared declares announced announces wrote writes claimed claims believes thinks
  admitted admits acknowledged acknowledges recalled recalls concluded concludes replied replies
  answered asked asks urged urges suggested suggests observed observes predicted predicts assured
  assures confirmed confirms denied denies described describes maintained maintains pledged promised
  promises vowed vows reiterated reiterates highlighted highlights underlined underlines underscored
  cautioned countered conceded tweeted accused criticised criticized repeated joked quipped retorted responded
  stresses`);

/** Cue verbs that need a particle right after them: "according to X", "called on …", "pointed out". */
export const CUE_PARTICLES: Readonly<Record<string, ReadonlySet<string>>> = {
  according: set('to'),
  called: set('on for'),
  calls: set('on for'),
  pointed: set('out'),
  points: set('out'),
};

/** Words that may stand between a speaker and the cue verb: auxiliaries and time adverbs ("has also said"). */
export const CUE_FILLERS = set(`
  has had have was were is are been being be would will did does do also later previously earlier then once again
  recently further repeatedly often still already just never not first subsequently now meanwhile however
  today yesterday tonight too reportedly`);

/** Titles and roles of people, lower-cased. A capitalised title is not part of a name ("President X"). */
export const TITLE_WORDS = set(`
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
  consul vice-chairman governor-general chairman-elect`);

/** Capitalised nouns that make a run of capitalised words an organisation or place, not a person. */
export const ORG_WORDS = set(`
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
  technologies laboratory laboratories ventures`);

/** Lower-case nouns that, right after a capitalised run, make it an organisation ("the X party"). */
export const ORG_NOUNS = set(`
  party faction movement group bloc coalition alliance government administration ministry region
  province district city capital country river company organisation organization newspaper agency
  programme program initiative platform campaign strategy law delegation office team club channel
  website project corporation bank university council committee fund process system primaries list
  lists congress members supporters`);

/** Function words: never part of a name or a title phrase, and never a name at a sentence start. */
export const FUNCTION_WORDS = set(`
  the a an and or but nor of in on at by for from to with without as that which who whom whose this
  these those it its he she they we i you his her their our your my me him them us is was were are be
  been being has had have do does did will would shall should can could may might must not no yes so
  if then than when where while after before since until about into over under between among through
  during against also however although though because yet both either neither each every all some
  any many much more most such only just even there here what how why despite according let`);

/** Capitalised common nouns that are never names. */
export const CALENDAR_WORDS = set(`
  january february march april may june july august september october november december monday
  tuesday wednesday thursday friday saturday sunday`);

/** Pronouns that refer back to the last person who spoke. */
export const PERSONAL_PRONOUNS = set('he she');

/** Words in a title or appositive that tell a person's gender, for "she said" and "he said". */
export const FEMALE_WORDS = set(`
  she her woman women mother grandmother daughter granddaughter wife widow sister aunt niece queen
  princess duchess empress mrs ms miss madam lady dame actress chairwoman spokeswoman congresswoman
  businesswoman sportswoman stateswoman girl grandma mum mom`);
export const MALE_WORDS = set(`
  he his man men father grandfather son grandson husband widower brother uncle nephew king prince duke
  emperor mr sir lord actor spokesman congressman businessman sportsman statesman boy grandpa dad`);

/** Pronouns for speakers attribution must never guess (the interviewer's "you", a crowd's "they"). */
export const OPAQUE_PRONOUNS = set('i we you they it one');

/** Words that make a title refer to somebody else than the holder now ("former president"). */
export const PAST_QUALIFIERS = set('former ex late first previous outgoing erstwhile then');

/** Lower-case name particles allowed inside a name ("Ludwig van Beethoven", "Hugo ter Doest"). */
export const NAME_PARTICLES = set('van von de der den del della di da du la le dos das bin ibn al el ter ten af zu');

/** Determiners that start a description of a known person ("the president"). */
export const DEFINITE = set('the this that');

/** Determiners that introduce somebody unnamed ("said an adviser"). */
export const INDEFINITE = set('a an another one');

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = set('mr mrs ms dr prof st jr sr gen sen rep gov lt col capt no vs etc mt ft sgt');
