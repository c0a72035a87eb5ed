// Pure: "Did you mean …?" for a query that found nothing. Each word of the query that the corpus does not hold is
// replaced by the closest word it does hold (edit distance, ties to the more frequent word), and speaker names
// close to the query are offered whole.

/** Edits allowed per word length: beyond these a "correction" is a different word. */
export const SUGGEST_MAX_DISTANCE = (length: number): number => (length <= 4 ? 1 : length <= 8 ? 2 : 3);
/** How many suggestions an empty result carries. */
export const SUGGESTION_LIMIT = 3;

/** Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > cap) return cap + 1;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]!;
}

/** Words in order of frequency (most frequent first); `has` answers exact membership fast. */
export interface Vocabulary {
  words: readonly string[];
  has(word: string): boolean;
}

export function makeVocabulary(wordsByFrequency: readonly string[]): Vocabulary {
  const set = new Set(wordsByFrequency);
  return { words: wordsByFrequency, has: (w) => set.has(w) };
}

/** The closest vocabulary word to `word` within the allowed distance, or null. */
export function closestWord(word: string, vocabulary: Vocabulary): string | null {
  const cap = SUGGEST_MAX_DISTANCE(word.length);
  let best: string | null = null;
  let bestDistance = cap + 1;
  for (const candidate of vocabulary.words) {
    const d = editDistance(word, candidate, bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
    if (bestDistance === 1) break; // the most frequent word one edit away: nothing closer but the word itself
  }
  return best;
}

const QUERY_WORD = /[\p{L}\p{M}]+/gu;

/** Suggested queries: the query with its unknown words corrected, then speaker names close to it. */
export function suggestQueries(q: string, vocabulary: Vocabulary, speakers: readonly string[]): string[] {
  const out: string[] = [];
  let changed = false;
  const corrected = q.replace(QUERY_WORD, (w) => {
    const lower = w.toLowerCase();
    if (lower.length < 3 || vocabulary.has(lower)) return w;
    const fix = closestWord(lower, vocabulary);
    if (!fix) return w;
    changed = true;
    return matchCase(w, fix);
  });
  if (changed) out.push(corrected);
  for (const name of closeSpeakers(q, speakers)) if (!out.includes(name)) out.push(name);
  return out.slice(0, SUGGESTION_LIMIT);
}

/** Speakers whose name, or one part of it, is within the allowed distance of a query word. */
function closeSpeakers(q: string, speakers: readonly string[]): string[] {
  const words = (q.toLowerCase().match(QUERY_WORD) ?? []).filter((w) => w.length >= 3);
  const scored = speakers.map((name) => {
    const parts = name.toLowerCase().match(QUERY_WORD) ?? [];
    const d = Math.min(...words.flatMap((w) => parts.map((p) => editDistance(w, p, SUGGEST_MAX_DISTANCE(p.length)) - SUGGEST_MAX_DISTANCE(p.length))));
    return { name, d };
  });
  return scored.filter((s) => s.d <= 0).sort((a, b) => a.d - b.d).map((s) => s.name);
}

function matchCase(typed: string, word: string): string {
  return /^\p{Lu}/u.test(typed) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** Distinct words of a text (letters only, 4+ characters, lower case) by descending frequency. */
export function vocabularyOf(texts: Iterable<string>, skip: ReadonlySet<string>, limit: number): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) for (const m of t.toLowerCase().matchAll(QUERY_WORD)) {
    const w = m[0];
    if (w.length >= 4 && !skip.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([w]) => w);
}
