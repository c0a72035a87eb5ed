// A small hand-written document with known speakers, kinds and pages (no corpus text), and corpus helpers.
import path from 'node:path';
import { extractFile } from '../../src/corpus.ts';
import type { Article, Paragraph, ParagraphKind, SpeakerRole } from '../../src/domain/types.ts';
import { paragraphId } from '../../src/pipeline.ts';
import type { IngestableDocument } from '../../src/search/records.ts';

export const CORPUS_FILE = path.resolve('corpus/kazakhstan-elections-special-report.txt');
export const FIXTURE_DOC = 'fixture-gazette';
export const ADA = 'Ada Example';
export const BO = 'Bo Sample';
export const CY = 'Cy Writer';

const ARTICLES: Article[] = [
  { id: 'a_fixture000001', title: 'Talking quokkas', authors: [ADA], kind: 'interview', pages: [2, 3] },
  { id: 'a_fixture000002', title: 'Zephyr news', authors: ['Cy Writer', 'Di Editor'], kind: 'news', pages: [3, 3] },
];

type Row = [article: 0 | 1, kind: ParagraphKind, page: number, text: string, speakers: Array<[string, SpeakerRole]>];

const ROWS: Row[] = [
  [0, 'heading', 2, 'Talking quokkas', []],
  [0, 'question', 2, 'Why do quokkas smile at tourists on the island?', [[ADA, 'interviewer']]],
  [0, 'answer', 2, 'Quokkas smile because their jaw muscles relax, the zoologist explained patiently.', [[BO, 'interviewee']]],
  [0, 'question', 3, 'What does the zephyr bring to the island in spring?', [[ADA, 'interviewer']]],
  [0, 'answer', 3, 'The zephyr brings pollen, seabirds and rumours of rain.', [[BO, 'interviewee']]],
  [0, 'caption', 3, 'A quokka on the ferry deck.', []],
  [1, 'body', 3, 'The zephyr reached the harbour at dawn, a spokesperson for the port said.', [[CY, 'author'], [BO, 'quoted']]],
  [1, 'body', 3, 'Readers asked whether <b>bold</b> & "quoted" quokka text is escaped.', []],
];

/** The fixture document; `edit` changes the rows (to test re-ingest of a changed document). */
export function fixtureDocument(edit: (rows: Row[]) => Row[] = (r) => r, contentHash = 'fixture-v1'): IngestableDocument {
  const counters = [0, 0];
  const paragraphs: Paragraph[] = edit(ROWS.map((r) => [...r] as Row)).map(([a, kind, page, text, speakers]) => ({
    id: paragraphId(FIXTURE_DOC, text),
    articleId: ARTICLES[a]!.id,
    n: ++counters[a]!,
    page,
    kind,
    text,
    speakers: speakers.map(([s]) => s),
    roles: Object.fromEntries(speakers),
    voice: speakers.find(([, role]) => role !== 'quoted')?.[0] ?? null,
    quotes: [],
  }));
  return {
    document: { id: FIXTURE_DOC, title: 'The Fixture Gazette', source: 'fixture.txt', pageCount: 3, publisher: 'Fixture Press', year: 2021 },
    articles: ARTICLES,
    paragraphs,
    stats: { letterSpaced: 0, dropCaps: 0, hyphens: 0, jumps: 0, columns: 0, strayWords: 0 },
    contentHash,
  };
}

export async function corpusDocument(): Promise<IngestableDocument> {
  return extractFile(CORPUS_FILE);
}

/** Lower-case word tokens, the way a search engine splits text (letters and digits). */
export function tokens(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The `n` longest distinct words of a text (a query that should find it). */
export function distinctiveWords(text: string, n = 4): string[] {
  const words = [...new Set(tokens(text).filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w)))];
  return words.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, n);
}
