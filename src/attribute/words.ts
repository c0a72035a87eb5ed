// Word sets that attribution reasons with. Publishers' vocabulary (cue verbs, titles, organisation nouns,
// name particles …) lives as typed data in src/conventions/attribution.ts; grammar words stay here.

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
export const CUE_VERBS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.cueVerbs);

/** Cue verbs that need a particle right after them: "according to X", "called on …", "pointed out". */
export const CUE_PARTICLES: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(DEFAULT_ATTRIBUTION.cueParticles).map(([verb, particles]) => [verb, new Set(particles)]),
);

/** Words that may stand between a speaker and the cue verb: auxiliaries and time adverbs ("has also said"). */
export const CUE_FILLERS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.cueFillers);

/** Titles and roles of people, lower-cased. A capitalised title is not part of a name ("President X"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.titleWords);

/** Capitalised nouns that make a run of capitalised words an organisation or place, not a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.orgWords);

/** Lower-case nouns that, right after a capitalised run, make it an organisation ("the X party"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.orgNouns);

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
export const FEMALE_WORDS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.femaleWords);
export const MALE_WORDS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.maleWords);

/** Pronouns for speakers attribution must never guess (the interviewer's "you", a crowd's "they"). */
export const OPAQUE_PRONOUNS = set('i we you they it one');

/** Words that make a title refer to somebody else than the holder now ("former president"). */
export const PAST_QUALIFIERS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.pastQualifiers);

/** Lower-case name particles allowed inside a name ("Ludwig van Beethoven", "Hugo ter Doest"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.nameParticles);

/** Determiners that start a description of a known person ("the president"). */
export const DEFINITE = set('the this that');

/** Determiners that introduce somebody unnamed ("said an adviser"). */
export const INDEFINITE = set('a an another one');

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(DEFAULT_ATTRIBUTION.abbreviations);
