// Interviews: questions are the interviewer's, answers the interviewee's, whoever else they quote.
// Labels ("Q", "JR", "ROE") name the speaker of their paragraph.
import type { ArticleDraft, Attribution, ParagraphDraft, SpeakerRole } from '../domain/types.ts';
import { findNameRuns } from './names.ts';
import { analyzeParagraphs, type ParagraphFinding } from './paragraph.ts';
import { resolveLabel } from './labels.ts';
import { type Voice, empty, toAttribution } from './roles.ts';
import { SPEECH_KINDS } from './news.ts';
import { tokenize } from './tokens.ts';
import {
  type Base, Ballot, bioName, bylineNames, captionName, cueSpeakers, isPublisherNote, namesIn, newEnv, introSubject,
} from './voices.ts';
import { titleVotes } from './title.ts';
import { carryOpenQuotes, findBlockQuotes } from './continued.ts';
import { looksLikeHeading } from './transcript.ts';
import { saysI } from './voice.ts';

/** A question lost into the paragraph before is one of the last few before the first marked question. */
const LOST_QUESTION_REACH = 2;
/** "He spoke to X's Y": the interviewer's name follows the verb within a few words. */
const SPOKE_TO_REACH = 4;

/** Paragraphs that introduce the interview: standfirst, and any text before the first question. */
function introParagraphs(a: ArticleDraft): ParagraphDraft[] {
  const firstQuestion = a.paragraphs.findIndex((p) => p.kind === 'question');
  return a.paragraphs.filter((p, i) => p.kind === 'standfirst' || (p.kind === 'body' && i < firstQuestion));
}

/** Where an exchange phrase ("talked to", "met") stands in the tokens: its first and last token, or null. */
type Span = { from: number; to: number };

function findExchange(tokens: readonly { lower: string }[], phrases: readonly string[]): Span | null {
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      if (words.every((w, j) => tokens[i + j]?.lower === w)) return { from: i, to: i + words.length - 1 };
    }
  }
  return null;
}

/**
 * "He spoke to NEWSROOM's Jane Roe" / "Tom Fell talked to Jane Roe about …": the interviewer when the byline names
 * nobody. The phrase's object or its named subject, whichever the evidence (`spokeToVotes`) favours; the object on a
 * tie. Never the person the title presents: that is the interviewee.
 */
function spokeTo(text: string, base: Base, presented: string | null): string | null {
  const tokens = tokenize(text);
  const at = findExchange(tokens, base.conv.exchangePhrases);
  if (!at) return null;
  const runs = findNameRuns(tokens, base.vocab).filter((r) => r.words.length > 1);
  const objectRun = runs.find((r) => r.first > at.to && r.first <= at.to + SPOKE_TO_REACH);
  if (!objectRun) return null;
  const nameOf = (words: readonly string[]) => base.people.resolve(words) ?? words.join(' ');
  const object = nameOf(objectRun.words);
  const subjectRun = runs.find((r) => r.last === at.from - 1);
  const subject = subjectRun ? nameOf(subjectRun.words) : null;
  const v = base.conv.spokeToVotes;
  const between = text.slice(tokens[at.to]?.end ?? 0, tokens[objectRun.first]?.start ?? 0);
  const forObject = (subject ? 0 : v.objectAfterPronoun) + (/['’]s\b/.test(between) ? v.objectPossessed : 0)
    + (subject !== null && subject === presented ? v.subjectInTitle : 0);
  const forSubject = subject ? v.subjectNamed + (object === presented ? v.objectInTitle : 0) : 0;
  const winner = subject && forSubject > forObject ? subject : object;
  return winner === presented ? null : winner;
}

/** The person the title presents ("In conversation: X"), if any. */
function titlePerson(a: ArticleDraft, base: Base): string | null {
  const ballot = new Ballot(new Set());
  titleVotes(a.title, base, ballot);
  return ballot.winner(base.conv.intervieweeVotes.title + base.conv.intervieweeVotes.titlePattern);
}

/** "In this episode the host, Jane Roe, talks to …", "presented by Jane Roe": the interviewer an intro names. */
function introducedAsHost(text: string, base: Base): string | null {
  const tokens = tokenize(text);
  const runs = findNameRuns(tokens, base.vocab).filter((r) => r.words.length > 1);
  for (const [i, t] of tokens.entries()) {
    if (!base.conv.interviewerIntroWords.includes(t.lower)) continue;
    const run = runs.find((r) => r.first > i && r.first <= i + 1 + SPOKE_TO_REACH);
    if (run) return base.people.resolve(run.words) ?? run.words.join(' ');
  }
  return null;
}

export function findInterviewers(a: ArticleDraft, base: Base): string[] {
  const byline = bylineNames(a, base);
  if (byline.length > 0) return byline;
  const presented = titlePerson(a, base);
  const named = (p: ParagraphDraft): string | null => introducedAsHost(p.text, base) ?? spokeTo(p.text, base, presented);
  const found = presentingParagraphs(a).map(named).find((n) => n);
  return found ? [found] : [];
}

function presentingParagraphs(a: ArticleDraft): ParagraphDraft[] {
  return [...introParagraphs(a), ...a.paragraphs.filter((p) => p.kind === 'bio')];
}

/**
 * The author of an interview printed without a byline: the interviewer its intro presents as talking to the guest
 * ("X talked to Y about …"). A host a programme presents ("the host, X") presents it, and is not its author.
 */
export function introAuthor(a: ArticleDraft, base: Base): string | null {
  if (bylineNames(a, base).length > 0) return null;
  const presented = titlePerson(a, base);
  for (const p of presentingParagraphs(a)) {
    if (introducedAsHost(p.text, base)) return null;
    const name = spokeTo(p.text, base, presented);
    if (name) return name;
  }
  return null;
}

/** The person the title, labels, caption, bio and standfirst present, other than the interviewer. */
export function findInterviewee(a: ArticleDraft, base: Base, interviewers: readonly string[]): string | null {
  const votes = base.conv.intervieweeVotes;
  const ballot = new Ballot(new Set(interviewers));
  titleVotes(a.title, base, ballot);
  const labels = new Set(a.paragraphs.filter((p) => p.kind === 'answer' && p.label).map((p) => p.label as string));
  for (const label of labels) {
    const ref = resolveLabel(label, base.people, base.conv, interviewers);
    if (ref.kind === 'person') ballot.add(ref.name, votes.answerLabel);
  }
  for (const p of a.paragraphs) {
    if (p.kind === 'caption') ballot.add(captionName(p, base), votes.caption);
    if (p.kind === 'bio') ballot.add(bioName(p, base), votes.bio);
  }
  for (const p of introParagraphs(a)) {
    for (const n of cueSpeakers(p, base)) ballot.add(n, votes.introCue);
    for (const n of namesIn(p.text, base)) ballot.add(n, votes.introMention);
    if (p.kind === 'standfirst') ballot.add(introSubject(p, base), votes.introOpening);
  }
  return ballot.winner(base.conv.intervieweeMinVotes);
}

type Part = 'interviewer' | 'interviewee' | 'intro';

/** An unmarked paragraph that asks the other person something ("… What is your take?") is a question. */
export const asksYou = (text: string): boolean => /\?\W*$/.test(text) && /\byou(r|rs)?\b/i.test(text);

function partOf(p: ParagraphDraft, i: number, firstQuestion: number): Part {
  if (p.kind === 'question' || (p.kind === 'body' && asksYou(p.text))) return 'interviewer';
  if (p.kind === 'answer') return 'interviewee';
  return p.kind === 'body' && (firstQuestion < 0 || i > firstQuestion) ? 'interviewee' : 'intro';
}

interface Cast {
  interviewers: string[];
  interviewee: string | null;
  roleOf: (name: string) => SpeakerRole;
}

/** The voices a label gives its paragraph, with the role its kind implies; null when the label names nobody ("—"). */
function labelVoices(p: ParagraphDraft, cast: Cast, base: Base): Voice[] | null {
  const ref = resolveLabel(p.label ?? '', base.people, base.conv, [...cast.interviewers, ...(cast.interviewee ? [cast.interviewee] : [])]);
  if (ref.kind === 'none') return null;
  // A question label naming nobody the document names (`Herald:`, the paper's name) speaks for the interviewer.
  if (ref.kind === 'person' && p.kind === 'question' && !/\s/.test(ref.name) && !base.people.names().includes(ref.name)) return null;
  // A transcript turn in an interview: the cast keep their roles, anybody else speaks the turn.
  const other = (n: string): SpeakerRole => (cast.roleOf(n) === 'quoted' && p.kind === 'turn' ? 'turn' : cast.roleOf(n));
  const role = (n: string): SpeakerRole => (p.kind === 'question' ? 'interviewer' : p.kind === 'answer' ? 'interviewee' : other(n));
  if (ref.kind === 'interviewer') return cast.interviewers.map((name) => ({ name, role: 'interviewer' }));
  if (ref.kind === 'interviewee') return cast.interviewee ? [{ name: cast.interviewee, role: 'interviewee' }] : [];
  return [{ name: ref.name, role: role(ref.name) }];
}

/**
 * A body paragraph before the first question that says "I" without naming the guest is an answer whose
 * question was lost or merged ("It's my first album …"); an intro that names the guest is the writer's.
 */
function speaksAsGuest(p: ParagraphDraft, i: number, firstQuestion: number, cast: Cast, base: Base): boolean {
  if (p.kind !== 'body' || !cast.interviewee || cast.interviewers.length === 0 || !saysI(p.text)) return false;
  if (firstQuestion - i > LOST_QUESTION_REACH) return false;
  return !namesIn(p.text, base).some((n) => n === cast.interviewee || cast.interviewers.includes(n));
}

/** A heading ends an answer; a heading-like line that names the speaker ("— X", a pull quote's credit) does not. */
function endsAnswer(p: ParagraphDraft, carried: readonly Voice[], base: Base): boolean {
  if (p.kind === 'heading') return true;
  return looksLikeHeading(p.text) && !namesIn(p.text, base).some((n) => carried.some((v) => v.name === n));
}

/**
 * `carried`: the voices of the last labelled answer; an unlabelled answer after it goes on in the same
 * voice (an answer over several paragraphs in an interview of several guests).
 */
interface Position {
  i: number;
  firstQuestion: number;
}

function attributeOne(p: ParagraphDraft, at: Position, found: ParagraphFinding, cast: Cast, base: Base, carried: Voice[] | null): Attribution {
  const part = partOf(p, at.i, at.firstQuestion);
  const labelled = p.label ? labelVoices(p, cast, base) : p.kind === 'answer' ? carried : null;
  const reported = base.conv.reportedSpeechSpeaks;
  if (labelled) {
    if (p.kind === 'turn') return toAttribution(labelled, null);
    const others = [...cast.interviewers, cast.interviewee ?? ''].filter((n) => !labelled.some((v) => v.name === n));
    return toAttribution(labelled, found, cast.roleOf, new Set(others), reported);
  }
  const interviewers = cast.interviewers.map((name) => ({ name, role: 'interviewer' as const }));
  if (part === 'interviewer') return toAttribution(interviewers, found, cast.roleOf, new Set(), reported);
  if (part === 'intro' && !speaksAsGuest(p, at.i, at.firstQuestion, cast, base)) return toAttribution([], found, cast.roleOf, new Set(), reported);
  const voices = cast.interviewee ? [{ name: cast.interviewee, role: 'interviewee' as const }] : [];
  return toAttribution(voices, found, cast.roleOf, new Set(cast.interviewers), reported);
}

export function attributeInterview(a: ArticleDraft, base: Base): Attribution[] {
  const interviewers = findInterviewers(a, base);
  const interviewee = findInterviewee(a, base, interviewers);
  const roleOf = (n: string): SpeakerRole => (n === interviewee ? 'interviewee' : interviewers.includes(n) ? 'interviewer' : 'quoted');
  const cast: Cast = { interviewers, interviewee, roleOf };
  const firstQuestion = a.paragraphs.findIndex((p) => p.kind === 'question');
  const findings = analyzeParagraphs(a.paragraphs, newEnv(base, false), (p) => SPEECH_KINDS.has(p.kind));
  carryOpenQuotes(findings);
  findBlockQuotes(a.paragraphs, findings);
  let carried: Voice[] | null = null;
  return a.paragraphs.map((p, i) => {
    const found = findings[i];
    if (p.kind === 'answer' && p.label) carried = labelVoices(p, cast, base);
    else if (carried && endsAnswer(p, carried, base)) carried = [];
    if (!found || (interviewee && !p.label && isPublisherNote(p.text, [interviewee], base))) return empty();
    return attributeOne(p, { i, firstQuestion }, found, cast, base, carried);
  });
}
