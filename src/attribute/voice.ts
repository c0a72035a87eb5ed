// Whose voice a signed piece is: written in the first person and quoting nobody by name, it is its
// author's words whatever its rubric (a statement, an address, a letter printed as news).
import type { ArticleDraft } from '../domain/types.ts';
import { analyzeParagraphs } from './paragraph.ts';
import { findQuoteSpans } from './quotes.ts';
import { tokenize } from './tokens.ts';
import { type Base, newEnv } from './voices.ts';

/** The paragraph's words outside its direct quotes, lower-cased. */
function wordsOutsideQuotes(text: string): string[] {
  const spans = findQuoteSpans(text, false);
  return tokenize(text, spans).filter((t) => t.type === 'word').map((t) => t.lower);
}

/** First-person singular words: the writer speaking, never a publisher's note ("our correspondent"). */
const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself', 'mine']);

/** A paragraph whose own words (outside quotes) say "I": the author's, even where a layout put it as standfirst. */
export const saysI = (text: string): boolean => wordsOutsideQuotes(text).some((w) => FIRST_PERSON_SINGULAR.has(w));

/** A signed piece whose body is mostly first person and seldom gives words to a named person. */
export function inAuthorsVoice(a: ArticleDraft, base: Base): boolean {
  if (a.authors.every((n) => !/\p{L}/u.test(n))) return false;
  const body = a.paragraphs.filter((p) => p.kind === 'body');
  if (body.length === 0) return false;
  const firstPerson = new Set(base.conv.firstPersonWords);
  const first = body.filter((p) => wordsOutsideQuotes(p.text).some((w) => firstPerson.has(w))).length;
  const found = analyzeParagraphs(body, newEnv(base, false), () => true);
  const quoting = found.filter((f) => f && (f.cues.length > 0 || f.quotes.some((q) => q.speaker))).length;
  return first / body.length >= base.conv.firstPersonShareMin && quoting / body.length <= base.conv.cuedQuoteShareMax;
}
