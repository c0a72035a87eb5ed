// Test helpers: paragraph records from REAL extraction output, an in-memory ParagraphLookup (not a search
// engine, so a fake is fine), and an express app with the annotations router, a temp database and keys.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import pino from 'pino';
import { extractFile } from '../../src/corpus.ts';
import type { ParagraphLookup, ParagraphRecord } from '../../src/domain/ports.ts';
import type { ExtractedDocument } from '../../src/domain/types.ts';
import { annotationsDbPath, openDatabase, type Db } from '../../src/annotations/db.ts';
import { KeyStore } from '../../src/annotations/keys.ts';
import { AnnotationStore } from '../../src/annotations/store.ts';
import { createAnnotationsRouter } from '../../src/http/annotations.ts';
import { errorHandler } from '../../src/http/errors.ts';

export const CORPUS_FILE = path.resolve('corpus/kazakhstan-elections-special-report.txt');

export function toRecords(doc: ExtractedDocument): ParagraphRecord[] {
  const articles = new Map(doc.articles.map((a) => [a.id, a]));
  return doc.paragraphs.map((p, position) => {
    const a = p.articleId ? articles.get(p.articleId) : undefined;
    return {
      ...p,
      docId: doc.document.id,
      docTitle: doc.document.title,
      ...(doc.document.publisher ? { publisher: doc.document.publisher } : {}),
      ...(doc.document.year ? { year: doc.document.year } : {}),
      articleTitle: a?.title ?? null,
      articleAuthors: a?.authors ?? [],
      articleKind: a?.kind ?? null,
      position,
    };
  });
}

export async function corpusRecords(file = CORPUS_FILE): Promise<ParagraphRecord[]> {
  return toRecords(await extractFile(file));
}

export class FakeParagraphs implements ParagraphLookup {
  private byDoc = new Map<string, ParagraphRecord[]>();
  constructor(records: ParagraphRecord[] = []) {
    if (records.length) this.replace(records[0]!.docId, records);
  }
  replace(docId: string, records: ParagraphRecord[]): void {
    this.byDoc.set(docId, records);
  }
  async getParagraph(id: string): Promise<ParagraphRecord | null> {
    for (const list of this.byDoc.values()) {
      const p = list.find((r) => r.id === id);
      if (p) return p;
    }
    return null;
  }
  async listDocumentParagraphs(docId: string): Promise<ParagraphRecord[]> {
    return this.byDoc.get(docId) ?? [];
  }
}

/** The service's one error handler (src/http/errors.ts), silent. */
export const testErrorHandler = errorHandler(pino({ level: 'silent' }));

export interface TestEnv {
  dir: string;
  db: Db;
  store: AnnotationStore;
  keys: KeyStore;
  paragraphs: FakeParagraphs;
  app: express.Express;
  key: Record<'reader' | 'annotator' | 'other' | 'admin', string>;
  close(): void;
}

export function tempDir(prefix = 'verbatim-annotations-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function makeEnv(records: ParagraphRecord[], publicUrl = ''): TestEnv {
  const dir = tempDir();
  const db = openDatabase(annotationsDbPath(dir));
  const store = new AnnotationStore(db);
  const keys = new KeyStore(db);
  const paragraphs = new FakeParagraphs(records);
  const app = express();
  app.use('/api', createAnnotationsRouter({ store, keys, paragraphs, publicUrl }));
  app.use(testErrorHandler);
  const key = {
    reader: keys.create('Rita Reader', 'reader').key,
    annotator: keys.create('Ann Annotator', 'annotator').key,
    other: keys.create('Otto Other', 'annotator').key,
    admin: keys.create('Ada Admin', 'admin').key,
  };
  const close = () => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { dir, db, store, keys, paragraphs, app, key, close };
}

/** A paragraph long enough to quote from, and a quote in its middle that occurs once in it. */
export function pickQuote(records: ParagraphRecord[], minLength = 300, skip = 0): { p: ParagraphRecord; exact: string; start: number } {
  const long = records.filter((r) => r.text.length >= minLength && !/[\u{10000}-\u{10FFFF}]/u.test(r.text));
  const p = long[skip];
  if (!p) throw new Error('no paragraph long enough in the corpus extraction');
  const from = p.text.indexOf(' ', Math.floor(p.text.length / 3)) + 1;
  const to = p.text.indexOf(' ', from + 40);
  const exact = p.text.slice(from, to);
  if (p.text.indexOf(exact) !== from || p.text.lastIndexOf(exact) !== from) return pickQuote(records, minLength, skip + 1);
  return { p, exact, start: from };
}

export const auth = (key: string) => ({ Authorization: `Bearer ${key}` });
