// Adapter: keeps annotations attached when ingestion replaces or deletes a document's paragraphs.
// Annotations are never dropped: what cannot be found again is marked `orphaned` (and retried next time).
import type { DocumentReplacedListener, ParagraphLookup, ParagraphRecord } from '../domain/ports.ts';
import { reanchor, type Candidate } from './anchor.ts';
import type { Annotation, AnnotationTarget } from './model.ts';
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

  private reanchorOne(a: Annotation, byId: Map<string, ParagraphRecord>, candidates: Candidate[], report: ReanchorReport): void {
    const same = byId.get(a.target.paragraphId);
    if (same && same.text === a.target.paragraphText && a.status === 'anchored') {
      if (same.articleId !== a.target.articleId || same.speakers.join('\n') !== a.target.speakers.join('\n')) {
        this.store.refreshAttribution(a.id, same.articleId, same.speakers);
      }
      report.unchanged++;
      return;
    }
    const found = reanchor(a.target, candidates);
    const to = found ? byId.get(found.paragraphId) : undefined;
    if (found && to) {
      const target = targetFor(to, found.selector);
      const detail = {
        method: found.method, from: where(a.target), to: where(target), ...(found.distance !== undefined ? { distance: found.distance } : {}),
      };
      this.store.moveTarget(a.id, target, 'anchored', detail);
      report.moved.push({ id: a.id, method: found.method, from: a.target.paragraphId, to: to.id });
    } else if (a.status !== 'orphaned') {
      this.store.moveTarget(a.id, a.target, 'orphaned', { reason: 'quote not found in the new version', from: where(a.target) });
      report.orphaned.push(a.id);
    } else {
      report.orphaned.push(a.id);
    }
  }
}

export function targetFor(p: ParagraphRecord, selector: AnnotationTarget['selector']): AnnotationTarget {
  return { paragraphId: p.id, docId: p.docId, articleId: p.articleId, speakers: [...p.speakers], paragraphText: p.text, selector };
}

function where(t: AnnotationTarget) {
  return { paragraphId: t.paragraphId, exact: t.selector?.exact ?? null, start: t.selector?.start ?? null, end: t.selector?.end ?? null };
}
