// The README's extract examples run as written, and what the README says they print holds; so do its search examples.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import { evaluateRelevance, ingestRelevanceCorpus, loadRelevanceSet } from '../../bench/relevance.ts';
import { openSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { silentLogger, startTestMeili, type TestMeili } from '../helpers/meili.ts';

const run = promisify(execFile);
const readme = readFileSync('README.md', 'utf8');
/** Every `npx verbatim extract …` line of the README's shell blocks, without its comment. */
const examples = [...readme.matchAll(/^npx verbatim (extract [^#\n]+?)\s*(?:#.*)?$/gm)].map((m) => m[1]!.split(/\s+/));
/** The README's placeholder PDF stands for any PDF: a fixture plays it. */
const PDF_STAND_IN = 'tests/fixtures/real/cdc-test-kits-release-2020-02-06.pdf';

test('the README shows extract examples for a dump, its JSON and a PDF', () => {
  assert.ok(examples.length >= 3, `found ${examples.length}`);
  assert.ok(examples.some((a) => a.includes('--json')));
  assert.ok(examples.some((a) => a.some((x) => x.endsWith('.pdf'))));
});

for (const args of examples) {
  const argv = args.map((a) => (a === 'some-report.pdf' ? PDF_STAND_IN : a));
  test(`README example runs: verbatim ${args.join(' ')}`, async () => {
    const { stdout } = await run(process.execPath, ['bin/verbatim.js', ...argv], { maxBuffer: 64 * 1024 * 1024 });
    if (argv.includes('--json')) {
      const doc = JSON.parse(stdout) as { document: object; articles: unknown[]; paragraphs: unknown[]; stats: { passes?: unknown[] } };
      for (const key of ['document', 'articles', 'paragraphs', 'stats']) assert.ok(key in doc, `contract has ${key}`);
      assert.ok(doc.paragraphs.length > 0 && doc.articles.length > 0);
      assert.ok(Array.isArray(doc.stats.passes), 'stats.passes, as the README says');
    } else {
      // "paragraphs tagged `[p.6 · answer · Name]`"
      assert.match(stdout, /^\[p\.(\d+|\?) · [a-z]+( · .+)?\]$/m);
      assert.match(stdout, /^## .+\n {3}(news|interview|opinion)/m, 'article headings with their kind');
    }
  });
}

test('the README\'s dev-set figure is the one the floors assert', () => {
  const floors = JSON.parse(readFileSync('tests/fixtures/dev/floors.json', 'utf8')) as { dev: Record<string, Record<string, { pass: boolean }>> };
  const forms = Object.values(floors.dev).flatMap((d) => Object.values(d));
  const m = /`npm run score` prints `(\d+)\/(\d+) PASS/.exec(readme);
  assert.ok(m, 'README states the dev-set figure');
  assert.equal(Number(m[2]), forms.length);
  assert.equal(Number(m[1]), forms.filter((f) => f.pass).length);
});

test('the README\'s quote example names a real paragraph and quote, and its citation is the one the API gives', async () => {
  const { extractFile } = await import('../../src/corpus.ts');
  const { toParagraphRecords } = await import('../../src/search/records.ts');
  const { citeQuote } = await import('../../src/search/citation.ts');
  const m = /paragraphs\/(p_[0-9a-f]+)\?quote=(q_[0-9a-f]+)/.exec(readme);
  assert.ok(m, 'README shows a quote example');
  const doc = await extractFile('corpus/kazakhstan-elections-special-report.txt');
  const record = toParagraphRecords(doc).find((p) => p.id === m[1]);
  const quote = record?.quotes.find((q) => q.id === m[2]);
  assert.ok(record && quote, `${m[1]} holds ${m[2]} (re-run the example and update the README if extraction changed)`);
  const cited = citeQuote(record, quote, 'http://localhost:3000').text;
  assert.ok(readme.replace(/\s*\n\s*/g, ' ').includes(`\`${cited}\``), `README shows the citation: ${cited}`);
  const speakerExample = /api\/quotes --data-urlencode 'speaker=([^']+)'/.exec(readme);
  assert.equal(speakerExample?.[1], quote.speaker, 'the quotes example asks for the speaker of the quote shown');
});

// The search syntax section: every query of its table finds, first, a paragraph that prints what the table says;
// its suggestion example and its relevance figures are what the service answers and the bench prints.
describe('README search syntax', { timeout: 240_000 }, () => {
  let meili: TestMeili;
  let engine: SearchEngine;
  before(async () => {
    meili = await startTestMeili();
    engine = await openSearchEngine({ url: meili.url, key: meili.key, index: 'readme_test', logger: silentLogger });
    await ingestRelevanceCorpus(engine);
  });
  after(async () => {
    await engine?.close();
    await meili?.stop();
  });
  const search = (q: string) => engine.service.search(
    { q, speakers: [], articles: [], kinds: [], pages: [], limit: 5, offset: 0, sort: 'relevance', verdicts: [], fields: ['text'] }, { baseUrl: 'http://x' },
  );
  const section = readme.slice(readme.indexOf('### Search syntax'));
  const rows = [...section.slice(0, section.indexOf('\n\n- ')).matchAll(/^\| (`.+`) \| `(.+)` \|$/gm)];

  test('the table has rows', () => assert.ok(rows.length >= 6, `${rows.length} rows`));
  for (const [, typed, prints] of rows) {
    for (const [, q] of typed!.matchAll(/`([^`]+)`/g)) {
      test(`README: ${q} finds “${prints}” first`, async () => {
        const res = await search(q!);
        assert.ok(res.hits[0]?.text?.toLowerCase().includes(prints!.toLowerCase()), `${q}: ${res.hits[0]?.text ?? 'nothing'}`);
      });
    }
  }

  test('README: the suggestion example', async () => {
    const m = /\(`(\w+)` → `(\[.+?\])`\)/.exec(section);
    assert.ok(m, 'the README shows a suggestion example');
    assert.deepEqual((await search(m[1]!)).suggestions, JSON.parse(m[2]!));
  });

  test('README: the relevance figures are the ones the bench prints', async () => {
    const m = /prints recall@5 ([\d.]+) and MRR ([\d.]+)/.exec(section);
    assert.ok(m, 'the README states the relevance figures');
    const report = await evaluateRelevance(engine, await loadRelevanceSet());
    assert.equal(report.recallAt5.toFixed(3), m[1]);
    assert.equal(report.mrr.toFixed(3), m[2]);
  });
});

test('the README\'s speaker example shows the name forms the profile gives', async () => {
  const { extractFile } = await import('../../src/corpus.ts');
  const { toParagraphRecords } = await import('../../src/search/records.ts');
  const { buildProfile } = await import('../../src/search/speakers.ts');
  const m = /^# roles, counts per article, names seen: (.+)$/m.exec(readme);
  assert.ok(m, 'README shows the name forms of its speaker example');
  const name = decodeURIComponent(/curl -s localhost:3000\/api\/speakers\/(\S+)/.exec(readme)?.[1] ?? '');
  const records = toParagraphRecords(await extractFile('corpus/kazakhstan-elections-special-report.txt'));
  const theirs = records.filter((p) => p.speakers.includes(name));
  const around = records.filter((p) => theirs.some((t) => t.articleId && t.articleId === p.articleId));
  const shown = buildProfile(name, theirs, around).variants.map((v) => `"${v.text}" (${v.count})`).join(', ');
  assert.equal(m[1], shown);
});
