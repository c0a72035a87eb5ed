// Test environment with every part wired as in src/server.ts: a real Meilisearch, the annotation store, the
// uploads service and the app, served by the real listening socket (src/http/listen.ts) on a free port.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAnnotations, type Annotations } from '../../src/annotations/index.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { openDocuments, type Documents } from '../../src/documents/index.ts';
import { createApp } from '../../src/http/app.ts';
import { bindServer, type BoundServer } from '../../src/http/listen.ts';
import { openSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { silentLogger, startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { corpusDocument, fixtureDocument } from '../search/fixtures.ts';

export interface FullEnv {
  url: string;
  config: Config;
  keys: { reader: string; annotator: string; admin: string };
  /** A paragraph id and an annotation id that exist. */
  paragraphId: string;
  annotationId: string;
  bound: BoundServer;
  annotations: Annotations;
  documents: Documents;
  close(): Promise<void>;
}

export async function startFullEnv(env: Record<string, string> = {}): Promise<FullEnv> {
  const meili = await startTestMeili();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-full-'));
  const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000', ...env });
  const annotations = openAnnotations(dataDir);
  const engine: SearchEngine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'paragraphs', logger: silentLogger, listener: annotations.reanchorer });
  const corpus = await corpusDocument();
  await engine.ingester.ingestDocuments([corpus, fixtureDocument()]);
  const documents = openDocuments(config, engine.ingester, silentLogger);
  const { store, keys } = annotations;
  const app = createApp({ config, logger: silentLogger, search: engine.service, annotations: store, annotationApi: { store, keys }, documents: documents.service });
  const bound = await bindServer(config.port, config.host);
  bound.serve(app);
  const k = { reader: keys.create('r', 'reader').key, annotator: keys.create('a', 'annotator').key, admin: keys.create('b', 'admin').key };
  const paragraph = corpus.paragraphs.find((p) => p.text.length > 40)!;
  const url = `http://127.0.0.1:${bound.port}`;
  const created = await fetch(`${url}/api/annotations`, {
    method: 'POST', headers: { Authorization: `Bearer ${k.annotator}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ paragraph: paragraph.id, selector: { exact: paragraph.text.slice(0, 20) }, note: 'n' }),
  });
  const annotationId = String(((await created.json()) as { id: string }).id).split('/').pop()!;
  return {
    url, config, keys: k, paragraphId: paragraph.id, annotationId, bound, annotations, documents,
    close: async () => {
      bound.server.closeAllConnections();
      await new Promise<void>((r) => bound.server.close(() => r()));
      await documents.close();
      await engine.close();
      await annotations.close();
      await meili.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Send raw bytes over a socket and return everything the server writes back until it closes (or `ms` pass). */
export async function rawRequest(port: number, bytes: string | Buffer, ms = 3000): Promise<string> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    const done = () => { clearTimeout(timer); socket.destroy(); resolve(Buffer.concat(chunks).toString('latin1')); };
    const timer = setTimeout(done, ms);
    socket.on('data', (c) => chunks.push(c)).on('end', done).on('error', done).on('close', done);
  });
}
