// Adapter: re-anchoring on PostgreSQL, by the rules of src/annotations/reanchor.ts (its `decide`). One transaction
// per document, under an advisory lock on the document, so two nodes ingesting the same document never interleave.
import type { DocumentReplacedListener, ParagraphLookup, ParagraphRecord, ReplacementImpact } from '../../domain/ports.ts';
import type { Candidate } from '../../annotations/anchor.ts';
import type { Annotation } from '../../annotations/model.ts';
import { decide, planWrite, type ReanchorReport } from '../../annotations/reanchor.ts';
import type { PgAnnotationStore } from './annotations.ts';
import { withTransaction, type PgClient } from './pool.ts';

interface Logger {
  info(obj: object, msg?: string): void;
}

interface Ctx {
  byId: Map<string, ParagraphRecord>;
  candidates: Candidate[];
  report: ReanchorReport;
  c: PgClient;
}

export class PgReanchorer implements DocumentReplacedListener {
  constructor(
    private readonly store: PgAnnotationStore,
    private readonly log?: Logger,
  ) {}

  async onDocumentReplaced(docId: string, _before: ParagraphRecord[], after: ParagraphRecord[]): Promise<void> {
    await this.reanchorDocument(docId, after);
  }

  async onDocumentDeleted(docId: string): Promise<void> {
    await this.reanchorDocument(docId, []);
  }

  async reconcile(paragraphs: ParagraphLookup): Promise<ReanchorReport[]> {
    const reports: ReanchorReport[] = [];
    for (const docId of await this.store.documentIds()) {
      const after = await paragraphs.listDocumentParagraphs(docId);
      if (after.length) reports.push(await this.reanchorDocument(docId, after));
    }
    return reports;
  }

  async reanchorDocument(docId: string, after: ParagraphRecord[]): Promise<ReanchorReport> {
    const report: ReanchorReport = { docId, unchanged: 0, moved: [], orphaned: [] };
    const byId = new Map(after.map((p) => [p.id, p]));
    const candidates: Candidate[] = after.map((p) => ({ id: p.id, text: p.text }));
    await withTransaction(this.store.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`reanchor:${docId}`]);
      for (const a of await this.store.byDocument(docId, c)) await this.reanchorOne(a, { byId, candidates, report, c });
    });
    if (report.moved.length || report.orphaned.length) {
      this.log?.info({ docId, moved: report.moved.length, orphaned: report.orphaned.length }, 'annotations re-anchored');
    }
    return report;
  }

  /** Dry run of a replacement: how many live annotations would be orphaned, how many would newly need review. */
  async assessReplacement(docId: string, after: Array<{ id: string; text: string }>): Promise<ReplacementImpact> {
    const byId = new Map(after.map((p) => [p.id, p]));
    const out = { orphaned: 0, needsReview: 0 };
    for (const a of await this.store.byDocument(docId)) {
      if (a.deleted || a.status === 'orphaned') continue;
      const d = decide(a, byId, after);
      if (d.kind === 'orphan') out.orphaned++;
      else if (d.kind === 'move' && d.status === 'needs-review' && a.status !== 'needs-review') out.needsReview++;
    }
    return out;
  }

  async countAnnotations(docId: string): Promise<number> {
    return (await this.store.byDocument(docId)).filter((a) => !a.deleted && a.status !== 'orphaned').length;
  }

  private async reanchorOne(a: Annotation, { byId, candidates, report, c }: Ctx): Promise<void> {
    const w = planWrite(a, byId, candidates, report);
    if (w?.kind === 'refresh') await this.store.refreshAttribution(a.id, w.articleId, w.speakers, c);
    else if (w?.kind === 'move') await this.store.moveTarget(a.id, w.target, w.status, w.detail, w.writtenOn, c);
  }
}
