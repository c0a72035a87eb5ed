// The kind of an article (news, interview, opinion) from its paragraphs, rubric and authors.
import type { ArticleKind, ParagraphDraft } from '../domain/types.ts';
import { DEFAULT_VOICE, type VoiceConventions } from '../conventions/articles.ts';
import { classifyArticle } from './kinds.ts';
import { wordCount } from '../repair/text.ts';

/**
 * Interview and marked opinion as `classifyArticle` finds them; besides, a signed piece in the first person
 * without quote cues speaks in its author's voice (a statement, a column), whatever its rubric.
 */
export function classifyArticleKind(paragraphs: ParagraphDraft[], rubric: string | undefined, authors: string[], voice: VoiceConventions = DEFAULT_VOICE): ArticleKind {
  const kind = classifyArticle(paragraphs, rubric, authors);
  if (kind !== 'news' || !authors.length) return kind;
  return speaksInAuthorsVoice(paragraphs.filter((p) => p.kind === 'body'), voice) ? 'opinion' : kind;
}

export function speaksInAuthorsVoice(body: ParagraphDraft[], voice: VoiceConventions = DEFAULT_VOICE): boolean {
  if (!body.length) return false;
  const own = body.map((p) => stripQuotations(p.text));
  const words = own.reduce((n, t) => n + wordCount(t), 0);
  const firstPerson = own.reduce((n, t) => n + (t.match(voice.firstPerson)?.length ?? 0), 0);
  const cued = body.filter((p) => voice.quoteCue.test(p.text)).length;
  return words > 0 && firstPerson / words >= voice.minFirstPersonRate && cued / body.length <= voice.maxCuedParagraphShare;
}

/** Text outside quotation marks: the words quoted are someone else's. */
function stripQuotations(text: string): string {
  return text.replace(/“[^”]*”|"[^"]*"/g, ' ');
}
