// Adapter: load a document file (text dump) and its metadata file from disk, and run the pipeline.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputError, NotFoundError } from './domain/errors.ts';
import type { DocumentMeta, ExtractedDocument } from './domain/types.ts';
import { readText } from './extract/readText.ts';
import { decodeText } from './extract/textCheck.ts';
import { extractDocument } from './pipeline.ts';
import { loadLexicon } from './lexicon.ts';

const MetaSchema = z.object({
  title: z.string().min(1).optional(),
  publisher: z.string().optional(),
  year: z.number().int().optional(),
  date: z.string().optional(),
  language: z.string().optional(),
  url: z.string().optional(),
  synonyms: z.array(z.array(z.string().min(1)).min(2)).optional(),
  /** Per-document overrides of the conventions (checked field by field against the defaults when extracted). */
  conventions: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});

/** `report.txt` → `report.meta.json` beside it. */
export function metaPathFor(file: string): string {
  return path.join(path.dirname(file), path.basename(file, path.extname(file)) + '.meta.json');
}

export async function readMeta(file: string): Promise<DocumentMeta> {
  let raw: string;
  try {
    raw = await fs.readFile(metaPathFor(file), 'utf8');
  } catch {
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new InputError(`${metaPathFor(file)}: not valid JSON: ${(e as Error).message}`, 'bad_meta');
  }
  const parsed = MetaSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${metaPathFor(file)}: ${issue?.path.join('.') || 'the file'}: ${issue?.message}`, 'bad_meta');
  }
  return parsed.data;
}

/** A stable document id from the file name: a new version of the same file keeps its id. */
export function documentIdFor(file: string): string {
  const base = path.basename(file, path.extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return base.slice(0, 60) || 'doc-' + createHash('sha256').update(file).digest('hex').slice(0, 8);
}

export function contentHash(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Read a text dump, refusing what is missing, empty or binary with a one-line InputError/NotFoundError. */
export async function readTextFile(file: string): Promise<{ text: string; bytes: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new NotFoundError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new InputError(`${file} is a directory, not a file`);
    throw new InputError(`cannot read ${file}: ${code ?? String(e)}`);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') throw new InputError(`${file} is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${file} looks binary, not a text dump (a PDF? use a .pdf file name)`);
  return { text: decodeText(bytes, file, loadLexicon()), bytes };
}

export async function extractFile(file: string): Promise<ExtractedDocument & { contentHash: string }> {
  const { text, bytes } = await readTextFile(file);
  const meta = await readMeta(file);
  const raw = readText(text, path.basename(file));
  const doc = extractDocument(raw, { id: documentIdFor(file), ...meta }, { lexicon: loadLexicon() });
  return { ...doc, contentHash: contentHash(bytes) };
}
