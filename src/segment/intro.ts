// The paragraphs that present an article rather than tell it: the standfirst under the title and the bio
// note (`Jane Roe is a …`) at its top or foot.
import type { ArticleKind, ParagraphDraft } from '../domain/types.ts';
import { DEFAULT_PARAGRAPHS, type IntroConventions, type StandfirstWeights } from '../conventions/paragraphs.ts';
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
 * Standfirst and bio kinds. `introEnd` is where the article's own matter starts (an interview's first question;
 * `exchangeFound` when it was found there, so the lead's length is known). A standfirst the layout placed (between
 * title and byline) is kept; otherwise the run of leading paragraphs whose evidence reaches the threshold (face,
 * setting across the columns, words that present the piece, the lead's length) is the standfirst.
 */
export function markIntro(
  kind: ArticleKind, paragraphs: ParagraphDraft[], introEnd: number, authors: readonly string[] = [],
  conv: IntroConventions = DEFAULT_PARAGRAPHS.intro, exchangeFound = false,
): ParagraphDraft[] {
  const placed = paragraphs.some((p) => p.kind === 'standfirst');
  const first = paragraphs.findIndex((p) => p.kind === 'body');
  const tail = trailingBodies(paragraphs, conv.bioFromEnd);
  const lead = exchangeFound ? introEnd - first : undefined;
  const lastCue = kind === 'interview' ? lastPresenting(paragraphs, introEnd, conv.standfirst) : -1;
  let run = kind !== 'news' && !placed && first >= 0;
  return paragraphs.map((p, i) => {
    if (p.kind !== 'body') return p;
    const note = kind !== 'news' && i < introEnd && bioOpening(conv).test(p.text) && isShortNote(p, conv);
    const place = { lead, cue: i === lastCue, beforeCue: i < lastCue, personNote: note };
    run &&= i < introEnd && standfirstScore(p, place, conv.standfirst) >= conv.standfirst.threshold;
    if (run) return { ...p, kind: 'standfirst' };
    if (note || (tail.has(i) && isBioNote(p, kind, authors, conv))) return { ...p, kind: 'bio' };
    return p;
  });
}

/** Where a leading paragraph stands: `lead`, paragraphs before the first turn (when known); whether it is the
 *  interview intro's last paragraph presenting the exchange, or comes before that one; whether it reads as a bio. */
export interface IntroPlace {
  lead: number | undefined;
  cue: boolean;
  beforeCue: boolean;
  /** It opens like a short note on a person (`Jane Roe is a …`). */
  personNote?: boolean;
}

/** The evidence that a leading paragraph presents the piece. */
export function standfirstScore(p: ParagraphDraft, at: IntroPlace, w: StandfirstWeights): number {
  let s = 0;
  if (p.italic || p.bold) s += w.face;
  if (p.spans) s += w.spans;
  if (at.cue) s += w.presents;
  else if (at.beforeCue) s += w.leadsToPresenting;
  if (at.lead !== undefined && at.lead <= w.shortLeadMax) s += w.shortLead;
  if (at.lead !== undefined && at.lead >= w.longLeadMin) s += w.longLead;
  if (at.personNote) s += w.personNote;
  return s;
}

/** The last body paragraph before `introEnd` whose words present the piece (`X talked to Y`), or -1. */
function lastPresenting(paragraphs: ParagraphDraft[], introEnd: number, w: StandfirstWeights): number {
  for (let i = Math.min(introEnd, paragraphs.length) - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (p.kind === 'body' && w.presenting.some((re) => re.test(p.text))) return i;
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
