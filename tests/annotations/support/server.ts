// Standalone annotation server for the durability test (the full server needs Meilisearch): express with the
// annotations router, the SQLite store in $DATA_DIR and an in-memory paragraph lookup built from the corpus.
// Prints "listening <port>" when ready, and writes the port to $PORT_FILE (atomically) if set.
import fs from 'node:fs';
import express from 'express';
import { annotationsDbPath, openDatabase } from '../../../src/annotations/db.ts';
import { KeyStore } from '../../../src/annotations/keys.ts';
import { AnnotationStore } from '../../../src/annotations/store.ts';
import { createAnnotationsRouter } from '../../../src/http/annotations.ts';
import { FakeParagraphs, corpusRecords, testErrorHandler } from '../helpers.ts';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('DATA_DIR is required');
const db = openDatabase(annotationsDbPath(dataDir));
const store = new AnnotationStore(db);
const app = express();
app.use('/api', createAnnotationsRouter({ store, keys: new KeyStore(db), paragraphs: new FakeParagraphs(await corpusRecords()) }));
app.use(testErrorHandler);
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  if (process.env.PORT_FILE) {
    fs.writeFileSync(`${process.env.PORT_FILE}.tmp`, String(port));
    fs.renameSync(`${process.env.PORT_FILE}.tmp`, process.env.PORT_FILE);
  }
  process.stdout.write(`listening ${port}\n`);
});
process.on('SIGTERM', () => server.close(() => (db.close(), process.exit(0))));
