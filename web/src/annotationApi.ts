// W3C Web Annotation shapes and the /api/annotations routes.
import { request } from './api.ts';

export const VERDICTS = ['true', 'mostly-true', 'mixed', 'misleading', 'false', 'unverifiable'] as const;

export interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

export interface BodyItem {
  type?: string;
  value?: string;
  purpose?: string;
}

export interface Annotation {
  id: string;
  motivation: string;
  body?: BodyItem | BodyItem[];
  target: string | { source: string; selector?: Selector | Selector[] };
  creator?: string | { id?: string; name?: string; nickname?: string };
  created?: string;
  modified?: string;
  status?: string;
  orphaned?: boolean;
  visibility?: string;
  /** The version counter: sent back as If-Match on edits, so a stale edit is refused (412), never applied. */
  version?: number;
  /** needs-review: the words the note was written on. */
  writtenOn?: { source: string; exact: string };
}

/** A flat view of an annotation, for rendering. */
export interface AnnotationView {
  id: string;
  note: string;
  tags: string[];
  verdict: string;
  exact: string;
  start?: number;
  end?: number;
  creatorId: string;
  creatorName: string;
  created: string;
  modified: string;
  orphaned: boolean;
  visibility: string;
  motivation: string;
  version?: number;
  needsReview: boolean;
  /** The paragraph it is on (from the target's permalink). */
  paragraphId: string;
}

function list<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** The short id used in /api/annotations/:id, whether `id` is a URL or a bare id. */
export function shortId(id: string): string {
  return id.replace(/\/+$/, '').split('/').pop() ?? id;
}

export function viewAnnotation(a: Annotation): AnnotationView {
  const bodies = list(a.body);
  const target = typeof a.target === 'string' ? { source: a.target } : (a.target ?? { source: '' });
  const selectors = list('selector' in target ? target.selector : undefined);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const creator = typeof a.creator === 'string' ? { id: a.creator, name: a.creator } : (a.creator ?? {});
  return {
    id: shortId(a.id),
    note: bodies.filter((b) => b.purpose !== 'tagging' && b.purpose !== 'assessing').map((b) => b.value ?? '').join('\n'),
    tags: bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value ?? ''),
    verdict: bodies.find((b) => b.purpose === 'assessing')?.value ?? '',
    exact: quote?.exact ?? '',
    start: position?.start,
    end: position?.end,
    creatorId: creator.id ?? creator.name ?? '',
    creatorName: creator.name ?? creator.nickname ?? creator.id ?? '',
    created: a.created ?? '',
    modified: a.modified ?? '',
    orphaned: a.orphaned === true || a.status === 'orphaned',
    visibility: a.visibility ?? 'public',
    motivation: a.motivation,
    version: a.version,
    needsReview: a.status === 'needs-review',
    paragraphId: shortId(target.source ?? ''),
  };
}

export interface Draft {
  paragraphId: string;
  source: string;
  text: string; // the paragraph text, to build prefix/suffix
  start?: number;
  end?: number;
  note: string;
  tags: string[];
  verdict: string;
  visibility: string;
  /** Kept from the annotation being edited when still true of it (a question stays a question). */
  motivation?: string;
}

/** Context kept on each side of a quote (the W3C TextQuoteSelector prefix/suffix), in code points. */
const CONTEXT_CHARS = 32;

/** Code points in `s`: the W3C model counts positions in code points, JS strings in UTF-16 units. */
export function cpLength(s: string): number {
  return [...s].length;
}

/** UTF-16 index of the code point at `cp`. */
export function unitIndex(text: string, cp: number): number {
  return [...text].slice(0, cp).join('').length;
}

/** The selector for text[start, end) (UTF-16 units), with positions in code points. */
function selectorFor(text: string, start: number, end: number): { exact: string; prefix: string; suffix: string; start: number; end: number } {
  const exact = text.slice(start, end);
  const cpStart = cpLength(text.slice(0, start));
  return {
    exact,
    prefix: [...text.slice(0, start)].slice(-CONTEXT_CHARS).join(''),
    suffix: [...text.slice(end)].slice(0, CONTEXT_CHARS).join(''),
    start: cpStart,
    end: cpStart + cpLength(exact),
  };
}

/** The motivation a draft implies: a verdict assesses, a note comments, tags tag, else a highlight. */
function motivationOf(d: Draft): string {
  if (d.motivation === 'questioning' && d.note && !d.verdict) return 'questioning';
  return d.verdict ? 'assessing' : d.note ? 'commenting' : d.tags.length ? 'tagging' : 'highlighting';
}

function draftSelector(d: Draft) {
  return d.start !== undefined && d.end !== undefined && d.end > d.start ? selectorFor(d.text, d.start, d.end) : null;
}

/** A new annotation as W3C Web Annotation JSON (what POST /api/annotations accepts). */
export function draftToAnnotation(d: Draft): Record<string, unknown> {
  const body: BodyItem[] = [];
  if (d.note) body.push({ type: 'TextualBody', value: d.note, purpose: 'commenting' });
  for (const tag of d.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  if (d.verdict) body.push({ type: 'TextualBody', value: d.verdict, purpose: 'assessing' });
  const target: Record<string, unknown> = { source: d.source };
  const s = draftSelector(d);
  if (s) {
    target.selector = [
      { type: 'TextQuoteSelector', exact: s.exact, prefix: s.prefix, suffix: s.suffix },
      { type: 'TextPositionSelector', start: s.start, end: s.end },
    ];
  }
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: motivationOf(d), body, target, visibility: d.visibility };
}

/**
 * The changes for PATCH /api/annotations/:id (plain JSON; null clears a field). Given the annotation as it was
 * loaded, only the fields the person changed are sent.
 */
export function draftToPatch(d: Draft, was?: AnnotationView): Record<string, unknown> {
  const all: Record<string, unknown> = { motivation: motivationOf(d), note: d.note || null, tags: d.tags, verdict: d.verdict || null, visibility: d.visibility, selector: draftSelector(d) };
  if (!was) return all;
  const same: Record<string, boolean> = {
    motivation: all.motivation === was.motivation, note: d.note === was.note, tags: d.tags.join('\n') === was.tags.join('\n'),
    verdict: d.verdict === was.verdict, visibility: d.visibility === was.visibility, selector: sameRange(d, was),
  };
  const changed = Object.fromEntries(Object.entries(all).filter(([k]) => !same[k]));
  return Object.keys(changed).length ? changed : { note: all.note };
}

type Listing = Annotation[] | { items?: Annotation[]; annotations?: Annotation[]; first?: { items?: Annotation[] } };

function itemsOf(data: Listing): Annotation[] {
  return Array.isArray(data) ? data : (data.items ?? data.annotations ?? data.first?.items ?? []);
}

export async function listParagraphAnnotations(paragraphId: string): Promise<AnnotationView[]> {
  const data = await request<Listing>(`/api/paragraphs/${encodeURIComponent(paragraphId)}/annotations`);
  return itemsOf(data).map(viewAnnotation);
}

/** Annotations that lost their anchor on this paragraph (kept by the store, listed apart). */
export async function listOrphans(paragraphId: string): Promise<AnnotationView[]> {
  const data = await request<Listing>(`/api/annotations?paragraph=${encodeURIComponent(paragraphId)}&status=orphaned`).catch(() => []);
  return itemsOf(data).map((a) => ({ ...viewAnnotation(a), orphaned: true }));
}

export async function createAnnotation(d: Draft): Promise<AnnotationView> {
  return viewAnnotation(await request<Annotation>('/api/annotations', { method: 'POST', body: draftToAnnotation(d) }));
}

/** The draft quotes what `was` quoted (draft offsets are UTF-16 units, the annotation's code points). */
function sameRange(d: Draft, was: AnnotationView): boolean {
  const s = draftSelector(d);
  if (!s || was.start === undefined || was.end === undefined) return !s && was.start === undefined;
  return s.start === was.start && s.end === was.end;
}

/** If-Match for the version the person saw: the server answers 412 when someone changed it since. */
const ifMatch = (version?: number): Record<string, string> => (version === undefined ? {} : { 'If-Match': `"${version}"` });

export async function getAnnotation(id: string): Promise<AnnotationView> {
  return viewAnnotation(await request<Annotation>(`/api/annotations/${encodeURIComponent(id)}`));
}

/** Save an edit of `was` (the annotation as loaded): only changed fields, conditional on its version. */
export async function updateAnnotation(was: AnnotationView, d: Draft): Promise<AnnotationView> {
  const url = `/api/annotations/${encodeURIComponent(was.id)}`;
  return viewAnnotation(await request<Annotation>(url, { method: 'PATCH', body: draftToPatch(d, was), headers: ifMatch(was.version) }));
}

export function deleteAnnotation(a: AnnotationView): Promise<void> {
  return request<void>(`/api/annotations/${encodeURIComponent(a.id)}`, { method: 'DELETE', headers: ifMatch(a.version) });
}

/** Every anchored annotation of an article the caller may see (public, and the key's own private ones). */
export async function listArticleAnnotations(articleId: string): Promise<AnnotationView[]> {
  const data = await request<Listing>(`/api/annotations?article=${encodeURIComponent(articleId)}&status=anchored&limit=500`);
  return itemsOf(data).map(viewAnnotation);
}

/** The fact-check page of an annotation (ClaimReview embedded), a page to read and share. */
export function factCheckUrl(id: string): string {
  return `/a/${encodeURIComponent(id)}`;
}

export function claimReviewUrl(id: string): string {
  return `/api/annotations/${encodeURIComponent(id)}/claimreview`;
}
