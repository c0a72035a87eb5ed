// An invented document whose paragraphs carry quotes (spans, cues), voices and narration, for the quote routes.
import type { Article, Paragraph, ParagraphKind, Quote, SpeakerRole } from '../../src/domain/types.ts';
import { paragraphId, quoteId } from '../../src/pipeline.ts';
import type { IngestableDocument } from '../../src/search/records.ts';

export const QUOTE_DOC = 'quote-courier';
export const GUS = 'Gus Harbourmaster';
export const HAL = 'Hal Guest';
export const FLO = 'Flo Reporter';

const ARTICLES: Article[] = [
  { id: 'a_courier00001', title: 'Harbour reopens', authors: [FLO], kind: 'news', pages: [5, 5] },
  { id: 'a_courier00002', title: 'Talking tides', authors: [FLO], kind: 'interview', pages: [6, 6] },
];

/** Narration long enough (over the 40-word snippet) that a quote at its end is out of a plain snippet. */
const LONG_LEAD =
  'Budget figures for the harbour rose by a tenth over the year, the council approved the dredging plan after a long ' +
  'evening session, the ferry company added two sailings on weekdays, the fish market moved to the eastern quay, and ' +
  'the old customs house was let to a rowing club for a nominal rent.';

interface Row {
  article: 0 | 1;
  kind: ParagraphKind;
  page: number;
  text: string;
  voice?: [string, SpeakerRole];
  quotes?: Array<[text: string, speaker: string, cue?: string]>;
}

export const ROWS: Row[] = [
  { article: 0, kind: 'heading', page: 5, text: 'Harbour reopens' },
  {
    article: 0, kind: 'body', page: 5,
    text: 'The harbour reopened on Monday. “We rebuilt the pier in nine weeks,” said Gus Harbourmaster, who ran the works. “Nobody believed the ferries would return,” he added.',
    quotes: [['We rebuilt the pier in nine weeks,', GUS, 'said Gus Harbourmaster'], ['Nobody believed the ferries would return,', GUS, 'he added']],
  },
  {
    article: 0, kind: 'body', page: 5,
    text: `${LONG_LEAD} “The ferries are back for good,” the harbourmaster said.`,
    quotes: [['The ferries are back for good,', GUS, 'the harbourmaster said']],
  },
  { article: 0, kind: 'body', page: 5, text: 'Harbourmaster thanked the divers, and the ferries sounded their horns at noon.' },
  { article: 1, kind: 'question', page: 6, text: 'What changed at the pier this spring?', voice: [FLO, 'interviewer'] },
  {
    article: 1, kind: 'answer', page: 6,
    text: 'The tides changed. Gus Harbourmaster told me, “The pier will outlast us all,” and I believe him.',
    voice: [HAL, 'interviewee'],
    quotes: [['The pier will outlast us all,', GUS, 'Gus Harbourmaster told me']],
  },
];

function toParagraph(row: Row, n: number): Paragraph {
  const id = paragraphId(QUOTE_DOC, row.text);
  const quotes: Quote[] = (row.quotes ?? []).map(([text, speaker, cue]) => {
    const start = row.text.indexOf(text);
    if (start < 0) throw new Error(`quote not in its paragraph: ${text}`);
    return { id: quoteId(id, text), start, end: start + text.length, text, speaker, ...(cue ? { cue } : {}) };
  });
  const roles: Record<string, SpeakerRole> = Object.fromEntries(quotes.map((q) => [q.speaker, 'quoted' as SpeakerRole]));
  if (row.voice) roles[row.voice[0]] = row.voice[1];
  return {
    id, articleId: ARTICLES[row.article]!.id, n, page: row.page, kind: row.kind, text: row.text,
    speakers: Object.keys(roles), roles, voice: row.voice?.[0] ?? null, quotes,
  };
}

export function quoteDocument(): IngestableDocument {
  const counters = [0, 0];
  return {
    document: { id: QUOTE_DOC, title: 'The Quokka Courier', source: 'courier.txt', pageCount: 6, publisher: 'Quokka Press', year: 2022 },
    articles: ARTICLES,
    paragraphs: ROWS.map((r) => toParagraph(r, ++counters[r.article]!)),
    stats: { letterSpaced: 0, dropCaps: 0, hyphens: 0, jumps: 0, columns: 0, strayWords: 0 },
    contentHash: 'courier-v1',
  };
}
