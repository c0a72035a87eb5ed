// The paragraphs that present an article rather than tell it: the standfirst under the title and the bio
// note (`Jane Roe is a …`) at its top or foot.
import type { ArticleKind, ParagraphDraft } from '../domain/types.ts';
import { DEFAULT_PARAGRAPHS, type IntroConventions } from '../conventions/paragraphs.ts';
import { sentenceCount } from './questions.ts';

/** `Jane Roe is …` opening a paragraph (the verbs from the conventions): a note on who the author or interviewee is. */
const bioOpenings = new WeakMap<IntroConventions, RegExp>();
function bioOpening(conv: IntroConventions): RegExp {
  let re = bioOpenings.get(conv);
  if (!re) {
    const verbs = conv.bioVerbs.join('|');
    re = new RegExp(String.raw`^(?!(?:The|This|That|These|Those|It|Its|Our|Their|His|Her|An?|In|On|At|For)\s)(?:\p{Lu}[\p{L}’'.-]*\s){1,3}\p{Lu}[\p{L}’'-]+,?\s(?:${verbs})\s`, 'u');
    bioOpenings.set(conv, re);
  }
  return re;
}

/**
 * Standfirst and bio kinds. `introEnd` is where the article's own matter starts (an interview's first question).
 * A standfirst the layout placed (between title and byline) is kept; otherwise the first paragraph is one only
 * when it is set in another face than the text.
 */
export function markIntro(kind: ArticleKind, paragraphs: ParagraphDraft[], introEnd: number, authors: readonly string[] = [], conv: IntroConventions = DEFAULT_PARAGRAPHS.intro): ParagraphDraft[] {
  const placed = paragraphs.some((p) => p.kind === 'standfirst');
  const first = paragraphs.findIndex((p) => p.kind === 'body');
  const tail = trailingBodies(paragraphs, conv.bioFromEnd);
  const lastCue = kind === 'interview' ? lastExchangeCue(paragraphs, introEnd, conv) : -1;
  return paragraphs.map((p, i) => {
    if (p.kind !== 'body') return p;
    if (kind !== 'news' && i < introEnd && bioOpening(conv).test(p.text) && isShortNote(p, conv)) return { ...p, kind: 'bio' };
    if (tail.has(i) && isBioNote(p, kind, authors, conv)) return { ...p, kind: 'bio' };
    if (kind === 'news' || placed || i >= introEnd) return p;
    const w = conv.standfirstWeights;
    const face = i === first && (p.italic || p.bold) ? w.face : 0;
    const score = face + (i === lastCue ? w.presentsExchange : 0) + (i < lastCue ? w.leadsToExchange : 0);
    return score >= conv.standfirstThreshold ? { ...p, kind: 'standfirst' } : p;
  });
}

/** The last body paragraph before `introEnd` whose words present the exchange (`X talked to Y`), or -1. */
function lastExchangeCue(paragraphs: ParagraphDraft[], introEnd: number, conv: IntroConventions): number {
  for (let i = Math.min(introEnd, paragraphs.length) - 1; i >= 0; i--) {
    if (paragraphs[i]!.kind === 'body' && conv.exchangeCue.test(paragraphs[i]!.text)) return i;
  }
  return -1;
}

/** A short note at the foot: `Jane Roe was the mayor of …`; in news only when it presents an author. */
function isBioNote(p: ParagraphDraft, kind: ArticleKind, authors: readonly string[], conv: IntroConventions): boolean {
  const note = conv.authorNote.test(p.text);
  if (!(note || bioOpening(conv).test(p.text)) || !isShortNote(p, conv)) return false;
  return note || kind !== 'news' || authors.some((a) => p.text.startsWith(a));
}

/** A bio note is a sentence or two; a longer paragraph opening `X is …` presents the piece (a standfirst). */
function isShortNote(p: ParagraphDraft, conv: IntroConventions): boolean {
  return sentenceCount(p.text) <= conv.maxBioSentences && p.text.split(/\s+/).length <= conv.maxBioWords;
}

function trailingBodies(paragraphs: ParagraphDraft[], n: number): Set<number> {
  const idx = paragraphs.map((p, i) => (p.kind === 'body' ? i : -1)).filter((i) => i >= 0);
  return new Set(idx.slice(-n));
}
