// Real PDFs made elsewhere (tests/fixtures/pdfs, see PROVENANCE.md): each reads without error, and chosen
// sentences that cross column and page breaks come out in reading order.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Line, RawDocument } from '../../src/domain/types.ts';
import { readPdf } from '../../src/extract/pdf/readPdf.ts';
import { findTurnLabels, matchTurn } from '../../src/segment/turns.ts';
import { closeWorkers, extractInWorker } from '../../src/documents/runner.ts';

const DIR = 'tests/fixtures/pdfs/';
/** The transcript has 108 pages; its first pages hold every feature tested here, and keep the test short. */
const TRANSCRIPT_PAGES = 20;
const docs = new Map<string, RawDocument>();

after(closeWorkers);

before(async () => {
  for (const f of ['democracyplus_newspaper', 'federal-register-2020-17221', 'tracemonkey', 'scotus_15-674_us-v-texas_transcript']) {
    const firstPages = f.startsWith('scotus') ? TRANSCRIPT_PAGES : undefined;
    docs.set(f, await readPdf(readFileSync(`${DIR}${f}.pdf`), `${f}.pdf`, { firstPages }));
  }
});

function doc(name: string): RawDocument {
  return docs.get(name) ?? assert.fail(`not read: ${name}`);
}

function lines(raw: RawDocument): (Line & { page: number })[] {
  return raw.pages.flatMap((p) => p.lines.filter((l) => l.text !== '').map((l) => ({ ...l, page: p.index })));
}

/**
 * `a` is followed by `b` in reading order (blank lines between them allowed), on the given physical pages.
 * With `skipSmallPrint`, footnotes (set smaller than `a`) may come between: the reader puts them after a page's text.
 */
function assertFollows(raw: RawDocument, a: string, b: string, pages: [number, number], skipSmallPrint = false): void {
  const size = lines(raw).find((l) => l.text === a)?.fontSize ?? 0;
  const all = lines(raw).filter((l) => !skipSmallPrint || (l.fontSize ?? 0) >= size * 0.95);
  const i = all.findIndex((l) => l.text === a);
  assert.ok(i >= 0, `no line: ${a}`);
  assert.equal(all[i + 1]?.text, b, `after: ${a}`);
  assert.deepEqual([all[i]!.page, all[i + 1]!.page], pages, `pages of: ${a}`);
}

function assertAbsent(raw: RawDocument, pattern: RegExp): void {
  const hit = lines(raw).find((l) => pattern.test(l.text));
  assert.equal(hit, undefined, `unexpected line: ${hit?.text}`);
}

describe('real PDFs', () => {
  it('all four go through the whole pipeline, every page, in the upload worker', async () => {
    // the worker's deadline turns a stage that never returns into a failure instead of a hung test run
    const limits = { maxBytes: 50 * 1024 * 1024, maxPages: 2000, timeoutMs: 30_000, maxMemoryMb: 512 };
    for (const name of docs.keys()) {
      const out = await extractInWorker(readFileSync(`${DIR}${name}.pdf`), { fileName: `${name}.pdf` }, limits);
      assert.ok(out.paragraphs.length > 10, name);
    }
  });

  it('spoof newspaper: three columns, headlines, a page turn', () => {
    const raw = doc('democracyplus_newspaper');
    assertFollows(raw, 'bers are expected to grow markedly', 'on last year due to the traditional', [1, 1]);
    assertFollows(raw, 'Europe’s rise as an international', 'moose power will slow slightly this', [1, 1]);
    assertFollows(raw, 'Maud Johnson, grandmother of five,', 'became the first woman for fifty-six', [1, 2]);
    assert.deepEqual(raw.pages.map((p) => p.label), [1, 2]);
    assertAbsent(raw, /^The New Times: 24 SEP 2015/);
    assert.equal(lines(raw).find((l) => l.text === 'Granny wins')?.role, 'title');
    assert.ok(lines(raw).some((l) => l.text === 'threat originating in Iran. How-'), 'line-end hyphen kept');
  });

  it('Federal Register: columns, footnotes after the text, running heads and the margin stamp left out', () => {
    const raw = doc('federal-register-2020-17221');
    assertFollows(raw, 'reference a specific portion of the', 'proposal, explain the reason for any', [1, 1]);
    assertFollows(raw, 'accident after takeoff from Soekarno-', 'Hatta International Airport in Jakarta,', [1, 2]);
    assertFollows(raw, 'activation, airspeed disagree alert, and', 'altitude disagree alert,5 and may affect', [2, 2]);
    assert.deepEqual(raw.pages.map((p) => p.label), raw.pages.map((p) => 47697 + p.index));
    assertAbsent(raw, /VerDate|DSKJLSW7X2PROD|^Federal Register \/ Vol/);
  });

  it('two-column paper: column and page breaks', () => {
    const raw = doc('tracemonkey');
    assertFollows(raw, 'example, is the de facto standard for client-side web programming', 'and is used for the application logic of browser-based productivity', [1, 1]);
    assertFollows(raw, 'or that the same types will occur in subsequent loop iterations.', 'Hence, recording and compiling a trace speculates that the path and', [1, 2], true);
    const page1 = raw.pages[0]!.lines.filter((l) => l.text !== '');
    assert.match(page1[page1.length - 1]!.text, /^Copyright/, 'the copyright note at the foot of column 1 comes after the page text');
    assert.equal(lines(raw).find((l) => l.text.startsWith('Trace-based Just-in-Time'))?.role, 'title');
    assert.equal(lines(raw).find((l) => l.text === '1. Introduction')?.role, 'heading');
  });

  it('Supreme Court transcript: line numbers and furniture out, turns start paragraphs', () => {
    const raw = doc('scotus_15-674_us-v-texas_transcript');
    assert.equal(raw.pages.length, TRANSCRIPT_PAGES);
    assert.deepEqual(raw.pages.map((p) => p.label), raw.pages.map((p) => p.index));
    assertFollows(raw, 'JUSTICE GINSBURG: Couldn\'t the government', 'simply, as was suggested in one of the briefs, have', [3, 4]);
    assert.ok(lines(raw).some((l) => l.text === 'PROCEEDINGS'), 'letter-spaced heading joined');
    assertAbsent(raw, /Subject to Final Review|Alderson Reporting Company/);
    // the argument itself, from page 3 (the contents page has a column of page numbers)
    assert.equal(lines(raw).filter((l) => l.page >= 3 && /^\d{1,3}$/.test(l.text)).length, 0, 'no line or page numbers');
    const labels = findTurnLabels(lines(raw).map((l) => l.text));
    const turns = lines(raw).map((l) => matchTurn(l.text)).filter((t) => t !== null && labels.has(t.label));
    assert.ok(turns.length > 40, `turns: ${turns.length}`);
    for (const label of ['CHIEF JUSTICE ROBERTS', 'JUSTICE GINSBURG', 'GENERAL VERRILLI']) assert.ok(turns.some((t) => t?.label === label), label);
  });
});
