// Adapter: re-anchoring on PostgreSQL (the rules of src/annotations/reanchor.ts). One transaction per document,
// under an advisory lock on the document, so two nodes ingesting the same document never interleave their moves.
import type { DocumentReplacedListener, ParagraphLookup, ParagraphRecord } from '../../domain/ports.ts';
import { reanchor, type Candidate } from '../../annotations/anchor.ts';
import type { Annotation } from '../../annotations/model.ts';
import { targetFor, type ReanchorReport } from '../../annotations/reanchor.ts';
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

  private async reanchorOne(a: Annotation, { byId, candidates, report, c }: Ctx): Promise<void> {
    const same = byId.get(a.target.paragraphId);
    if (same && same.text === a.target.paragraphText && a.status === 'anchored') {
      if (same.articleId !== a.target.articleId || same.speakers.join('\n') !== a.target.speakers.join('\n')) {
        await this.store.refreshAttribution(a.id, same.articleId, same.speakers, c);
      }
      report.unchanged++;
      return;
    }
    const found = reanchor(a.target, candidates);
    const to = found ? byId.get(found.paragraphId) : undefined;
    if (found && to) {
      const target = targetFor(to, found.selector);
      const detail = { method: found.method, from: where(a.target), to: where(target), ...(found.distance !== undefined ? { distance: found.distance } : {}) };
      await this.store.moveTarget(a.id, target, 'anchored', detail, c);
      report.moved.push({ id: a.id, method: found.method, from: a.target.paragraphId, to: to.id });
    } else {
      if (a.status !== 'orphaned') {
        await this.store.moveTarget(a.id, a.target, 'orphaned', { reason: 'quote not found in the new version', from: where(a.target) }, c);
      }
      report.orphaned.push(a.id);
    }
  }
}

function where(t: Annotation['target']) {
  return { paragraphId: t.paragraphId, exact: t.selector?.exact ?? null, start: t.selector?.start ?? null, end: t.selector?.end ?? null };
}
