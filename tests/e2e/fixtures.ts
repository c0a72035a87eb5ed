// What the e2e tests look up through the API at test time (never copied from the corpus into the tests).
/** A hit as `fields=citation` returns it (text and citation are absent from the default, slim hit). */
export interface ApiHit {
  id: string;
  text: string;
  n: number;
  page: number | null;
  kind: string;
  speakers: string[];
  article: { id: string; title: string } | null;
  citation: { permalink: string; text: string; markdown: string };
  annotations: { count: number; verdicts: string[] };
}

export interface ApiSearch {
  hits: ApiHit[];
  total: number;
  facets: { speakers: Record<string, number>; articles: Record<string, number>; kinds: Record<string, number> };
}

export function apiClient(baseUrl: string) {
  return async function api<T>(pathAndQuery: string): Promise<T> {
    const res = await fetch(baseUrl + pathAndQuery, { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(`${pathAndQuery}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** Plain words only: a phrase of them has no punctuation the tokenizer could split differently. */
const PLAIN_WORD = /^[A-Za-z]{4,}$/;
/** Words in a quoted phrase: long enough to be a real quote, short enough to stay inside one sentence. */
export const PHRASE_WORDS = 4;

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The first run of PHRASE_WORDS plain words in the paragraph, or null. */
export function phraseIn(text: string): string | null {
  const w = words(text);
  for (let i = 0; i + PHRASE_WORDS <= w.length; i++) {
    const run = w.slice(i, i + PHRASE_WORDS);
    if (run.every((x) => PLAIN_WORD.test(x))) return run.join(' ');
  }
  return null;
}

/** An attributed paragraph with a quotable phrase (an answer when there is one: it has a question too). */
export function pickTarget(hits: ApiHit[]): { hit: ApiHit; phrase: string } {
  const candidates = hits
    .filter((h) => h.speakers.length > 0 && h.article)
    .map((hit) => ({ hit, phrase: phraseIn(hit.text) }))
    .filter((c): c is { hit: ApiHit; phrase: string } => c.phrase !== null);
  const pick = candidates.find((c) => c.hit.kind === 'answer') ?? candidates[0];
  if (!pick) throw new Error('no attributed paragraph with a plain four-word phrase in the corpus');
  return pick;
}

/** Start and end (UTF-16) of the middle three words of a paragraph, for a text selection. */
export function middleWords(text: string): { start: number; end: number } {
  const re = /\S+/g;
  const spans: { start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  const mid = Math.max(0, Math.floor(spans.length / 2) - 1);
  const first = spans[mid];
  const last = spans[Math.min(mid + 2, spans.length - 1)];
  if (!first || !last) throw new Error('paragraph has no words');
  return { start: first.start, end: last.end };
}
