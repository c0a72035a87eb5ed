// Serialise annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).
import type { Annotation, Motivation } from './model.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Absolute URLs for the resources an annotation refers to. */
export interface Links {
  annotation(id: string): string;
  paragraph(id: string): string;
  /** The page a person reads and shares: the note, its quote in context, the ClaimReview embedded. */
  page?(id: string): string;
}

export function linksFor(base: string): Links {
  return {
    annotation: (id) => `${base}/api/annotations/${encodeURIComponent(id)}`,
    paragraph: (id) => `${base}/p/${encodeURIComponent(id)}`,
    page: (id) => `${base}/a/${encodeURIComponent(id)}`,
  };
}

type Json = Record<string, unknown>;

/** The purpose of the note body: the motivation when it describes a note, else plain commenting. */
function notePurpose(m: Motivation): Motivation {
  return m === 'questioning' ? 'questioning' : 'commenting';
}

function bodies(a: Annotation): Json[] {
  const out: Json[] = [];
  // format text/plain: notes are stored and served as text, never rendered as HTML.
  if (a.note !== null) out.push({ type: 'TextualBody', purpose: notePurpose(a.motivation), value: a.note, format: 'text/plain' });
  for (const tag of a.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (a.verdict) out.push({ type: 'TextualBody', purpose: 'assessing', value: a.verdict });
  return out;
}

/**
 * A quote: a SpecificResource with both selectors. The whole paragraph: its permalink as a plain IRI (the
 * W3C suite does not recognise a SpecificResource that has a source and nothing else).
 */
function target(a: Annotation, links: Links): Json | string {
  const source = links.paragraph(a.target.paragraphId);
  const s = a.target.selector;
  if (!s) return source;
  return {
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: s.exact, prefix: s.prefix, suffix: s.suffix },
      { type: 'TextPositionSelector', start: s.start, end: s.end },
    ],
  };
}

/** One annotation as JSON-LD. `withContext: false` for items embedded in a page or collection. */
export function toW3C(a: Annotation, links: Links, withContext = true): Json {
  const body = bodies(a);
  return {
    ...(withContext ? { '@context': ANNO_CONTEXT } : {}),
    id: links.annotation(a.id),
    type: 'Annotation',
    motivation: a.motivation,
    ...(body.length ? { body } : {}),
    target: target(a, links),
    creator: { type: 'Person', id: creatorIri(a.creator.keyId), name: a.creator.name },
    created: a.created,
    modified: a.modified,
    generator: { type: 'Software', name: 'verbatim' },
    // Not part of the W3C vocabulary (plain JSON for API clients; JSON-LD processors ignore them).
    visibility: a.visibility,
    status: a.status,
    version: a.version, // the ETag of GET /api/annotations/:id, for If-Match on edits made from a listing
    // needs-review: the words the note was written on (its target now points at the changed words).
    ...(a.writtenOn ? { writtenOn: { source: links.paragraph(a.writtenOn.paragraphId), exact: a.writtenOn.selector?.exact ?? a.writtenOn.paragraphText } } : {}),
    ...(a.deleted ? { deleted: a.deleted.at } : {}),
  };
}

/** A W3C AnnotationPage for a listing. */
export function toPage(items: Annotation[], links: Links, o: { id: string; total: number; offset: number; next?: string }): Json {
  return {
    '@context': ANNO_CONTEXT,
    id: o.id,
    type: 'AnnotationPage',
    partOf: { type: 'AnnotationCollection', total: o.total },
    startIndex: o.offset,
    ...(o.next ? { next: o.next } : {}),
    items: items.map((a) => toW3C(a, links, false)),
  };
}

/** A W3C AnnotationCollection holding every annotation in one embedded page (the JSON-LD export). */
export function toCollection(items: Annotation[], links: Links, id: string): Json {
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'verbatim annotations export',
    total: items.length,
    first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0, items: items.map((a) => toW3C(a, links, false)) },
  };
}

/** The creator as an IRI made of the key's id (public, unlike the key): names repeat, key ids do not. */
export function creatorIri(keyId: string): string {
  return `urn:verbatim:key:${encodeURIComponent(keyId)}`;
}
