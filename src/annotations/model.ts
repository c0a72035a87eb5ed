// The annotation record as the store keeps it, and the fixed vocabularies it uses.

export const MOTIVATIONS = ['commenting', 'highlighting', 'tagging', 'questioning', 'assessing'] as const;
export type Motivation = (typeof MOTIVATIONS)[number];

/** The verdict scale, best to worst; `unverifiable` sits outside the scale. */
export const VERDICTS = ['true', 'mostly-true', 'mixed', 'misleading', 'false', 'unverifiable'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VISIBILITIES = ['public', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/**
 * `anchored`: the target points at a live paragraph. `orphaned`: re-anchoring failed; kept, never dropped.
 * `needs-review`: re-anchoring found the passage only with changed words; the note still points at them, keeps
 * the quote it was written on (`writtenOn`) and waits for a person (its verdict is not counted on search hits).
 */
export const STATUSES = ['anchored', 'orphaned', 'needs-review'] as const;
export type AnchorStatus = (typeof STATUSES)[number];

export const ROLES = ['reader', 'annotator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: resolved from an API key. */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
}

/** Where an annotation points inside its paragraph. Offsets count Unicode code points, as the W3C model says. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface AnnotationTarget {
  paragraphId: string;
  docId: string;
  articleId: string | null;
  speakers: string[];
  /** The paragraph text the selector was made on: lets us re-anchor even when the index is gone. */
  paragraphText: string;
  /** null: the annotation covers the whole paragraph. */
  selector: QuoteSelector | null;
}

export interface Annotation {
  id: string;
  motivation: Motivation;
  note: string | null;
  tags: string[];
  verdict: Verdict | null;
  visibility: Visibility;
  status: AnchorStatus;
  target: AnnotationTarget;
  creator: { keyId: string; name: string };
  created: string;
  modified: string;
  /** The version counter (1 on creation, +1 on every change): the ETag, checked against If-Match. */
  version: number;
  deleted: { at: string; by: string } | null;
  /** Set while status is `needs-review`: the target (paragraph, text and quote) the note was written on. */
  writtenOn?: AnnotationTarget | null;
}

export type HistoryAction = 'update' | 'delete' | 'restore' | 'reanchor' | 'orphan';

export interface HistoryEntry {
  version: number;
  action: HistoryAction;
  at: string;
  by: string;
  /** The annotation as it was before this change (its visibility decides who may see this entry). */
  before: Annotation;
  detail: Record<string, unknown> | null;
}

/** What a caller may change on an annotation (already validated and anchored). */
export interface AnnotationChanges {
  motivation?: Motivation;
  note?: string | null;
  tags?: string[];
  verdict?: Verdict | null;
  visibility?: Visibility;
  target?: AnnotationTarget;
  status?: AnchorStatus;
  writtenOn?: AnnotationTarget | null;
}

export interface NewAnnotation {
  motivation: Motivation;
  note: string | null;
  tags: string[];
  verdict: Verdict | null;
  visibility: Visibility;
  target: AnnotationTarget;
}

export interface AnnotationFilter {
  paragraph?: string;
  document?: string;
  article?: string;
  speaker?: string;
  tag?: string;
  creator?: string;
  motivation?: Motivation;
  verdict?: Verdict;
  status?: AnchorStatus | 'deleted';
  /** Anchored or needing review: every annotation that points at a live paragraph (a paragraph's own list). */
  attached?: boolean;
  q?: string;
}

/** Who may see what: admins see everything, others public annotations plus their own. */
export interface Viewer {
  keyId: string | null;
  admin: boolean;
}

export function viewerOf(p: Principal | null): Viewer {
  return { keyId: p?.keyId ?? null, admin: p?.role === 'admin' };
}

export function canSee(a: Annotation, v: Viewer): boolean {
  return a.visibility === 'public' || v.admin || a.creator.keyId === v.keyId;
}
