// The whole extraction pipeline as one pure function: pages in, attributed paragraphs out.
// The passes are declared in order in PASSES; each is timed and counted into `stats.passes`.
import { createHash } from 'node:crypto';
import type {
  ArticleDraft, Attribution, DocumentAttribution, DocumentInfo, ExtractedDocument, Paragraph, ParagraphDraft, PassStat,
  RawDocument, RepairedDocument, SegmentedDocument,
} from './domain/types.ts';
import { repairDocument } from './repair/index.ts';
import type { Lexicon } from './text/lexicon.ts';
import { segmentDocument } from './segment/index.ts';
import { attributeDocument } from './attribute/index.ts';
import { type Conventions, DEFAULT_CONVENTIONS, withOverrides } from './conventions/index.ts';
import { assessQuality, type QualityVerdict } from './extract/quality.ts';

export interface DocumentIdentity extends Omit<DocumentInfo, 'pageCount' | 'title' | 'source'> {
  title?: string;
}

/** Run read → repair → segment → attribute and give every article and paragraph a stable id. */
export interface PipelineOptions {
  /** General English word list (the caller loads it; stages do no I/O). */
  lexicon?: Lexicon;
  /** The conventions to read this document by; default: the generic ones with the document's own overrides. */
  conventions?: Conventions;
}

/** What the passes hand each other: each pass fills in its own field. */
interface PassState {
  raw: RawDocument;
  options: PipelineOptions;
  repaired?: RepairedDocument;
  segmented?: SegmentedDocument;
  attributions?: DocumentAttribution;
  /** Set when the text layer is poor: nobody is attributed from it. */
  quality?: QualityVerdict;
}

/** One pass of the pipeline: a name, the work, and what it counts (shown in `stats.passes`). */
interface Pass {
  name: string;
  run(state: PassState): number;
}

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`pipeline: ${what} is missing (passes out of order)`);
  return value;
};

/** The pipeline, declared in order. Each pass returns how many things it produced. */
export const PASSES: readonly Pass[] = [
  {
    name: 'repair',
    run: (s) => {
      s.repaired = repairDocument(s.raw, { lexicon: s.options.lexicon, ...(s.options.conventions ? { furniture: s.options.conventions.furniture } : {}) });
      return s.repaired.blocks.length;
    },
  },
  {
    name: 'segment',
    run: (s) => {
      const c = s.options.conventions;
      s.segmented = segmentDocument(need(s.repaired, 'repair').blocks, c ? { articles: c.articles, voice: c.voice, paragraphs: c.paragraphs } : {});
      return s.segmented.articles.length;
    },
  },
  {
    name: 'attribute',
    run: (s) => {
      s.quality = judgeQuality(s);
      const segmented = need(s.segmented, 'segment');
      s.attributions = s.quality ? unattributed(segmented) : attributeDocument(segmented, {
        lexicon: s.options.lexicon,
        ...(s.options.conventions ? { conventions: s.options.conventions.attribution } : {}),
      });
      return s.attributions.articles.flat().filter((a) => a.speakers.length).length;
    },
  },
];

/** Is the text layer good enough to attribute from (the repaired lines, the reader's evidence)? */
function judgeQuality(s: PassState): QualityVerdict | undefined {
  const texts = need(s.repaired, 'repair').blocks.flatMap((b) => b.lines.map((l) => l.text));
  return assessQuality(texts, s.raw.wordSizeJitter ?? 0, s.options.lexicon);
}

/** A poor text layer: every paragraph kept, nobody attributed (rather than speakers invented from misreadings). */
function unattributed(seg: SegmentedDocument): DocumentAttribution {
  const none = (): Attribution => ({ speakers: [], roles: {}, voice: null, quotes: [] });
  return { front: seg.front.map(none), articles: seg.articles.map((a) => a.paragraphs.map(none)) };
}

function runPasses(raw: RawDocument, options: PipelineOptions): { state: PassState; passes: PassStat[] } {
  const state: PassState = { raw, options };
  const passes = PASSES.map((pass) => {
    const t0 = performance.now();
    const count = pass.run(state);
    return { name: pass.name, count, ms: Math.round((performance.now() - t0) * 10) / 10 };
  });
  return { state, passes };
}

export function extractDocument(raw: RawDocument, identityWithOverrides: DocumentIdentity, options: PipelineOptions = {}): ExtractedDocument {
  const { conventions: overrides, ...identity } = identityWithOverrides;
  const conventions = options.conventions ?? withOverrides(DEFAULT_CONVENTIONS, overrides);
  const { state, passes } = runPasses(raw, { ...options, conventions });
  const repaired = need(state.repaired, 'repair');
  const segmented = need(state.segmented, 'segment');
  const attributions = need(state.attributions, 'attribute');
  const paragraphs: Paragraph[] = [];
  const articles = segmented.articles.map((a, i) => {
    const id = articleId(identity.id, a, i);
    const pages = a.paragraphs.map((p) => p.page).filter((p): p is number => p !== null);
    paragraphs.push(...toParagraphs(identity.id, id, a.paragraphs, attributions.articles[i] ?? []));
    return {
      id, title: a.title, authors: attributions.authors?.[i] ?? a.authors, kind: a.kind,
      ...(a.rubric ? { rubric: a.rubric } : {}),
      pages: [pages.length ? Math.min(...pages) : null, pages.length ? Math.max(...pages) : null] as [number | null, number | null],
    };
  });
  paragraphs.unshift(...toParagraphs(identity.id, null, segmented.front, attributions.front));
  const title = identity.title ?? segmented.articles[0]?.title ?? raw.source;
  return {
    document: {
      ...identity, title, source: raw.source, pageCount: raw.pages.length,
      ...(state.quality ? { quality: state.quality.quality, qualityReasons: state.quality.reasons } : {}),
    },
    articles,
    paragraphs: dedupeIds(paragraphs),
    stats: { ...repaired.stats, passes },
  };
}

function toParagraphs(docId: string, articleId: string | null, drafts: ParagraphDraft[], attrs: Attribution[]): Paragraph[] {
  return drafts.map((d, i) => {
    const a = attrs[i] ?? { speakers: [], roles: {}, voice: null, quotes: [] };
    const { label: _label, bold: _bold, italic: _italic, softBreaks: _soft, spans: _spans, ...rest } = d;
    const id = paragraphId(docId, d.text);
    const quotes = withOccurrence(a.quotes.map((q) => ({ id: quoteId(id, q.text), ...q })));
    return { id, articleId, n: i + 1, ...rest, speakers: a.speakers, roles: a.roles, voice: a.voice, quotes };
  });
}

/** A content-derived id: unchanged across runs and code changes as long as the text is the same. */
export function paragraphId(docId: string, text: string): string {
  const norm = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return 'p_' + hash(`${docId}\n${norm}`).slice(0, 16);
}

/** A quote's id: stable while its paragraph and its words are. */
export function quoteId(paragraphIdValue: string, text: string): string {
  return 'q_' + hash(`${paragraphIdValue}\n${text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}`).slice(0, 12);
}

function articleId(docId: string, a: ArticleDraft, index: number): string {
  return 'a_' + hash(`${docId}\n${a.title.toLowerCase()}\n${a.title ? '' : index}`).slice(0, 12);
}

/** The same words quoted twice in one paragraph (or one quote of two speakers) get a stable occurrence suffix. */
function withOccurrence<Q extends { id: string }>(quotes: Q[]): Q[] {
  const seen = new Map<string, number>();
  return quotes.map((q) => {
    const k = seen.get(q.id) ?? 0;
    seen.set(q.id, k + 1);
    return k === 0 ? q : { ...q, id: `${q.id}_${k + 1}` };
  });
}

/** Identical texts in one document (rare: repeated headings) get a stable occurrence suffix. */
function dedupeIds(paragraphs: Paragraph[]): Paragraph[] {
  const seen = new Map<string, number>();
  return paragraphs.map((p) => {
    const k = seen.get(p.id) ?? 0;
    seen.set(p.id, k + 1);
    return k === 0 ? p : { ...p, id: `${p.id}_${k + 1}` };
  });
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
