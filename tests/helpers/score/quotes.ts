// Quote coverage against a gold file: every gold speaker who is *quoted* (not the paragraph's own voice) must be
// carried by a quote of that speaker whose span lies inside the paragraph holding the gold sentence. Pure: no fs.
// Which gold speakers are quoted, from the gold alone: every `sp` of a news article, and in an opinion piece every
// `sp` that is not one of its authors (in interviews, `sp` is always the questioner or the guest: a voice).
import { type Gold, type GoldSentence, letters, normName, normText } from './checkExtract.ts';

type Json = Record<string, unknown>;

interface OutQuote { start: number; end: number; text: string; speaker: string }
interface OutParagraph { text: string; articleId: string | null; quotes?: OutQuote[] }

export interface QuoteMiss { sentence: string; speaker: string; why: string }
export interface QuoteCoverage { held: number; total: number; misses: QuoteMiss[] }

interface GoldArticleKind { key: string; title: string; authors: string[]; kind?: string }
/** A gold file whose articles carry their kind (`news`, `interview`, `opinion`), as the dev and bundled golds do. */
export type KindedGold = Gold & { articles: GoldArticleKind[] };

/** The gold speakers of a sentence that are quoted in it rather than speaking it. */
export function quotedSpeakers(s: GoldSentence, articles: readonly GoldArticleKind[]): string[] {
  const a = articles.find((x) => x.key === s.a);
  if (!a || (s.kind && s.kind !== 'standfirst')) return [];
  if (a.kind === 'news') return s.sp ?? [];
  if (a.kind === 'opinion') return (s.sp ?? []).filter((n) => !a.authors.some((au) => normName(au) === normName(n)));
  return [];
}

/** The paragraph the scorer would match the sentence to (exact text first, then letters only; its article first). */
function paragraphOf(s: GoldSentence, paras: readonly OutParagraph[], titleOf: (id: string | null) => string): OutParagraph | undefined {
  const t = normText(s.t);
  let cands = paras.filter((p) => normText(p.text).includes(t));
  if (cands.length === 0) cands = paras.filter((p) => letters(p.text).includes(letters(s.t)));
  return cands.find((p) => titleOf(p.articleId) === s.a) ?? cands[0];
}

const sameName = (got: string, want: string): boolean => {
  const g = normName(got);
  const w = normName(want);
  return g === w || (g.includes(w) && g.length - w.length < 25);
};

/** Why the paragraph does not carry a quote of `speaker` with a true span, or null when it does. */
function missing(p: OutParagraph, speaker: string): string | null {
  const theirs = (p.quotes ?? []).filter((q) => sameName(q.speaker, speaker));
  if (theirs.length === 0) return `no quote of theirs (quotes: ${JSON.stringify((p.quotes ?? []).map((q) => q.speaker))})`;
  const inside = theirs.some((q) => q.start >= 0 && q.end <= p.text.length && q.start < q.end && p.text.slice(q.start, q.end) === q.text);
  return inside ? null : 'their quote has no span inside the paragraph';
}

export function checkQuotes(gold: KindedGold, out: Json): QuoteCoverage {
  const paras = (out.paragraphs as OutParagraph[] | undefined) ?? [];
  const arts = (out.articles as { id: string; title: string }[] | undefined) ?? [];
  const keyOf = new Map(arts.map((a) => [a.id, gold.articles.find((g) => letters(g.title) === letters(a.title))?.key ?? '']));
  const titleOf = (id: string | null) => (id ? keyOf.get(id) ?? '' : '');
  const result: QuoteCoverage = { held: 0, total: 0, misses: [] };
  for (const s of gold.sentences) {
    for (const speaker of quotedSpeakers(s, gold.articles)) {
      result.total++;
      const p = paragraphOf(s, paras, titleOf);
      const why = p ? missing(p, speaker) : 'sentence not found';
      if (why === null) result.held++;
      else result.misses.push({ sentence: s.t.slice(0, 80), speaker, why });
    }
  }
  return result;
}
