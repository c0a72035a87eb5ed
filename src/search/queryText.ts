// Adapter (pure): what a user typed → the query Meilisearch gets. Typographic quotes mark phrases like `"…"`;
// figures, spellings and the indexed documents' synonyms are rewritten to the search form the index holds beside
// each text (src/text/searchForm.ts), so "30.3 million", "€30.3m" and "30,3 mn" all find "€30.3 million".
import { NO_SYNONYMS, readUnits, type SynonymTable, type Unit } from '../text/searchForm.ts';
import { ENGLISH_STOP_WORDS } from './stopWords.ts';

const STOP_WORDS: ReadonlySet<string> = new Set(ENGLISH_STOP_WORDS);

export interface QueryPart {
  phrase: boolean;
  text: string;
  /** `-word` or `-"phrase"`: Meilisearch's negative operator, kept as typed. */
  negated: boolean;
}

/** Opening quote → the marks that may close it. Straight and typographic, English and continental. */
export const PHRASE_QUOTES: Readonly<Record<string, string>> = {
  '"': '"”“', '“': '”“"', '”': '”"', '„': '“”"', '«': '»', '»': '«', '‹': '›', '‘': '’‘\'', '‚': '‘’', "'": '\'’',
};
/** Single quotes double as apostrophes: they open only at a word's start and close only at its end. */
const SINGLE = new Set(["'", '‘', '‚', '’']);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const RANGE_DASH = /^[-‐–]$/;

/** Split a query into plain runs and phrases; an unclosed double quote runs to the end. */
export function splitQuery(q: string): QueryPart[] {
  const parts: QueryPart[] = [];
  let plain = '';
  const flush = () => {
    if (plain.trim()) parts.push({ phrase: false, text: plain, negated: false });
    plain = '';
  };
  for (let i = 0; i < q.length; i++) {
    const ch = q[i]!;
    const closers = PHRASE_QUOTES[ch];
    const opensHere = closers !== undefined && (!SINGLE.has(ch) || !WORD_CHAR.test(q[i - 1] ?? ''));
    const close = opensHere ? findClose(q, i + 1, closers!, SINGLE.has(ch)) : -1;
    if (!opensHere || (close < 0 && SINGLE.has(ch))) {
      plain += ch;
      continue;
    }
    const negated = plain.endsWith('-') && !WORD_CHAR.test(plain[plain.length - 2] ?? '');
    if (negated) plain = plain.slice(0, -1);
    flush();
    const end = close < 0 ? q.length : close;
    if (q.slice(i + 1, end).trim()) parts.push({ phrase: true, text: q.slice(i + 1, end), negated });
    i = end;
  }
  flush();
  return parts;
}

function findClose(q: string, from: number, closers: string, single: boolean): number {
  for (let j = from; j < q.length; j++) {
    if (!closers.includes(q[j]!)) continue;
    if (!single || !WORD_CHAR.test(q[j + 1] ?? '')) return j;
  }
  return -1;
}

/**
 * The Meilisearch query for what the user typed. Stop words are dropped outside phrases, so the content words of
 * a question decide; a query of nothing but stop words keeps them, and phrases always match word for word.
 */
export function toEngineQuery(q: string, synonyms: SynonymTable = NO_SYNONYMS): string {
  const parts = splitQuery(q);
  const content = parts.some((p) => p.phrase || readUnits(p.text).some((u) => u.kind === 'figure' || !isStopWord(p.text.slice(u.start, u.end))));
  return parts.map((p) => (p.phrase ? phraseQuery(p, synonyms) : plainQuery(p.text, synonyms, content))).filter(Boolean).join(' ');
}

const isStopWord = (typed: string) => STOP_WORDS.has(typed.toLowerCase());

function phraseQuery(part: QueryPart, synonyms: SynonymTable): string {
  const inner = rewrite(part.text, synonyms, (u) => u.tokens.join(' ')).trim();
  return inner ? `${part.negated ? '-' : ''}"${inner}"` : '';
}

/**
 * Changed words become their keys; a figure or a several-word synonym becomes a phrase, which Meilisearch matches
 * exactly (no typo, no prefix: "1,200" must not find "1,300" or "12000"). Everything else stays as typed.
 */
function plainQuery(text: string, synonyms: SynonymTable, dropStopWords: boolean): string {
  const render = (u: Unit, typed: string) => {
    if (u.kind === 'figure' || u.queryTokens.length > 1) return `"${u.queryTokens.join(' ')}"`;
    return dropStopWords && isStopWord(typed) && standsAlone(text, u) ? '' : u.queryTokens[0]!;
  };
  return rewrite(text, synonyms, render).replace(/\s+/g, ' ').trim();
}

/** A whole word between spaces or punctuation ("it" of "it's" is not: dropping it would leave "'s"). */
function standsAlone(text: string, u: Unit): boolean {
  return !/['’\p{L}\p{N}]/u.test(text[u.start - 1] ?? ' ') && !/['’\p{L}\p{N}]/u.test(text[u.end] ?? ' ');
}

/** The text with each unit whose search form differs from what was typed replaced by `render(unit)`. */
function rewrite(text: string, synonyms: SynonymTable, render: (u: Unit, typed: string) => string): string {
  let out = '';
  let pos = 0;
  for (const u of readUnits(text, synonyms)) {
    const typed = text.slice(u.start, u.end);
    const replacement = render(u, typed);
    if (u.kind === 'word' && replacement === typed.toLowerCase()) continue;
    const negation = replacement === '' && text[u.start - 1] === '-' ? 1 : 0;
    // "30-40%": a range, not "30" and a negated "40%".
    const between = RANGE_DASH.test(text.slice(pos, u.start)) && u.kind === 'figure' && pos > 0 ? ' ' : text.slice(pos, u.start - negation);
    out += between + (u.start > 0 && WORD_CHAR.test(text[u.start - 1]!) ? ' ' : '') + replacement;
    pos = u.end;
  }
  return out + text.slice(pos);
}
