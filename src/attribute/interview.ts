// Interviews: questions are the interviewer's, answers the interviewee's, whoever else they quote.
import type { ArticleDraft, Attribution, ParagraphDraft, SpeakerRole } from '../domain/types.ts';
import { findNameRuns } from './names.ts';
import { analyzeParagraphs } from './paragraph.ts';
import { empty, toAttribution, turnAttribution } from './roles.ts';
import { SPEECH_KINDS } from './news.ts';
import { tokenize } from './tokens.ts';
import {
  type Base, Ballot, bioName, bylineNames, captionName, cueSpeakers, isPublisherNote, namesIn, newEnv,
} from './voices.ts';

/** A cue or a strong layout position (caption, bio) is better evidence for the interviewee than a mere mention. */
const STRONG_VOTE = 2;
const WEAK_VOTE = 1;
/** "He spoke to X's Y": the interviewer's name follows the verb within a few words. */
const SPOKE_TO_REACH = 4;

/** Paragraphs that introduce the interview: standfirst, and any text before the first question. */
function introParagraphs(a: ArticleDraft): ParagraphDraft[] {
  const firstQuestion = a.paragraphs.findIndex((p) => p.kind === 'question');
  return a.paragraphs.filter((p, i) => p.kind === 'standfirst' || (p.kind === 'body' && i < firstQuestion));
}

/** "He spoke to NEWSROOM's Jane Roe": the interviewer when the byline names nobody. */
function spokeTo(text: string, base: Base): string | null {
  const tokens = tokenize(text);
  const verb = tokens.findIndex((t, i) => /^(spoke|talked|speaking|talking)$/.test(t.lower) && /^(to|with)$/.test(tokens[i + 1]?.lower ?? ''));
  if (verb < 0) return null;
  const run = findNameRuns(tokens, base.vocab).find((r) => r.first > verb + 1 && r.first <= verb + 1 + SPOKE_TO_REACH && r.words.length > 1);
  return run ? base.people.resolve(run.words) ?? run.words.join(' ') : null;
}

export function findInterviewers(a: ArticleDraft, base: Base): string[] {
  const byline = bylineNames(a, base);
  if (byline.length > 0) return byline;
  const presenting = [...introParagraphs(a), ...a.paragraphs.filter((p) => p.kind === 'bio')];
  const found = presenting.map((p) => spokeTo(p.text, base)).find((n) => n);
  return found ? [found] : [];
}

/** The person the caption, bio, standfirst and title present, other than the interviewer. */
export function findInterviewee(a: ArticleDraft, base: Base, interviewers: readonly string[]): string | null {
  const ballot = new Ballot(new Set(interviewers));
  for (const p of a.paragraphs) {
    if (p.kind === 'caption') ballot.add(captionName(p, base), STRONG_VOTE);
    if (p.kind === 'bio') ballot.add(bioName(p, base), STRONG_VOTE);
  }
  for (const p of introParagraphs(a)) {
    for (const n of cueSpeakers(p, base)) ballot.add(n, STRONG_VOTE);
    for (const n of namesIn(p.text, base)) ballot.add(n, WEAK_VOTE);
  }
  const [prefix, rest] = a.title.split(':');
  if (rest !== undefined) for (const n of namesIn(prefix ?? '', base)) ballot.add(n, WEAK_VOTE);
  return ballot.winner();
}

type Part = 'interviewer' | 'interviewee' | 'intro';

/** An unmarked paragraph that asks the other person something ("… What is your take?") is a question. */
const asksYou = (text: string): boolean => /\?\W*$/.test(text) && /\byou(r|rs)?\b/i.test(text);

function partOf(p: ParagraphDraft, i: number, firstQuestion: number): Part {
  if (p.kind === 'question' || (p.kind === 'body' && asksYou(p.text))) return 'interviewer';
  if (p.kind === 'answer') return 'interviewee';
  return p.kind === 'body' && (firstQuestion < 0 || i > firstQuestion) ? 'interviewee' : 'intro';
}

export function attributeInterview(a: ArticleDraft, base: Base): Attribution[] {
  const interviewers = findInterviewers(a, base);
  const interviewee = findInterviewee(a, base, interviewers);
  const roleOf = (n: string): SpeakerRole => (n === interviewee ? 'interviewee' : interviewers.includes(n) ? 'interviewer' : 'quoted');
  const firstQuestion = a.paragraphs.findIndex((p) => p.kind === 'question');
  const findings = analyzeParagraphs(a.paragraphs, newEnv(base, false), (p) => SPEECH_KINDS.has(p.kind) && p.kind !== 'turn');
  return a.paragraphs.map((p, i) => {
    if (p.kind === 'turn') return turnAttribution(p, base.people, roleOf);
    const found = findings[i];
    if (!found || (interviewee && isPublisherNote(p.text, [interviewee], base))) return empty();
    const part = partOf(p, i, firstQuestion);
    if (part === 'interviewer') return toAttribution(interviewers.map((name) => ({ name, role: 'interviewer' as const })), found, roleOf);
    if (part === 'intro') return toAttribution([], found, roleOf);
    const voices = interviewee ? [{ name: interviewee, role: 'interviewee' as const }] : [];
    return toAttribution(voices, found, roleOf, new Set(interviewers));
  });
}
