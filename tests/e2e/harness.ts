// End-to-end harness: the real server (`src/server.ts`, embedded Meilisearch, the bundled corpus) as a child
// process in a temporary data directory, and Debian's Chromium driven by playwright-core.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { annotationsDbPath, openDatabase } from '../../src/annotations/db.ts';
import { KeyStore } from '../../src/annotations/keys.ts';
import type { Role } from '../../src/annotations/model.ts';
import { freePort } from '../../src/search/launcher.ts';
import { apiClient } from './fixtures.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve('tests/artifacts');
const ROOT = path.resolve('.');

/** Meilisearch start plus ingesting the corpus takes seconds; a minute means something is wrong. */
const SERVER_READY_TIMEOUT_MS = 90_000;
const POLL_MS = 250;

export interface Server {
  baseUrl: string;
  /** An annotator key, created in the server's database before it started. */
  key: string;
  keyName: string;
  /** Another key in the running server's database (the server reads keys on every request). */
  addKey(name: string, role: Role): string;
  output(): string;
  stop(): Promise<void>;
}

/** Build web/dist from the current sources, so the test runs the page as it is now. */
export function buildWeb(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-web.mjs'), '--quiet'], { stdio: 'inherit' });
}

function createKey(dataDir: string, name: string, role: Role = 'annotator'): string {
  const db = openDatabase(annotationsDbPath(dataDir));
  try {
    return new KeyStore(db).create(name, role).key;
  } finally {
    db.close();
  }
}

async function waitReady(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + SERVER_READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    const health = await fetch(`${baseUrl}/health`).then((r) => (r.ok ? r.json() : null), () => null);
    if ((health as { paragraphs?: number } | null)?.paragraphs) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`server not ready after ${SERVER_READY_TIMEOUT_MS} ms:\n${output()}`);
}

/** Start `node src/server.ts` on a free port with its own data directory (and so its own Meilisearch). */
export async function startServer(): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-e2e-'));
  const keyName = 'e2e annotator';
  const key = createKey(dataDir, keyName);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, CORPUS_DIR: path.join(ROOT, 'corpus'), LOG_LEVEL: 'warn', INGEST_ON_START: 'true' };
  delete env.MEILI_URL;
  delete env.MEILI_KEY;
  delete env.PUBLIC_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitReady(baseUrl, child, () => log);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, key, keyName, addKey: (name, role) => createKey(dataDir, name, role), output: () => log, stop };
}

export interface Browser {
  context: BrowserContext;
  /** Console errors and page errors seen so far (CSP violations show up here). */
  errors: string[];
  close(): Promise<void>;
}

export async function launchBrowser(baseUrl: string): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (see .ci/run)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'verbatim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const errors: string[] = [];
  context.on('page', (page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // The page asks GET /api/documents once to decide whether to show the upload link; a 404 there is expected.
      const expected404 = /status of 404/.test(m.text()) && /\/api\/documents$/.test(m.location().url);
      if (m.type() === 'error' && !expected404) errors.push(`console: ${m.text()} (${m.location().url})`);
    });
  });
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, errors, close };
}

export function artifact(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

export interface Session {
  server: Server;
  browser: Browser;
  /** A first tab, open on nothing yet. */
  page: Page;
  /** GET JSON from the server's API (anonymous). */
  api: <T>(p: string) => Promise<T>;
  close(): Promise<void>;
}

/** What every browser test starts with: the page built from the current sources, a server, Chromium and a tab. */
export async function openSession(): Promise<Session> {
  buildWeb();
  const server = await startServer();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser(server.baseUrl);
    const page = await browser.context.newPage();
    const opened = browser;
    const close = async () => {
      await opened.close();
      await server.stop();
    };
    return { server, browser, page, api: apiClient(server.baseUrl), close };
  } catch (e) {
    await browser?.close();
    await server.stop();
    throw e;
  }
}
