// The people of a document: every personal name it prints, grouped by person, with the titles printed
// around them. Resolves a surname, a misspelling or a description to the fullest form of the name.
import { type NameRun, findNameRuns, titlesAround } from './names.ts';
import { fold, namesMatch, wordsMatch } from './similarity.ts';
import { type Token, type Vocabulary, isCapitalised, tokenize } from './tokens.ts';
import { FEMALE_WORDS, MALE_WORDS, MODIFIED_NOUNS, NATIONALITIES, ORG_NOUNS, ORG_WORDS, PAST_QUALIFIERS } from './words.ts';

interface Person {
  name: string;
  words: string[];
  count: number;
  titles: string[][];
}

export interface People {
  /** The person a run of name words refers to, as the fullest form of the name; null when unknown. */
  resolve(words: readonly string[], recent?: readonly string[]): string | null;
  /** The person a description refers to ("the Freeland president" → head "president", modifiers ["freeland"]). */
  describe(head: string, modifiers: readonly string[], recent: readonly string[]): string | null;
  /** The personal part of a name run, or null when the run names an organisation or place. */
  personIn(tokens: readonly Token[], run: NameRun): NameRun | null;
  /** 'f' or 'm' when the person's printed titles tell ("mother of two"), else null. */
  genderOf(name: string): 'f' | 'm' | null;
  /** Everybody named with two words or more, most often named first. */
  names(): string[];
  /** Is this word a common word of the document or the word list (a section label like `SUMMARY`, not a name)? */
  isCommonWord(word: string): boolean;
  /** How the document prints a name word it has seen ("DELUCA" → "DeLuca"); null when never printed. */
  printed(word: string): string | null;
}

interface Occurrence {
  words: string[];
  titles: string[][];
}

/** Is the run followed by an organisation noun ("X Party", "the X party")? */
function namesOrganisation(tokens: readonly Token[], run: NameRun): boolean {
  const next = tokens[run.last + 1];
  if (!next || next.type !== 'word' || tokens[run.last]?.possessive) return false;
  return isCapitalised(next) ? ORG_WORDS.has(next.lower) : ORG_NOUNS.has(next.lower) || MODIFIED_NOUNS.has(next.lower);
}

/**
 * Capitalised words printed right before an organisation noun ("the X party"): organisation names wherever
 * they appear. Not a surname, though: "the Roe administration" leaves Ada Roe a person.
 */
function organisationWords(all: readonly Token[][], vocab: Vocabulary): Set<string> {
  const org = new Set<string>();
  const surnames = new Set<string>();
  const orgEnds = new Set<string>();
  for (const tokens of all) {
    for (const run of findNameRuns(tokens, vocab)) {
      const isOrg = namesOrganisation(tokens, run);
      const last = (run.words.at(-1) ?? '').toLowerCase();
      if (isOrg) for (const w of run.words) org.add(w.toLowerCase());
      if (run.words.length > 1) (isOrg ? orgEnds : surnames).add(last);
    }
  }
  for (const w of surnames) if (!orgEnds.has(w)) org.delete(w);
  return org;
}

/** Articles before a capitalised run without a title make it a thing ("the United Kingdom"), not a person. */
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

function makePersonIn(org: ReadonlySet<string>): People['personIn'] {
  return (tokens, run) => {
    let first = run.first;
    const skip = (t: Token) => org.has(t.lower) || NATIONALITIES.has(t.lower);
    while (first < run.last && skip(tokens[first] as Token)) first++;
    if (first === run.last && NATIONALITIES.has((tokens[first] as Token).lower)) return null;
    const words = tokens.slice(first, run.last + 1).map((t) => t.text);
    if (words.every((w) => org.has(w.toLowerCase())) || namesOrganisation(tokens, run)) return null;
    const prev = tokens[first - 1];
    if (first === run.first && prev && ARTICLES.has(prev.lower)) return null;
    return { first, last: run.last, words };
  };
}

function collectOccurrences(all: readonly Token[][], vocab: Vocabulary, personIn: People['personIn']): Occurrence[] {
  const out: Occurrence[] = [];
  for (const tokens of all) {
    for (const run of findNameRuns(tokens, vocab)) {
      const p = personIn(tokens, run);
      if (p) out.push({ words: p.words, titles: titlesAround(tokens, p.first, p.last) });
    }
  }
  return out;
}

/** Group multi-word forms by person; the longest (then most frequent, then first) form names the person. */
function groupPeople(occurrences: readonly Occurrence[]): Person[] {
  const forms = new Map<string, { words: string[]; count: number; order: number }>();
  occurrences.forEach((o, order) => {
    if (o.words.length < 2) return;
    const key = o.words.join(' ');
    const f = forms.get(key) ?? { words: o.words, count: 0, order };
    f.count++;
    forms.set(key, f);
  });
  const sorted = [...forms.values()].sort((a, b) => b.words.length - a.words.length || b.count - a.count || a.order - b.order);
  const people: Person[] = [];
  for (const f of sorted) {
    const same = people.find((p) => wordsMatch(f.words, p.words));
    if (same) same.count += f.count;
    else people.push({ name: f.words.join(' '), words: f.words, count: f.count, titles: [] });
  }
  return people;
}

function pick(candidates: Person[], recent: readonly string[]): Person | null {
  const byRecency = (p: Person) => recent.lastIndexOf(p.name);
  const seen = candidates.filter((p) => byRecency(p) >= 0).sort((a, b) => byRecency(b) - byRecency(a));
  if (seen[0]) return seen[0];
  return [...candidates].sort((a, b) => b.count - a.count)[0] ?? null;
}

/** People by folded surname, for exact lookups without comparing a mention with everybody. */
type Surnames = ReadonlyMap<string, Person[]>;

function indexSurnames(people: readonly Person[]): Surnames {
  const index = new Map<string, Person[]>();
  for (const p of people) {
    const key = fold(p.words.at(-1) ?? '');
    index.set(key, [...(index.get(key) ?? []), p]);
  }
  return index;
}

/** Surname first (exactly, then fuzzily); a lone word that is nobody's surname may be a given name ("Tom"). */
function candidatesFor(people: Person[], surnames: Surnames, words: readonly string[]): Person[] {
  const sameSurname = surnames.get(fold(words.at(-1) ?? '')) ?? [];
  const exact = sameSurname.filter((p) => wordsMatch(words, p.words, false));
  if (exact.length > 0) return exact;
  const fuzzy = people.filter((p) => wordsMatch(words, p.words));
  if (fuzzy.length > 0 || words.length > 1) return fuzzy;
  return people.filter((p) => namesMatch(words[0] ?? '', p.words[0] ?? '', false));
}

/** The candidates of each mention, computed once per document: names repeat far more than people. */
function makeFinder(people: Person[]): (words: readonly string[], recent: readonly string[]) => Person | null {
  const surnames = indexSurnames(people);
  const cache = new Map<string, Person[]>();
  return (words, recent) => {
    const key = words.join(' ');
    let found = cache.get(key);
    if (!found) cache.set(key, (found = candidatesFor(people, surnames, words)));
    return pick(found, recent);
  };
}

/** Who a printed title belongs to: only an unambiguous name passes its titles on ("Johnson" of three Johnsons does not). */
function ownerOf(surnames: Surnames, words: readonly string[]): Person | undefined {
  const owners = (surnames.get(fold(words.at(-1) ?? '')) ?? []).filter((p) => wordsMatch(words, p.words, false));
  return owners.length === 1 ? owners[0] : undefined;
}

function genderOf(p: Person | undefined): 'f' | 'm' | null {
  const words = p?.titles.flat() ?? [];
  const f = words.filter((w) => FEMALE_WORDS.has(w)).length;
  const m = words.filter((w) => MALE_WORDS.has(w)).length;
  return f > m ? 'f' : m > f ? 'm' : null;
}

const fits = (word: string, modifier: string): boolean => word === modifier || word.startsWith(modifier) || namesMatch(word, modifier);

/**
 * How well a person's printed titles fit a description; 0 when they do not. A modifier that some title
 * in the document prints ("prime", "foreign") must fit; others ("veteran") only add weight.
 */
function titleScore(p: Person, head: string, modifiers: readonly string[], printed: ReadonlySet<string>): number {
  const wantPast = modifiers.some((m) => PAST_QUALIFIERS.has(m));
  const hard = modifiers.filter((m) => !PAST_QUALIFIERS.has(m) && [...printed].some((w) => fits(w, m)));
  let score = 0;
  for (const t of p.titles) {
    if (!t.includes(head) || t.some((w) => PAST_QUALIFIERS.has(w)) !== wantPast) continue;
    if (!hard.every((m) => t.some((w) => fits(w, m)))) continue;
    score += 1 + modifiers.filter((m) => t.some((w) => fits(w, m))).length;
  }
  return score;
}

function describeWith(people: Person[], head: string, modifiers: readonly string[], recent: readonly string[]): string | null {
  const printed = new Set(people.flatMap((p) => p.titles.flat()));
  const scored = people.map((p) => ({ p, s: titleScore(p, head, modifiers, printed) })).filter((x) => x.s > 0);
  const seen = pick(scored.map((x) => x.p).filter((p) => recent.includes(p.name)), recent);
  if (seen) return seen.name;
  scored.sort((a, b) => b.s - a.s);
  const [best, second] = scored;
  return best && (!second || best.s > second.s) ? best.p.name : null;
}

/** The first printed form of every name word, by folded form (memoised per occurrence list). */
const printedCache = new WeakMap<readonly Occurrence[], Map<string, string>>();
function printedForms(occurrences: readonly Occurrence[]): Map<string, string> {
  let forms = printedCache.get(occurrences);
  if (forms) return forms;
  forms = new Map();
  for (const o of occurrences) for (const w of o.words) if (w !== w.toUpperCase() && !forms.has(fold(w))) forms.set(fold(w), w);
  printedCache.set(occurrences, forms);
  return forms;
}

/** Build the people index from every text of the document plus names known from elsewhere (bylines). */
export function buildPeople(texts: readonly string[], knownNames: readonly string[], vocab: Vocabulary): People {
  const all = texts.map((t) => tokenize(t));
  const personIn = makePersonIn(organisationWords(all, vocab));
  const occurrences = collectOccurrences(all, vocab, personIn);
  for (const name of knownNames) occurrences.push({ words: name.split(/\s+/), titles: [] });
  const people = groupPeople(occurrences);
  const surnames = indexSurnames(people);
  for (const o of occurrences) ownerOf(surnames, o.words)?.titles.push(...o.titles);
  const find = makeFinder(people);
  return {
    resolve: (words, recent = []) => find(words, recent)?.name ?? null,
    describe: (head, modifiers, recent) => describeWith(people, head, modifiers, recent),
    personIn,
    genderOf: (name) => genderOf(people.find((p) => p.name === name)),
    names: () => [...people].sort((a, b) => b.count - a.count).map((p) => p.name),
    isCommonWord: (word) => vocab.isCommon(word),
    printed: (word) => printedForms(occurrences).get(fold(word)) ?? null,
  };
}
