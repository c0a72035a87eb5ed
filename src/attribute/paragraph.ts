// One paragraph: its direct quotes, its speech cues, and who each quote belongs to.
import type { AttributionConventions } from '../conventions/attribution.ts';
import type { Recency } from './context.ts';
import { type Cue, type SpeakerRef, findCues } from './cues.ts';
import { type NameRun, findNameRuns } from './names.ts';
import type { People } from './people.ts';
import { type QuoteSpan, findQuoteSpans, frameSentences, isSpeech } from './quotes.ts';
import type { Token, Vocabulary } from './tokens.ts';

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
}

export interface ParagraphFinding {
  quotes: QuoteFinding[];
  /**
   * Speakers named by cues, with the text offset of the cue, in reading order; `introduces`: the paragraph
   * introduces a quote that opens the next one ("…, before asking:").
   */
  cues: { at: number; speaker: string; introduces?: boolean }[];
}

interface ResolvedCue {
  at: number;
  speaker: string | null;
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

/** Each quote of the sentence goes to its nearest cue; a cue after the quote wins a tie ("“…,” X said"). */
function assignQuotes(sentence: readonly Token[], cues: readonly ResolvedCue[], quotes: QuoteFinding[], running: string | null): void {
  sentence.forEach((t, i) => {
    const q = t.type === 'quote' ? quotes[t.quote] : undefined;
    if (!q) return;
    const nearest = [...cues].sort((a, b) => Math.abs(a.at - i) - Math.abs(b.at - i) || b.at - a.at)[0];
    if (nearest) {
      q.speaker = nearest.speaker;
      q.blocked = nearest.speaker === null;
    } else if (running && q.speech) {
      q.speaker = running;
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

function analyzeSentence(sentence: readonly Token[], env: Env, found: ParagraphFinding, running: string | null): string | null {
  const runs = personRuns(sentence, env);
  const cues: ResolvedCue[] = findCues(sentence, runs).map((c: Cue) => ({
    at: c.at,
    speaker: sameSentenceReferent(c.ref, c.at, runs, env) ?? resolveRef(c.ref, env) ?? paragraphReferent(c.ref, sentence, env),
  }));
  for (const c of cues) {
    if (!c.speaker) continue;
    found.cues.push({ at: (sentence[c.at] as Token).start, speaker: c.speaker });
    env.ctx.note(c.speaker, 'speaker');
    running = c.speaker;
  }
  assignQuotes(sentence, cues, found.quotes, env.guess ? running : null);
  noteMentions(runs, env, cues.some((c) => c.speaker));
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
  };
  env.ctx.nextParagraph();
  let running: string | null = null;
  for (const sentence of sentences) running = analyzeSentence(sentence, env, found, running);
  fillFromLaterQuote(found, env.guess);
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
  let later: string | null = null;
  for (let i = found.quotes.length - 1; i >= 0; i--) {
    const q = found.quotes[i] as QuoteFinding;
    if (q.speaker) later = q.speaker;
    else if (!q.blocked && q.speech && later) q.speaker = later;
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

/**
 * A single mark opening a capitalised word ("said 'After three years …'"): a straight or single-quoted passage that
 * the quote finder leaves alone (it cannot tell those marks from apostrophes) but that still quotes somebody.
 */
const SINGLE_QUOTE_OPENING_RE = /(?:^|[\s(:,—–])['‘]\p{Lu}/u;

/**
 * The finding without reported speech: a cue counts only when the paragraph quotes somebody directly and the quote
 * is the cue speaker's or nobody's (a fragment after a passive: "said the rise is explained by “…”"), or when the
 * paragraph introduces the next one's quote. "X said the plan was late" mentions X, it does not quote X.
 */
export function directSpeech(found: ParagraphFinding, text: string, reportedSpeaks: boolean): ParagraphFinding {
  if (reportedSpeaks) return found;
  const unowned = found.quotes.some((q) => !q.speaker) || SINGLE_QUOTE_OPENING_RE.test(text);
  const quoted = new Set(found.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
  // Two subjects of one verb ("X and Y said: “…”") share its quote.
  const quotedAt = new Set(found.cues.filter((c) => quoted.has(c.speaker)).map((c) => c.at));
  return { ...found, cues: found.cues.filter((c) => c.introduces || unowned || quoted.has(c.speaker) || quotedAt.has(c.at)) };
}
