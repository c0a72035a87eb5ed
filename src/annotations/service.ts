// Use cases of the annotation API: anchoring against live paragraphs, and who may see or change what.
// Routes stay thin: they parse input, call one method here, and serialise.
import { ForbiddenError, InputError, NotFoundError } from '../domain/errors.ts';
import type { ParagraphLookup, ParagraphRecord } from '../domain/ports.ts';
import { anchorQuote, type SelectorInput } from './anchor.ts';
import { checkConsistency, inferMotivation, type CreateBody, type PatchBody } from './input.ts';
import {
  canSee, viewerOf, type Annotation, type AnnotationChanges, type AnnotationFilter, type AnnotationTarget, type Principal,
  type QuoteSelector,
} from './model.ts';
import type { Page } from './queries.ts';
import { targetFor } from './reanchor.ts';
import type { IfVersion } from './store.ts';
import type { AnnotationRepository } from '../store/ports.ts';

export class AnnotationService {
  constructor(
    readonly store: AnnotationRepository,
    private readonly paragraphs: ParagraphLookup,
  ) {}

  async create(body: CreateBody, who: Principal): Promise<Annotation> {
    const p = await this.paragraph(body.paragraph);
    const target = targetFor(p, body.selector ? this.anchor(p, body.selector) : null);
    const fields = {
      motivation: body.motivation ?? inferMotivation(body),
      note: body.note ?? null,
      tags: body.tags,
      verdict: body.verdict ?? null,
      visibility: body.visibility,
    };
    checkConsistency(fields);
    return this.store.create({ ...fields, target }, who);
  }

  /** The annotation if `who` may see it; a stranger gets the same 404 as for an id that does not exist. */
  async read(id: string, who: Principal | null): Promise<Annotation> {
    const a = await this.store.get(id);
    if (!a || a.deleted || !canSee(a, viewerOf(who))) throw new NotFoundError(`no annotation ${id}`);
    return a;
  }

  /** `ifVersion`: the versions the client's If-Match names (412 when the annotation has moved on). */
  async update(id: string, body: PatchBody, who: Principal, ifVersion?: IfVersion): Promise<Annotation> {
    const a = await this.editable(id, who);
    const changes: AnnotationChanges = {
      ...(body.motivation !== undefined ? { motivation: body.motivation } : {}),
      ...(body.note !== undefined ? { note: body.note } : {}),
      ...(body.tags !== undefined ? { tags: body.tags } : {}),
      ...(body.verdict !== undefined ? { verdict: body.verdict } : {}),
      ...(body.visibility !== undefined ? { visibility: body.visibility } : {}),
    };
    const target = await this.retarget(a, body);
    // A person placing the note, or accepting the words it was moved onto, ends the review.
    if (target) Object.assign(changes, { target, status: 'anchored', writtenOn: null });
    else if (body.reviewed && a.status === 'needs-review') Object.assign(changes, { status: 'anchored', writtenOn: null });
    checkConsistency({ ...a, ...changes });
    return this.store.update(id, changes, who.keyId, ifVersion);
  }

  async delete(id: string, who: Principal, ifVersion?: IfVersion): Promise<Annotation> {
    await this.editable(id, who);
    return this.store.delete(id, who.keyId, ifVersion);
  }

  async restore(id: string, who: Principal): Promise<Annotation> {
    if (who.role !== 'admin') throw new ForbiddenError('only an admin can restore a deleted annotation');
    return this.store.restore(id, who.keyId);
  }

  async list(filter: AnnotationFilter, who: Principal | null, page: Page) {
    if (filter.status === 'deleted' && who?.role !== 'admin') throw new ForbiddenError('only an admin can list deleted annotations');
    return this.store.list(filter, viewerOf(who), page);
  }

  /** Earlier versions: those that were private only for the creator and admins. */
  async history(id: string, who: Principal | null) {
    await this.read(id, who);
    return this.store.history(id, viewerOf(who));
  }

  /** The annotation with its live paragraph (null when the paragraph is gone), for ClaimReview. */
  async withParagraph(id: string, who: Principal | null): Promise<{ annotation: Annotation; paragraph: ParagraphRecord | null }> {
    const annotation = await this.read(id, who);
    const paragraph = annotation.status !== 'orphaned' ? await this.paragraphs.getParagraph(annotation.target.paragraphId) : null;
    return { annotation, paragraph };
  }

  async paragraph(id: string): Promise<ParagraphRecord> {
    const p = await this.paragraphs.getParagraph(id);
    if (!p) throw new InputError(`unknown paragraph ${id}`, 'unknown_paragraph');
    return p;
  }

  /** Visible and changeable by `who` (its creator or an admin); else 404 for strangers, 403 for others. */
  private async editable(id: string, who: Principal): Promise<Annotation> {
    const a = await this.read(id, who);
    if (who.role !== 'admin' && a.creator.keyId !== who.keyId) {
      throw new ForbiddenError('only the creator of an annotation or an admin can change it');
    }
    return a;
  }

  private anchor(p: ParagraphRecord, sel: SelectorInput): QuoteSelector {
    const found = anchorQuote(p.text, sel);
    if (!found) {
      const where = sel.start !== undefined ? ` at or near position ${sel.start}` : '';
      throw new InputError(`selector.exact is not found in paragraph ${p.id}${where}`, 'selector_mismatch');
    }
    return found;
  }

  /** A new target when the edit moves the annotation (new paragraph or new selector); null when it stays. */
  private async retarget(a: Annotation, body: PatchBody): Promise<AnnotationTarget | null> {
    if (body.paragraph === undefined && body.selector === undefined) return null;
    const p = await this.paragraph(body.paragraph ?? a.target.paragraphId);
    if (body.selector === null) return targetFor(p, null);
    if (body.selector) return targetFor(p, this.anchor(p, body.selector));
    const old = a.target.selector;
    return targetFor(p, old ? this.anchor(p, { exact: old.exact, prefix: old.prefix, suffix: old.suffix }) : null);
  }
}
