// How much a paragraph's own words look like an interviewer's question rather than a guest's answer.
import type { ParagraphDraft } from '../domain/types.ts';
import { DEFAULT_PARAGRAPHS, type QuestionWeights } from '../conventions/paragraphs.ts';

const ENDS_WITH_QUESTION = /\?['"’”»)\]]*$/u;
const SECOND_PERSON = /\byou(?:r|rs|rself|'re|’re|'ve|’ve|'d|’d|'ll|’ll)?\b/giu;
const FIRST_PERSON = /\b(?:I|me|my|mine|myself|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)\b/gu;
/** A reply's first word: `Yes`, `Yeah`, or `No.`, `Well,`, `Sure:` with their punctuation (not `No one`, `Well-known`). */
const ANSWER_OPENER = /^(?:(?:yes|yeah|yep|nope)\b|(?:no|well|sure|absolutely|definitely|of course|oh|ah|um+|uh|exactly|right|not really|not at all|not directly|probably|maybe)(?=[,.!:;…—–]))/iu;
/** A stage direction opening the words (`[laughs] I was …`): a reply, though one may also fall mid-answer. */
const STAGE_OPENER = /^\[(?:laughs?|laughing|laughter|giggles?|chuckles?|smiles?|sighs?)\]/iu;
/** A request that asks without a question mark: `Tell me about …`, `Describe …`. */
const REQUEST_OPENER = /^(?:(?:so|and|now|finally),?\s+)?(?:tell (?:me|us)|describe|explain|talk (?:me|us) through|walk (?:me|us) through|give (?:me|us))\b/iu;
export const STAGE_DIRECTION = /\[(?:laughs?|laughing|laughter|giggles?|chuckles?|smiles?|pauses?|sighs?|applause|crosstalk|inaudible)\]/iu;
/** Quotations inside a paragraph speak for someone else: their words say nothing about who asks. */
const QUOTED = /“[^”]*”|"[^"]*"/gu;

export interface QuestionEvidence {
  /** Log-odds from the words alone: positive for a question. */
  score: number;
  words: number;
}

/** Weigh the words of a paragraph: question marks, who is addressed, length, how it opens. */
export function questionEvidence(text: string, w: QuestionWeights = DEFAULT_PARAGRAPHS.question): QuestionEvidence {
  const own = text.replace(QUOTED, '""').trim();
  const words = text.split(/\s+/).filter(Boolean).length;
  let score = 0;
  if (ENDS_WITH_QUESTION.test(text.trim())) score += w.endsWithQuestion;
  else if (own.includes('?')) score += w.asksInside;
  const you = (own.match(SECOND_PERSON) ?? []).length;
  if (you > 0) score += w.secondPerson;
  if (you >= w.secondPersonManyMin) score += w.secondPersonMany;
  if ((own.match(FIRST_PERSON) ?? []).length >= w.firstPersonMin) score += w.firstPerson;
  if (REQUEST_OPENER.test(own)) score += w.request;
  if (words <= w.shortMaxWords) score += w.short;
  if (words >= w.longMinWords) score += w.long;
  if (words >= w.veryLongMinWords) score += w.veryLong;
  if (sentenceCount(text) >= w.manySentencesMin) score += w.manySentences;
  if (ANSWER_OPENER.test(own) || STAGE_OPENER.test(own)) score += w.answerOpener;
  if (STAGE_DIRECTION.test(text)) score += w.stageDirection;
  return { score, words };
}

export function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?…]['"’”»)]*)\s+(?=['"‘“(]*\p{Lu})/u).filter((s) => s.trim()).length;
}

/** The first question of an unmarked exchange: it asks (`…?`) or requests (`Tell me about …`). */
export function endsWithQuestion(text: string): boolean {
  return ENDS_WITH_QUESTION.test(text.trim());
}

export function opensExchange(text: string): boolean {
  return ENDS_WITH_QUESTION.test(text.trim()) || REQUEST_OPENER.test(text.trim());
}

/** Opens like a reply (`Yes.`, `Well,`): the turn before it asked something. */
export function opensReply(text: string): boolean {
  return ANSWER_OPENER.test(text.replace(QUOTED, '""').trim());
}

/** A paragraph that, on its words alone, reads as a question (used to find interviews and where they start). */
export function looksLikeQuestion(p: ParagraphDraft, w: QuestionWeights = DEFAULT_PARAGRAPHS.question): boolean {
  return questionEvidence(p.text, w).score >= w.questionThreshold;
}

/** The face a paragraph is set in: the typographic mark a publisher may give its questions. */
export function faceOf(p: ParagraphDraft): 'bold' | 'italic' | 'plain' {
  return p.bold ? 'bold' : p.italic ? 'italic' : 'plain';
}
