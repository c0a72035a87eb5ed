// Article kinds (news, interview, opinion) and the paragraph kinds that depend on them.
import type { ArticleKind, ParagraphDraft } from '../domain/types.ts';
import { decodeInterview, exchangeStart, isInterviewExchange, isTranscript } from './interview.ts';
import { markIntro } from './intro.ts';

/** An interview has at least this many question paragraphs; one rhetorical question does not make one. */
const MIN_INTERVIEW_QUESTIONS = 2;
/** In an interview questions are a good part of the paragraphs; a sidebar's or a quote's question or two are not. */
const MIN_QUESTION_SHARE = 0.1;
/** A question paragraph is short: context, then the question. Longer '?'-ending paragraphs are answers. */
const MAX_QUESTION_SENTENCES = 3;
const INTRO_PARAGRAPHS = 4;
const OPINION_MARKERS = /\b(opinion|op-?ed|column|commentary|views of the authors?|views of the author\(s\))\b/i;

export function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?…]['"’”»)]*)\s+(?=['"‘“(]*\p{Lu})/u).filter((s) => s.trim()).length;
}

/** The paragraph's own words end in a question (a quoted question in news is someone else's). */
export function isQuestionText(text: string): boolean {
  const own = stripQuoted(text).trim();
  if (!/\?['"’”»)]*$/.test(own)) return false;
  return /\byou(r|rs|rself)?\b/i.test(own) || sentenceCount(text) <= MAX_QUESTION_SENTENCES;
}

/** Quotations out, a quotation left open at the end included (`… said. "Whose idea was that?`). */
function stripQuoted(text: string): string {
  return text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g, '');
}

/** A question someone is quoted asking (it opens a quotation, or its mark stands inside one): news, not an interviewer. */
function isQuotedQuestion(text: string): boolean {
  const t = text.trim();
  const straight = (t.match(/"/g) ?? []).length;
  const opened = (t.match(/“/g) ?? []).length - (t.match(/”/g) ?? []).length;
  return /^["“]/.test(t) || straight % 2 === 1 || opened > 0;
}

/** Questions an interviewer asks (body or speaker turns), not questions someone is quoted asking. */
export function countQuestions(paragraphs: ParagraphDraft[]): number {
  return paragraphs.filter((p) => isQuestionText(p.text) && !isQuotedQuestion(p.text)).length;
}

export function classifyArticle(paragraphs: ParagraphDraft[], rubric: string | undefined, authors: string[]): ArticleKind {
  const body = paragraphs.filter((p) => p.kind === 'body');
  const spoken = paragraphs.filter((p) => p.kind === 'body' || p.kind === 'turn');
  const questions = countQuestions(spoken);
  // a transcript's reporters ask too, but many labelled speakers make a briefing or hearing, not an interview
  const asks = questions >= MIN_INTERVIEW_QUESTIONS && questions >= MIN_QUESTION_SHARE * spoken.length;
  if (asks && !isTranscript(paragraphs)) return 'interview';
  if (isInterviewExchange(paragraphs)) return 'interview';
  if (rubric && OPINION_MARKERS.test(rubric)) return 'opinion';
  if (paragraphs.some((p) => p.kind === 'disclaimer' && OPINION_MARKERS.test(p.text))) return 'opinion';
  const writes = authors.some((a) => body.slice(0, INTRO_PARAGRAPHS).some((p) => p.text.includes(`writes ${a}`)));
  return writes ? 'opinion' : 'news';
}

/** Give paragraphs the kinds their article's kind implies: standfirst, bio, question, answer. */
export function assignParagraphKinds(kind: ArticleKind, paragraphs: ParagraphDraft[], authors: readonly string[] = []): ParagraphDraft[] {
  // a transcript (a hearing, a panel) is presented as an interview is: what comes before its first turn may be a standfirst
  const firstTurn = kind === 'news' && isTranscript(paragraphs) ? paragraphs.findIndex((p) => p.kind === 'turn') : -1;
  if (firstTurn > 0) return markIntro('interview', paragraphs, firstTurn, authors, undefined, true);
  const firstQuestion = kind === 'interview' ? exchangeStart(paragraphs) : -1;
  const introEnd = firstQuestion >= 0 ? firstQuestion : Math.min(paragraphs.length, INTRO_PARAGRAPHS);
  const introduced = markIntro(kind, paragraphs, introEnd, authors, undefined, firstQuestion >= 0);
  return kind === 'interview' ? decodeInterview(introduced) : introduced;
}
