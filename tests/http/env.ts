// Test environment for HTTP tests: a real Meilisearch, the corpus and the fixture document ingested, and the app.
import type { Express } from 'express';
import { loadConfig, type Config } from '../../src/config.ts';
import type { AnnotationIndex } from '../../src/domain/ports.ts';
import { createApp, type AppDeps } from '../../src/http/app.ts';
import { openSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { silentLogger, startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { corpusDocument, fixtureDocument } from '../search/fixtures.ts';

export const BASE = 'https://verbatim.test';

export interface HttpEnv {
  meili: TestMeili;
  engine: SearchEngine;
  config: Config;
  app: Express;
  /** Another app on the same engine, with other dependencies or settings. */
  makeApp(extra?: Partial<AppDeps>, env?: Record<string, string>): Express;
  close(): Promise<void>;
}

export async function startHttpEnv(): Promise<HttpEnv> {
  const meili = await startTestMeili();
  try {
    const engine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'paragraphs', logger: silentLogger });
    await engine.ingester.ingestDocuments([await corpusDocument(), fixtureDocument()]);
    const makeConfig = (env: Record<string, string> = {}) => loadConfig({ PUBLIC_URL: BASE, RATE_LIMIT_PER_MINUTE: '1000000', ...env });
    const config = makeConfig();
    const makeApp = (extra: Partial<AppDeps> = {}, env?: Record<string, string>) =>
      createApp({ config: makeConfig(env), logger: silentLogger, search: engine.service, ...extra });
    return {
      meili, engine, config, app: makeApp(), makeApp,
      close: async () => {
        await engine.close();
        await meili.stop();
      },
    };
  } catch (e) {
    await meili.stop();
    throw e;
  }
}

/** An in-memory annotation index (the annotation store is not Meilisearch, so a stand-in is fine here). */
export function fakeAnnotations(byParagraph: Record<string, string[]>): AnnotationIndex {
  return {
    summarize: (ids) => new Map(ids.filter((id) => byParagraph[id]).map((id) => [id, { count: byParagraph[id]!.length, verdicts: [...new Set(byParagraph[id])] }])),
    annotatedParagraphIds: (verdicts) =>
      Object.entries(byParagraph).filter(([, vs]) => !verdicts || vs.some((v) => verdicts.includes(v))).map(([id]) => id),
  };
}
