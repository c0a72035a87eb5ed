// The kind of an article (news, interview, opinion) from its paragraphs, rubric and authors.
import type { ArticleKind, ParagraphDraft } from '../domain/types.ts';
import { DEFAULT_VOICE, type VoiceConventions } from '../conventions/articles.ts';
import { classifyArticle, countQuestions } from './kinds.ts';
import { wordCount } from '../text/predicates.ts';

/** What the head of an article says about it. */
export interface ArticleHead {
  title: string;
  rubric?: string;
  byline?: string;
  authors: string[];
}

/**
 * A head announcing an interview (`INTERVIEW`, `An interview with …`, `Interview by …`) with a question asked;
 * interview and marked opinion as `classifyArticle` finds them; besides, a signed piece in the first person
 * without quote cues speaks in its author's voice (a statement, a column), whatever its rubric.
 */
export function classifyArticleKind(paragraphs: ParagraphDraft[], head: ArticleHead, voice: VoiceConventions = DEFAULT_VOICE): ArticleKind {
  const { rubric, authors } = head;
  const kind = classifyArticle(paragraphs, rubric, authors);
  const announced = [rubric, head.title, head.byline].some((t) => t !== undefined && voice.interviewCue.test(t));
  if (kind !== 'interview' && announced && countQuestions(paragraphs.filter((p) => p.kind === 'body' || p.kind === 'turn')) > 0) return 'interview';
  if (kind !== 'news') return kind;
  if (rubric && voice.opinionRubric.test(rubric)) return 'opinion';
  if (!authors.length) return kind;
  return speaksInAuthorsVoice(paragraphs.filter((p) => p.kind === 'body'), voice) ? 'opinion' : kind;
}

/** Weighs the first person, quotation and quote cues of a signed piece: is the author speaking? */
export function speaksInAuthorsVoice(body: ParagraphDraft[], voice: VoiceConventions = DEFAULT_VOICE): boolean {
  if (!body.length) return false;
  const own = body.map((p) => p.text.replace(voice.quotation, ' '));
  const words = own.reduce((n, t) => n + wordCount(t), 0);
  if (!words) return false;
  const firstPerson = own.reduce((n, t) => n + (t.match(voice.firstPerson)?.length ?? 0), 0);
  const cued = body.filter((p) => voice.quoteCue.test(p.text)).length;
  const w = voice.voiceWeights;
  const score = (firstPerson / words >= voice.minFirstPersonRate ? w.rate : 0)
    + (firstPerson >= voice.minFirstPersonCount ? w.present : 0)
    + (body.every((p) => !voice.quotationMark.test(p.text)) ? w.unquoted : 0)
    + (cued / body.length > voice.maxCuedParagraphShare ? w.cued : 0);
  return score >= voice.voiceThreshold;
}
