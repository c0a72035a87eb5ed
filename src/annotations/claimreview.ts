// Map an assessing annotation to schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview).
import { NotFoundError } from '../domain/errors.ts';
import type { ParagraphRecord } from '../domain/ports.ts';
import type { Quote } from '../domain/types.ts';
import type { Annotation, QuoteSelector, Verdict } from './model.ts';
import { occurrences, unitIndex } from './text.ts';
import type { Links } from './jsonld.ts';

/** The verdict scale on schema.org's 1 (worst) to 5 (best) rating; `unverifiable` has no place on it. */
const RATINGS: Record<Verdict, { value: number | null; label: string }> = {
  true: { value: 5, label: 'True' },
  'mostly-true': { value: 4, label: 'Mostly true' },
  mixed: { value: 3, label: 'Mixed' },
  misleading: { value: 2, label: 'Misleading' },
  false: { value: 1, label: 'False' },
  unverifiable: { value: null, label: 'Unverifiable' },
};

type Json = Record<string, unknown>;

export function reviewRating(v: Verdict): Json {
  const r = RATINGS[v];
  return {
    '@type': 'Rating',
    ...(r.value !== null ? { ratingValue: r.value, bestRating: 5, worstRating: 1 } : {}),
    alternateName: r.label,
  };
}

/**
 * The quote the selection is in (or the one it wholly holds), by position when the selector still fits the
 * paragraph; else the quote holding the selected words, when they occur once in the paragraph.
 */
function quoteOf(p: ParagraphRecord, sel: QuoteSelector): Quote | undefined {
  const start = unitIndex(p.text, sel.start);
  const at = p.text.slice(start, start + sel.exact.length) === sel.exact ? start : occurrences(p.text, sel.exact).length === 1 ? p.text.indexOf(sel.exact) : -1;
  if (at < 0) return undefined;
  const end = at + sel.exact.length;
  return p.quotes.find((q) => at >= q.start && end <= q.end) ?? p.quotes.find((q) => q.start >= at && q.end <= end);
}

/** Whose words the whole paragraph is; records stored before paragraphs had a voice: a speaker not quoted. */
function voiceOf(p: ParagraphRecord): string | null {
  if (p.voice !== undefined) return p.voice;
  return p.speakers.find((s) => p.roles[s] && p.roles[s] !== 'quoted') ?? null;
}

/**
 * Who made the claim: the speaker of a quote that overlaps the selection; else the paragraph's voice (the
 * interviewee of an answer, the author of an opinion piece), never a person merely quoted in it; else the
 * article's authors (narration); else the publisher.
 */
export function claimAuthors(a: Annotation, p: ParagraphRecord | null): Json[] {
  const person = (name: string) => ({ '@type': 'Person', name });
  if (!p) return a.target.speakers.map(person);
  const quoted = a.target.selector ? quoteOf(p, a.target.selector) : undefined;
  if (quoted) return [person(quoted.speaker)];
  const voice = voiceOf(p);
  if (voice) return [person(voice)];
  if (p.articleAuthors.length) return p.articleAuthors.map(person);
  return p.publisher ? [{ '@type': 'Organization', name: p.publisher }] : [];
}

function appearance(a: Annotation, p: ParagraphRecord | null, links: Links): Json {
  const headline = p?.articleTitle ?? p?.docTitle;
  return {
    '@type': 'CreativeWork',
    url: links.paragraph(a.target.paragraphId),
    ...(headline ? { headline } : {}),
    ...(p ? { isPartOf: { '@type': 'CreativeWork', name: p.docTitle, ...(p.publisher ? { publisher: { '@type': 'Organization', name: p.publisher } } : {}) } } : {}),
    ...(p?.year ? { datePublished: String(p.year) } : {}),
  };
}

/** ClaimReview for an assessing annotation; `paragraph` is the live paragraph (null when it is gone). */
export function toClaimReview(a: Annotation, paragraph: ParagraphRecord | null, links: Links): Json {
  if (a.motivation !== 'assessing' || !a.verdict) throw new NotFoundError(`annotation ${a.id} is not an assessment`);
  const authors = claimAuthors(a, paragraph);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: links.page?.(a.id) ?? links.annotation(a.id),
    // The machine-readable annotation this review was made from.
    sameAs: links.annotation(a.id),
    datePublished: a.created.slice(0, 10),
    dateModified: a.modified,
    author: { '@type': 'Person', name: a.creator.name },
    // The verdict is about the words the note was written on, also while it waits for review on changed words.
    claimReviewed: (a.writtenOn ?? a.target).selector?.exact ?? (a.writtenOn ?? a.target).paragraphText,
    itemReviewed: {
      '@type': 'Claim',
      ...(authors.length ? { author: authors.length === 1 ? authors[0] : authors } : {}),
      appearance: appearance(a, paragraph, links),
    },
    reviewRating: reviewRating(a.verdict),
    ...(a.note ? { reviewBody: a.note } : {}),
  };
}
