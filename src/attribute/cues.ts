// Speech cues in one sentence ("said", "according to", "noted") and who each one names as the speaker:
// the subject before the verb ("Crane said"), or after it ("…,” said the Freeland president").
import type { NameRun } from './names.ts';
import { type Token, atSentenceStart, isCapitalised } from './tokens.ts';
import {
  ABBREVIATIONS, CUE_FILLERS, CUE_PARTICLES, CUE_VERBS, DEFINITE, FUNCTION_WORDS, INDEFINITE, OBJECT_CLAUSE_WORDS, OPAQUE_PRONOUNS,
  ORG_WORDS, PARTICIPLE_CUES, PERSONAL_PRONOUNS, TITLE_WORDS, CHAIN_VERBS, CHAINED_CUES,
} from './words.ts';

export type SpeakerRef =
  | { kind: 'name'; words: string[]; titled: boolean }
  | { kind: 'pronoun'; word: string }
  | { kind: 'description'; head: string; modifiers: string[] }
  /**
   * A speaker attribution must not guess: "you said", "an adviser said", "the statement said". `agentless`: a passive
   * with nobody named as its agent ("is explained by “…”"), which speaks for nobody of its own.
   */
  | { kind: 'opaque'; agentless?: boolean }
  /** A second verb sharing the subject of the clause before it ("X described it as …, but later said …"). */
  | { kind: 'elided' };

export interface Cue {
  /** Token index of the cue verb in the sentence. */
  at: number;
  ref: SpeakerRef;
  /** A colon with no speech verb (`X was blunt:`): gives way to the cue of the quote it hands over to. */
  weak?: boolean;
}

/** A description of a person is a few words ("the veteran lawmaker"), not a clause. */
const DESCRIPTION_MAX_WORDS = 4;
/** Title words that may stand between an inverted cue and a name ("said former Prime Minister X"). */
const TITLE_GAP_MAX_WORDS = 4;

const OPAQUE: SpeakerRef = { kind: 'opaque' };
const AGENTLESS: SpeakerRef = { kind: 'opaque', agentless: true };
const ELIDED: SpeakerRef = { kind: 'elided' };
/** Conjunctions that join a second verb to the subject of the first ("…, but later said"). */
const VERB_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);
const BOUNDARY = 'boundary';
type Left = SpeakerRef | typeof BOUNDARY | null;

const name = (run: NameRun, titled = false): SpeakerRef => ({ kind: 'name', words: run.words, titled });
const isWordIn = (t: Token | undefined, words: ReadonlySet<string>) => Boolean(t && t.type === 'word' && words.has(t.lower));
/** A capitalised word that qualifies a title or organisation after it ("Freeland president"), not a name. */
const isTitleRun = (s: readonly Token[], run: NameRun) => isWordIn(s[run.last + 1], TITLE_WORDS) || isWordIn(s[run.last + 1], ORG_WORDS);
const isAdverb = (t: Token) => t.type === 'word' && !isCapitalised(t) && t.lower.length > 4 && t.lower.endsWith('ly');

/** How many words before `v` chain to it ("continued to", "went on to"); 0 when none do. */
function chainBefore(s: readonly Token[], v: number): number {
  if (s[v - 1]?.lower !== 'to') return 0;
  if (isWordIn(s[v - 2], CHAIN_VERBS)) return 2;
  return s[v - 2]?.lower === 'on' && isWordIn(s[v - 3], CHAIN_VERBS) ? 3 : 0;
}

/** The cue verb at `v`, and where its speaker may start when it follows the verb. */
function cueAt(s: readonly Token[], v: number): { verb: string; next: number } | null {
  const t = s[v];
  if (!t || t.type !== 'word' || (isCapitalised(t) && !atSentenceStart(s, v))) return null;
  if (CUE_VERBS.has(t.lower) || PARTICIPLE_CUES.has(t.lower)) return { verb: t.lower, next: v + 1 };
  if (CHAINED_CUES.has(t.lower) && chainBefore(s, v) > 0) return { verb: t.lower, next: v + 1 };
  const particles = CUE_PARTICLES[t.lower];
  return particles && isWordIn(s[v + 1], particles) ? { verb: t.lower, next: v + 2 } : null;
}

/** "the Freeland president" read backwards from its head noun at `j`. */
function descriptionBefore(s: readonly Token[], j: number): SpeakerRef | null {
  const head = s[j] as Token;
  if (!TITLE_WORDS.has(head.lower)) return null;
  const modifiers: string[] = [];
  for (let k = j - 1; k >= 0 && modifiers.length <= DESCRIPTION_MAX_WORDS; k--) {
    const t = s[k] as Token;
    if (isWordIn(t, DEFINITE)) return { kind: 'description', head: head.lower, modifiers };
    if (isWordIn(t, INDEFINITE)) return OPAQUE;
    if (t.type !== 'word' || FUNCTION_WORDS.has(t.lower)) break;
    modifiers.unshift(t.lower);
  }
  return null;
}

/** "the veteran lawmaker who …" read forwards from after its article; a name there wins. */
function descriptionAfter(s: readonly Token[], runs: readonly NameRun[], i: number): SpeakerRef | null {
  const words: string[] = [];
  for (let k = i; k < s.length && words.length < DESCRIPTION_MAX_WORDS; k++) {
    const t = s[k] as Token;
    const run = runs.find((r) => r.first === k);
    if (run && !isTitleRun(s, run)) return name(run, true);
    if (t.type !== 'word' || FUNCTION_WORDS.has(t.lower)) break;
    words.push(t.lower);
  }
  const head = words.at(-1);
  return head && TITLE_WORDS.has(head) ? { kind: 'description', head, modifiers: words.slice(0, -1) } : null;
}

/** An appositive opens with an article, "who", an age, a title or any lower-case word; a capital starts a list. */
const opensAppositive = (t: Token | undefined): boolean => Boolean(t && t.type === 'word' && (!isCapitalised(t) || TITLE_WORDS.has(t.lower)));

/**
 * After a comma: "The head of Y, X Z, said", "X Z, a … lawmaker …, described", "Smith, 45, said",
 * "The minister, speaking to reporters, said".
 */
function appositiveSubject(s: readonly Token[], runs: readonly NameRun[], j: number): Left {
  let k = j - 1;
  while (k >= 0 && s[k]?.text !== ',') k--;
  if (k < 0) return BOUNDARY;
  const between = runs.find((r) => r.first === k + 1 && r.last === j - 1);
  if (between) return name(between);
  if (!opensAppositive(s[k + 1])) return BOUNDARY;
  const before = runs.find((r) => r.last === k - 1);
  if (before) return name(before);
  return (s[k - 1]?.type === 'word' ? descriptionBefore(s, k - 1) : null) ?? BOUNDARY;
}

/** "a spokesperson for X said": a name after these is not the verb's subject ("of" is: "the leader of Y X"). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'with', 'from', 'by', 'about', 'on', 'at', 'in', 'against']);

/** Forms of "be" that make the cue passive: the subject was told, the speaker follows "by". */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** "X was told by Y": the agent follows the verb within a few words. */
const AGENT_REACH = 4;

/** "… was described as “…” by Y": Y speaks; with no "by", nobody we can name does. */
function agentOf(s: readonly Token[], runs: readonly NameRun[], v: number): SpeakerRef {
  for (let k = v + 1; k < Math.min(s.length, v + 2 + AGENT_REACH); k++) {
    if (s[k]?.lower !== 'by') continue;
    const agent = rightSubject(s, runs, k + 1);
    return agent.kind === 'opaque' ? AGENTLESS : agent;
  }
  return AGENTLESS;
}

/** The speaker before the cue verb at `v`, BOUNDARY when nothing precedes it in its clause. */
function leftSubject(s: readonly Token[], runs: readonly NameRun[], v: number): Left {
  let j = v - 1 - chainBefore(s, v);
  let passive = false;
  for (; j >= 0 && (isWordIn(s[j], CUE_FILLERS) || isAdverb(s[j] as Token)); j--) {
    if (isWordIn(s[j], PASSIVE_AUXILIARIES)) passive = true;
  }
  if (passive) return agentOf(s, runs, v);
  const t = s[j];
  if (!t || t.type === 'quote') return BOUNDARY;
  const beforeComma = t.text === ',' && j < v - 1 ? runs.find((r) => r.last === j - 1) : undefined;
  if (beforeComma) return name(beforeComma);
  if (t.type === 'punct') return t.text === ',' ? appositiveSubject(s, runs, j) : BOUNDARY;
  if (PERSONAL_PRONOUNS.has(t.lower)) return { kind: 'pronoun', word: t.lower };
  if (VERB_CONJUNCTIONS.has(t.lower)) return ELIDED;
  if (OPAQUE_PRONOUNS.has(t.lower)) return OPAQUE;
  if (t.lower === 'who') {
    const antecedent = s[j - 1]?.text === ',' ? runs.find((r) => r.last === j - 2) : undefined;
    return antecedent ? name(antecedent) : OPAQUE;
  }
  const run = runs.find((r) => r.last === j);
  if (run && (isWordIn(s[run.first - 1], OBJECT_PREPOSITIONS) || isWordIn(s[run.first - 1], OBJECT_CLAUSE_WORDS))) return OPAQUE;
  if (run) return name(run, isWordIn(s[run.first - 1], TITLE_WORDS));
  return descriptionBefore(s, j) ?? OPAQUE;
}

/** The speaker after an inverted cue: "said X", "said President X", "said the president", "said he". */
function rightSubject(s: readonly Token[], runs: readonly NameRun[], i: number): SpeakerRef {
  for (let k = i; k < Math.min(s.length, i + TITLE_GAP_MAX_WORDS + 1); k++) {
    const run = runs.find((r) => r.first === k);
    if (run && !isTitleRun(s, run)) return name(run, k > i);
    const t = s[k] as Token;
    const abbreviated = t.text === '.' && isWordIn(s[k - 1], ABBREVIATIONS); // "said Dr. X"
    if (!abbreviated && (t.type !== 'word' || FUNCTION_WORDS.has(t.lower))) break;
  }
  const t = s[i];
  if (t && isWordIn(t, PERSONAL_PRONOUNS)) return { kind: 'pronoun', word: t.lower };
  if (isWordIn(t, DEFINITE)) return descriptionAfter(s, runs, i + 1) ?? OPAQUE;
  return OPAQUE;
}

/**
 * "X …, saying": a participle reports the speech of the sentence's subject, its first person named
 * (not after a preposition), or a pronoun that opens it; null when the sentence names nobody (the
 * quote's own speaker then carries on: "“…,” later adding").
 */
function sentenceSubject(s: readonly Token[], runs: readonly NameRun[], v: number): SpeakerRef | null {
  const run = runs.find((r) => r.last < v && !isTitleRun(s, r) && !isWordIn(s[r.first - 1], OBJECT_PREPOSITIONS));
  if (run) return name(run);
  const first = s.find((t) => t.type === 'word');
  return first && isWordIn(first, PERSONAL_PRONOUNS) ? { kind: 'pronoun', word: first.lower } : null;
}

/** The person a colon cue names opens its sentence, a title or two before the name at most (`Mr Roe was blunt:`);
 *  a name further in is an object or a caption's subject (`Fans of the show Jane Roe on her fame: “…”`). */
const COLON_SUBJECT_START = 2;

/**
 * A colon that hands over to a quote, right after it or in the next paragraph (`Roe was blunt: “…”`, `He put it
 * plainly:`), is a cue of its own in a sentence with no speech verb: the sentence's subject speaks, a person named
 * at its start, else the first `he` or `she` of the sentence (`The skipper … when he spoke to us:`).
 */
function colonCue(s: readonly Token[], runs: readonly NameRun[]): Cue | null {
  const c = s.findIndex((t, k) => t.text === ':' && (s[k + 1] === undefined || s[k + 1]!.type === 'quote'));
  if (c < 0) return null;
  const run = runs.find((r) => r.first <= COLON_SUBJECT_START && r.last < c && !isTitleRun(s, r));
  if (run) return { at: c, ref: name(run), weak: true };
  const pronoun = s.slice(0, c).find((t) => isWordIn(t, PERSONAL_PRONOUNS));
  return pronoun ? { at: c, ref: { kind: 'pronoun', word: pronoun.lower }, weak: true } : null;
}

/** Every speech cue in a sentence (quotes folded into tokens) with the speaker it names. */
export function findCues(s: readonly Token[], runs: readonly NameRun[]): Cue[] {
  const cues = findVerbCues(s, runs);
  const colon = cues.length ? null : colonCue(s, runs);
  return colon ? [colon] : cues;
}

function findVerbCues(s: readonly Token[], runs: readonly NameRun[]): Cue[] {
  const cues: Cue[] = [];
  s.forEach((_, v) => {
    const cue = cueAt(s, v);
    if (!cue) return;
    if (PARTICIPLE_CUES.has(cue.verb)) {
      // "…, adding the new rule" reports no words; "…, adding: “…”" does. Only a sentence with a quote counts.
      if (!s.some((t) => t.type === 'quote')) return;
      const ref = sentenceSubject(s, runs, v);
      if (ref) cues.push({ at: v, ref });
      return;
    }
    const left = cue.verb === 'according' ? BOUNDARY : leftSubject(s, runs, v);
    const ref = left === BOUNDARY ? rightSubject(s, runs, cue.next) : left ?? OPAQUE;
    cues.push({ at: v, ref });
    const partner = ref.kind === 'name' && left !== BOUNDARY ? coordinated(s, runs, ref.words) : null;
    if (partner) cues.push({ at: v, ref: name(partner) });
  });
  return cues;
}

/** Lower-case words that may describe the second of two subjects ("X and her colleague Y said"). */
const COORDINATED_GAP_MAX_WORDS = 3;

/** "X and (her colleague) Y said": the first person of a pair of subjects speaks too. */
function coordinated(s: readonly Token[], runs: readonly NameRun[], words: readonly string[]): NameRun | null {
  const second = runs.find((r) => r.words.join(' ') === words.join(' '));
  if (!second) return null;
  let k = second.first - 1;
  while (k > 0 && second.first - 1 - k < COORDINATED_GAP_MAX_WORDS && s[k]?.type === 'word' && !isCapitalised(s[k] as Token) && s[k]?.lower !== 'and') k--;
  if (s[k]?.lower !== 'and') return null;
  return runs.find((r) => r.last === k - 1 && !isTitleRun(s, r)) ?? null;
}
