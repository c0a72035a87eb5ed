// HTTP: uploads. POST a PDF or text file (multipart, field `file`, plus metadata fields) → 202 and the record;
// GET the records; DELETE (admin) removes a document from the index. Thin: the work is in src/documents.
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import path from 'node:path';
import { z } from 'zod';
import type { KeyResolver } from '../annotations/keys.ts';
import { InputError, TooLargeError } from '../domain/errors.ts';
import type { DocumentService, Uploader } from '../documents/service.ts';
import { authenticate, principalOf, requirePrincipal } from './auth.ts';

export interface DocumentsRouterDeps {
  service: DocumentService;
  keys: KeyResolver;
  maxBytes: number;
}

/** Metadata travels as form fields next to the file: a few short strings. */
const MAX_FIELDS = 8;
const MAX_FIELD_BYTES = 2048;
const DOC_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

const blankToUndefined = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const UploadFields = z.strictObject({
  title: z.preprocess(blankToUndefined, z.string().trim().max(300).optional()),
  publisher: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  date: z.preprocess(blankToUndefined, z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD').optional()),
  url: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).max(2000).optional()),
  replaces: z.preprocess(blankToUndefined, z.string().regex(DOC_ID, 'a document id').optional()),
});
const IdParam = z.object({ id: z.string().regex(DOC_ID, 'not a document id') });
/** `?confirm=orphan`: replace even though annotations lose their quotes (they are kept, orphaned). */
const UploadQuery = z.strictObject({ confirm: z.literal('orphan').optional() });

export function documentsRouter(deps: DocumentsRouterDeps): Router {
  const router = Router();
  router.use(authenticate(deps.keys));
  // Without a key: indexed documents only, without uploader, file name or hash. With one: the caller's uploads in full.
  router.get('/', async (_req, res) => {
    res.vary('Authorization').vary('X-Api-Key').json({ documents: await deps.service.list(uploaderOf(res)) });
  });
  router.get('/:id', async (req, res) => {
    res.vary('Authorization').vary('X-Api-Key').json(await deps.service.get(parse(IdParam, req.params).id, uploaderOf(res)));
  });
  router.post('/', (_req, res, next) => {
    requirePrincipal(res, 'annotator');
    next();
  }, receiveFile(deps.maxBytes), async (req, res) => {
    const who = requirePrincipal(res, 'annotator');
    const { confirm } = parse(UploadQuery, req.query);
    const file = req.file;
    if (!file) throw new InputError('send the file as multipart/form-data in a field named "file"', 'file_required');
    const { replaces, date, ...meta } = parse(UploadFields, req.body ?? {});
    const year = date ? Number(date.slice(0, 4)) : undefined;
    const { document, created } = await deps.service.upload({
      bytes: file.buffer, fileName: safeName(file.originalname), declaredType: file.mimetype,
      meta: { ...meta, ...(date ? { date, year } : {}) }, uploader: { keyId: who.keyId, name: who.name, admin: who.role === 'admin' },
      ...(replaces ? { replaces } : {}), ...(confirm ? { confirmOrphans: true } : {}),
    });
    res.status(created ? 202 : 200).location(`/api/documents/${encodeURIComponent(document.id)}`).json(document);
  });
  router.delete('/:id', async (req, res) => {
    requirePrincipal(res, 'admin');
    await deps.service.remove(parse(IdParam, req.params).id);
    res.status(204).end();
  });
  return router;
}

export function uploaderOf(res: Response): Uploader | null {
  const p = principalOf(res);
  return p && { keyId: p.keyId, name: p.name, admin: p.role === 'admin' };
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new InputError(`${issue?.path.join('.') || 'input'}: ${issue?.message}`, 'invalid_field');
  }
  return r.data;
}

/** One file in memory, capped; multer's own errors become ours (413 for size, 400 for the rest). */
function receiveFile(maxBytes: number): RequestHandler {
  const single = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, parts: MAX_FIELDS + 1 },
  }).single('file');
  return (req: Request, res: Response, next: NextFunction) => {
    single(req, res, (err?: unknown) => next(err ? uploadError(err, maxBytes) : undefined));
  };
}

function uploadError(err: unknown, maxBytes: number): Error {
  if (err instanceof multer.MulterError) {
    if (err.code === 'LIMIT_FILE_SIZE') return new TooLargeError(`the file is larger than the limit of ${maxBytes} bytes`);
    if (err.code === 'LIMIT_UNEXPECTED_FILE') return new InputError('send one file, in a field named "file"', 'bad_upload');
    return new InputError(`bad upload: ${err.message}`, 'bad_upload');
  }
  return new InputError(`bad upload: ${err instanceof Error ? err.message : String(err)}`, 'bad_upload');
}

/** The client's file name, reduced to a base name without control characters. */
function safeName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.slice(0, 200) || 'upload';
}
