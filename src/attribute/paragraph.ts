// One paragraph: its direct quotes, its speech cues, and who each quote belongs to.
import type { AttributionConventions } from '../conventions/attribution.ts';
import type { Recency } from './context.ts';
import { type SpeakerRef, findCues } from './cues.ts';
import { type Extent, cueExtent } from './extent.ts';
import { nestedQuotes } from './nested.ts';
import { type NameRun, findNameRuns } from './names.ts';
import type { People } from './people.ts';
import { type QuoteSpan, findQuoteSpans, frameSentences, isSpeech } from './quotes.ts';
import type { Token, Vocabulary } from './tokens.ts';

const printed = (text: string, e: Extent): string => text.slice(e.start, e.end);

export interface Env {
  people: People;
  vocab: Vocabulary;
  conv: AttributionConventions;
  ctx: Recency;
  /**
   * News reporting: resolve "he said" and unmatched descriptions to the running speaker, and give a
   * quote without a cue to the speaker of the sentence before it.
   */
  guess: boolean;
}

export interface QuoteFinding {
  span: QuoteSpan;
  speaker: string | null;
  /** Its nearest cue names somebody attribution must not guess ("you told me", "an adviser said"). */
  blocked: boolean;
  /** The paragraph opens with this quote (or the quote began in the paragraph before). */
  atStart: boolean;
  speech: boolean;
  /** The attribution words that gave the quote its speaker, where the paragraph prints them ("said Roe"). */
  cue?: string;
  /** A cue of the quote's own sentence names its speaker: even a fragment ("described it as “very nice”") is theirs. */
  cued?: boolean;
  /** Other subjects of the same cue verb ("X and Y said: “…”"): the quote is theirs too. */
  alsoBy?: { speaker: string; cue: string }[];
}

export interface ParagraphFinding {
  quotes: QuoteFinding[];
  /**
   * Speakers named by cues, with the text offset of the cue, in reading order; `introduces`: the paragraph
   * introduces a quote that opens the next one ("…, before asking:").
   */
  cues: { at: number; speaker: string; introduces?: boolean; weak?: boolean }[];
  /** Quotes inside a quote that a cue inside the outer one gives to somebody else (see nested.ts). */
  nested: QuoteFinding[];
}

interface ResolvedCue {
  at: number;
  speaker: string | null;
  /** The cue's words as printed ("said Roe"). */
  words: string;
  /** A passive with no agent ("is explained by “…”"): a named cue of the same sentence speaks for its quote. */
  agentless: boolean;
  /** A colon cue (see `Cue.weak`). */
  weak: boolean;
}

/** The speaker a quote without a cue of its own goes on with, and the cue that named them. */
interface Running {
  speaker: string;
  cue: string;
}

function resolveRef(ref: SpeakerRef, env: Env): string | null {
  const { people, ctx } = env;
  switch (ref.kind) {
    case 'name': {
      const found = people.resolve(ref.words, ctx.order);
      return found ?? (ref.words.length > 1 || ref.titled ? ref.words.join(' ') : null);
    }
    case 'pronoun': {
      const excluded = ref.word === 'she' ? 'm' : 'f';
      return env.guess ? ctx.pronounCandidates().find((n) => people.genderOf(n) !== excluded) ?? null : null;
    }
    case 'description':
      // Only a description that fits somebody's printed title names them ("the minister" of one minister).
      return people.describe(ref.head, ref.modifiers, ctx.order);
    default:
      return null;
  }
}

function personRuns(sentence: readonly Token[], env: Env): NameRun[] {
  return findNameRuns(sentence, env.vocab)
    .map((r) => env.people.personIn(sentence, r))
    .filter((r): r is NameRun => r !== null);
}

/**
 * Each quote of the sentence goes to its nearest cue; a cue after the quote wins a tie ("“…,” X said"). An agentless
 * passive gives way to a named cue ("X said the name is explained by “…”": X's words).
 */
function assignQuotes(sentence: readonly Token[], cues: readonly ResolvedCue[], quotes: QuoteFinding[], running: Running | null): void {
  const named = cues.some((c) => c.speaker);
  const pool = cues.filter((c) => !(c.agentless && named));
  sentence.forEach((t, i) => {
    const q = t.type === 'quote' ? quotes[t.quote] : undefined;
    if (!q) return;
    const nearest = [...pool].sort((a, b) => Math.abs(a.at - i) - Math.abs(b.at - i) || b.at - a.at)[0];
    if (nearest) {
      q.speaker = nearest.speaker;
      q.blocked = nearest.speaker === null;
      // A fragment ("described it as “very nice”") is the speaker's when their cue comes before it: the verb's object.
      q.cued = nearest.speaker !== null && (q.speech || nearest.at < i);
      if (q.cued) q.cue = nearest.words;
      const partners = pool.filter((c) => c !== nearest && c.at === nearest.at && c.speaker && c.speaker !== nearest.speaker);
      if (q.cued && partners.length > 0) q.alsoBy = partners.map((c) => ({ speaker: c.speaker as string, cue: c.words }));
    } else if (running && q.speech) {
      q.speaker = running.speaker;
      q.cue = running.cue;
    }
  });
}

/** Note who the sentence names; without a speaker of its own, its first person is likely its subject. */
function noteMentions(runs: readonly NameRun[], env: Env, hasSpeaker: boolean): void {
  let first = !hasSpeaker;
  for (const r of runs) {
    const name = env.people.resolve(r.words, env.ctx.order);
    if (!name) continue;
    env.ctx.note(name, first ? 'subject' : 'mention');
    first = false;
  }
}

/**
 * "He spoke with X, who …: “…” she asked": a pronoun goes to the nearest person named before it in
 * the same sentence whose printed titles give the pronoun's gender ("Mrs X"); null when none does.
 */
function sameSentenceReferent(ref: SpeakerRef, at: number, runs: readonly NameRun[], env: Env): string | null {
  if (ref.kind !== 'pronoun' || !env.guess) return null;
  const gender = ref.word === 'she' ? 'f' : 'm';
  const names = runs.filter((r) => r.last < at).map((r) => env.people.resolve(r.words, env.ctx.order));
  return names.reverse().find((n): n is string => n !== null && env.people.genderOf(n) === gender) ?? null;
}

/**
 * Without guessing (an interview, a column): "A man called X ran the office. On my first day he told me, “…”": a
 * pronoun cue of a sentence that quotes goes to the one person the paragraph has named so far, if its gender fits.
 */
function paragraphReferent(ref: SpeakerRef, sentence: readonly Token[], env: Env): string | null {
  if (ref.kind !== 'pronoun' || env.guess || !sentence.some((t) => t.type === 'quote')) return null;
  const named = env.ctx.inParagraph();
  const excluded = ref.word === 'she' ? 'm' : 'f';
  return named.length === 1 && env.people.genderOf(named[0] as string) !== excluded ? (named[0] as string) : null;
}

/** The sentence's cues with their speakers; an elided subject is the speaker of the cue before it in the sentence. */
function resolveCues(sentence: readonly Token[], text: string, runs: readonly NameRun[], env: Env): ResolvedCue[] {
  const out: ResolvedCue[] = [];
  for (const c of findCues(sentence, runs)) {
    const speaker = c.ref.kind === 'elided'
      ? out.at(-1)?.speaker ?? null
      : sameSentenceReferent(c.ref, c.at, runs, env) ?? resolveRef(c.ref, env) ?? paragraphReferent(c.ref, sentence, env);
    out.push({ at: c.at, speaker, words: printed(text, cueExtent(sentence, c, runs)), agentless: c.ref.kind === 'opaque' && c.ref.agentless === true, weak: c.weak === true });
  }
  return out;
}

function analyzeSentence(sentence: readonly Token[], text: string, env: Env, found: ParagraphFinding, running: Running | null): Running | null {
  const runs = personRuns(sentence, env);
  const cues = resolveCues(sentence, text, runs, env);
  for (const c of cues) {
    if (!c.speaker) continue;
    found.cues.push({ at: (sentence[c.at] as Token).start, speaker: c.speaker, ...(c.weak ? { weak: true } : {}) });
    if (!c.weak) env.ctx.note(c.speaker, 'speaker'); // a colon alone does not make its subject the running speaker
    running = { speaker: c.speaker, cue: c.words };
  }
  assignQuotes(sentence, cues, found.quotes, env.guess ? running : null);
  noteMentions(runs, env, cues.some((c) => c.speaker && !c.weak));
  return running;
}

/**
 * Quotes and cues of one paragraph; updates the article's recency as it reads. `continues`: the
 * paragraph before ended inside a quote, so a closing mark without an opening one ends that quote.
 */
export function analyzeParagraph(text: string, env: Env, continues = false): ParagraphFinding {
  const spans = findQuoteSpans(text, continues);
  const sentences = frameSentences(text, spans);
  const firstToken = sentences[0]?.[0];
  const found: ParagraphFinding = {
    quotes: spans.map((span, i) => ({
      span, speaker: null, blocked: false, speech: isSpeech(span),
      atStart: i === 0 && firstToken?.type === 'quote',
    })),
    cues: [],
    nested: [],
  };
  env.ctx.nextParagraph();
  let running: Running | null = null;
  for (const sentence of sentences) running = analyzeSentence(sentence, text, env, found, running);
  fillFromLaterQuote(found, env.guess);
  found.nested = found.quotes.filter((q) => q.speaker && q.speech).flatMap((q) => nestedQuotes(text, q, env));
  return found;
}

/** Findings for the paragraphs that `speaks` selects (null for the others), in reading order. */
export function analyzeParagraphs<P extends { text: string }>(paragraphs: readonly P[], env: Env, speaks: (p: P, i: number) => boolean): (ParagraphFinding | null)[] {
  let open = false;
  return paragraphs.map((p, i) => {
    if (!speaks(p, i)) return null;
    const found = analyzeParagraph(p.text, env, open);
    open = found.quotes.at(-1)?.span.openEnd ?? false;
    return found;
  });
}

/** News: a cue-less quote before an attributed one in the same paragraph is the same speaker's. */
function fillFromLaterQuote(found: ParagraphFinding, guess: boolean): void {
  if (!guess) return;
  let later: QuoteFinding | null = null;
  for (let i = found.quotes.length - 1; i >= 0; i--) {
    const q = found.quotes[i] as QuoteFinding;
    if (q.speaker) later = q;
    else if (!q.blocked && q.speech && later) {
      q.speaker = later.speaker;
      if (later.cue) q.cue = later.cue;
    }
  }
}

/** The last speaker of a paragraph in reading order, from its cues and its attributed quotes. */
export function lastSpeaker(found: ParagraphFinding): string | null {
  const events = [
    ...found.cues,
    ...found.quotes.filter((q) => q.speaker).map((q) => ({ at: q.span.start, speaker: q.speaker as string })),
  ];
  return events.sort((a, b) => a.at - b.at).at(-1)?.speaker ?? null;
}
