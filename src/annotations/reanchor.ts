// Adapter: keeps annotations attached when ingestion replaces or deletes a document's paragraphs.
// Annotations are never dropped: what cannot be found again is marked `orphaned` (and retried next time); what is
// found only with changed words is marked `needs-review` and keeps the words it was written on.
import type { DocumentReplacedListener, ParagraphLookup, ParagraphRecord } from '../domain/ports.ts';
import { reanchor, type Candidate, type Reanchored } from './anchor.ts';
import type { AnchorStatus, Annotation, AnnotationTarget } from './model.ts';
import type { AnnotationStore } from './store.ts';

export interface ReanchorReport {
  docId: string;
  unchanged: number;
  moved: { id: string; method: string; from: string; to: string }[];
  orphaned: string[];
}

interface Logger {
  info(obj: object, msg?: string): void;
}

export class AnnotationReanchorer implements DocumentReplacedListener {
  constructor(
    private readonly store: AnnotationStore,
    private readonly log?: Logger,
  ) {}

  onDocumentReplaced(docId: string, _before: ParagraphRecord[], after: ParagraphRecord[]): void {
    this.reanchorDocument(docId, after);
  }

  onDocumentDeleted(docId: string): void {
    this.reanchorDocument(docId, []);
  }

  /**
   * Check every annotated document against what the index holds now (after a rebuild of the index, or an
   * ingest that saw the document as new). Documents the index does not hold are left alone: a deletion
   * arrives through onDocumentDeleted.
   */
  async reconcile(paragraphs: ParagraphLookup): Promise<ReanchorReport[]> {
    const docIds = this.store.documentIds();
    const reports: ReanchorReport[] = [];
    for (const docId of docIds) {
      const after = await paragraphs.listDocumentParagraphs(docId);
      if (after.length) reports.push(this.reanchorDocument(docId, after));
    }
    return reports;
  }

  /**
   * Re-anchor every annotation of a document in its new paragraphs, in one transaction. `before` is not
   * needed: each annotation keeps the paragraph text its selector was made on.
   */
  reanchorDocument(docId: string, after: ParagraphRecord[]): ReanchorReport {
    const report: ReanchorReport = { docId, unchanged: 0, moved: [], orphaned: [] };
    const byId = new Map(after.map((p) => [p.id, p]));
    const candidates: Candidate[] = after.map((p) => ({ id: p.id, text: p.text }));
    this.store.transaction(() => {
      for (const a of this.store.byDocument(docId)) this.reanchorOne(a, byId, candidates, report);
    });
    if (report.moved.length || report.orphaned.length) {
      this.log?.info({ docId, moved: report.moved.length, orphaned: report.orphaned.length }, 'annotations re-anchored');
    }
    return report;
  }

  /**
   * Dry run of a replacement (uploads ask before replacing): how many live annotations these paragraphs would
   * orphan, and how many would newly need review. Nothing is written.
   */
  assessReplacement(docId: string, after: Array<{ id: string; text: string }>): { orphaned: number; needsReview: number } {
    const byId = new Map(after.map((p) => [p.id, p]));
    const out = { orphaned: 0, needsReview: 0 };
    for (const a of this.store.byDocument(docId)) {
      if (a.deleted || a.status === 'orphaned') continue;
      const d = decide(a, byId, after);
      if (d.kind === 'orphan') out.orphaned++;
      else if (d.kind === 'move' && d.status === 'needs-review' && a.status !== 'needs-review') out.needsReview++;
    }
    return out;
  }

  /** Live annotations on a document (tombstones and orphans aside). */
  countAnnotations(docId: string): number {
    return this.store.byDocument(docId).filter((a) => !a.deleted && a.status !== 'orphaned').length;
  }

  private reanchorOne(a: Annotation, byId: Map<string, ParagraphRecord>, candidates: Candidate[], report: ReanchorReport): void {
    const w = planWrite(a, byId, candidates, report);
    if (w?.kind === 'refresh') this.store.refreshAttribution(a.id, w.articleId, w.speakers);
    else if (w?.kind === 'move') this.store.moveTarget(a.id, w.target, w.status, w.detail, w.writtenOn);
  }
}

/** What re-anchoring writes for one annotation (each store applies it its own way), or nothing. */
export type ReanchorWrite =
  | { kind: 'refresh'; articleId: string | null; speakers: string[] }
  | { kind: 'move'; target: AnnotationTarget; status: AnchorStatus; detail: Record<string, unknown>; writtenOn: AnnotationTarget | null };

/** The write one annotation needs after its document changed, with the outcome counted in `report`. */
export function planWrite(a: Annotation, byId: Map<string, ParagraphRecord>, candidates: Candidate[], report: ReanchorReport): ReanchorWrite | null {
  const d = decide(a, byId, candidates);
  if (d.kind === 'unchanged') {
    report.unchanged++;
    const same = byId.get(a.target.paragraphId);
    const stale = same && (same.articleId !== a.target.articleId || same.speakers.join('\n') !== a.target.speakers.join('\n'));
    return same && stale && a.status === 'anchored' ? { kind: 'refresh', articleId: same.articleId, speakers: same.speakers } : null;
  }
  if (d.kind === 'orphan') {
    report.orphaned.push(a.id);
    const detail = { reason: 'quote not found in the new version', from: where(a.target) };
    return d.write ? { kind: 'move', target: d.origin, status: 'orphaned', detail, writtenOn: null } : null;
  }
  const to = byId.get(d.found.paragraphId)!;
  const target = targetFor(to, d.found.selector);
  const review = d.status === 'needs-review';
  const detail = {
    method: d.found.method, from: where(a.target), to: where(target), ...(d.found.distance !== undefined ? { distance: d.found.distance } : {}),
    ...(review ? { needsReview: true, writtenOn: where(d.origin) } : {}),
  };
  report.moved.push({ id: a.id, method: d.found.method, from: a.target.paragraphId, to: to.id });
  return { kind: 'move', target, status: d.status, detail, writtenOn: review ? d.origin : null };
}

type Decision =
  | { kind: 'unchanged' }
  | { kind: 'move'; found: Reanchored; status: 'anchored' | 'needs-review'; origin: AnnotationTarget }
  | { kind: 'orphan'; origin: AnnotationTarget; write: boolean };

/**
 * What happens to one annotation in the new paragraphs. The search always starts from the words the note was
 * written on (`writtenOn` while it needs review): the same words found again re-attach it (an orphan too);
 * changed words only ever give `needs-review`, keeping the original; nothing found keeps the original, orphaned.
 */
export function decide(a: Annotation, byId: Map<string, { text: string }>, candidates: Candidate[]): Decision {
  const origin = a.status === 'needs-review' && a.writtenOn ? a.writtenOn : a.target;
  const inPlace = byId.get(a.target.paragraphId)?.text === a.target.paragraphText;
  if (inPlace && a.status === 'anchored') return { kind: 'unchanged' };
  const found = reanchor(origin, candidates);
  const placed = !!found && byId.has(found.paragraphId);
  if (found && placed && !found.changed) return { kind: 'move', found, status: 'anchored', origin };
  if (a.status === 'needs-review' && inPlace) return { kind: 'unchanged' }; // still waiting for a person
  if (found && placed) return { kind: 'move', found, status: 'needs-review', origin };
  return { kind: 'orphan', origin, write: a.status !== 'orphaned' || a.target !== origin };
}

export function targetFor(p: ParagraphRecord, selector: AnnotationTarget['selector']): AnnotationTarget {
  return { paragraphId: p.id, docId: p.docId, articleId: p.articleId, speakers: [...p.speakers], paragraphText: p.text, selector };
}

function where(t: AnnotationTarget) {
  return { paragraphId: t.paragraphId, exact: t.selector?.exact ?? null, start: t.selector?.start ?? null, end: t.selector?.end ?? null };
}
