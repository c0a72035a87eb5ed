// Interfaces that adapters offer each other. Types only. The HTTP layer is wired in src/http/app.ts.
import type { Paragraph, ArticleKind, SpeakerRole } from './types.ts';

/** A paragraph as stored in the search index: the paragraph plus what a citation needs. */
export interface ParagraphRecord extends Paragraph {
  docId: string;
  docTitle: string;
  publisher?: string;
  year?: number;
  articleTitle: string | null;
  articleAuthors: string[];
  articleKind: ArticleKind | null;
  /** Order of the paragraph in its document (0-based), for document-order sorting. */
  position: number;
}

/** Read access to indexed paragraphs (implemented by src/search). */
export interface ParagraphLookup {
  getParagraph(id: string): Promise<ParagraphRecord | null>;
  listDocumentParagraphs(docId: string): Promise<ParagraphRecord[]>;
}

export interface AnnotationSummary {
  count: number;
  verdicts: string[];
}

/** What search needs from the annotation store (implemented by src/annotations). */
export interface AnnotationIndex {
  /** Counts and verdicts of annotations visible to everyone, per paragraph id. */
  summarize(paragraphIds: string[]): Map<string, AnnotationSummary> | Promise<Map<string, AnnotationSummary>>;
  /** Ids of paragraphs that carry at least one public annotation (with one of these verdicts, if given). */
  annotatedParagraphIds(verdicts?: string[]): string[] | Promise<string[]>;
}

/** Called by ingestion when a document's paragraphs are replaced, so annotations can be re-anchored. */
export interface DocumentReplacedListener {
  onDocumentReplaced(docId: string, before: ParagraphRecord[], after: ParagraphRecord[]): void | Promise<void>;
  /** The document was deleted: its annotations must be kept and marked orphaned. */
  onDocumentDeleted?(docId: string, before: ParagraphRecord[]): void | Promise<void>;
  /** Live annotations on a document (uploads ask before replacing it). */
  countAnnotations?(docId: string): number | Promise<number>;
  /** Dry run of onDocumentReplaced: how many live annotations these paragraphs would orphan or newly put up for review. */
  assessReplacement?(docId: string, after: Array<{ id: string; text: string }>): ReplacementImpact | Promise<ReplacementImpact>;
}

export interface ReplacementImpact {
  orphaned: number;
  needsReview: number;
}

export interface SpeakerSummary {
  name: string;
  paragraphs: number;
  roles: SpeakerRole[];
}
