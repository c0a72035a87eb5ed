// Pure: the search form of a text. Every figure becomes its canonical number tokens (figures.ts), every word its
// spelling key (spelling.ts), and every spelling in one of the document's synonym groups the group's first
// spelling. The index holds this form beside the text; queries are rewritten to it (src/search/queryText.ts).
import { findFigures } from './figures.ts';
import { spellingKey } from './spelling.ts';

/** A figure, a word, or a run of words a synonym group names, with what the search form says instead. */
export interface Unit {
  start: number;
  end: number;
  kind: 'figure' | 'word';
  /** Tokens the index holds for this stretch of text. */
  tokens: string[];
  /** Tokens a query of this stretch asks for (differs from `tokens` for scaled figures only). */
  queryTokens: string[];
}

/** Where one unit of the text went in the search form (character offsets in both). */
export interface Segment {
  textStart: number;
  textEnd: number;
  formStart: number;
  formEnd: number;
}

export interface SearchForm {
  form: string;
  segments: Segment[];
  /** False when the search form says exactly what the text says (nothing to index beside it). */
  changed: boolean;
}

/** Synonym groups compiled for matching: word keys of a spelling → the group's first spelling, as keys. */
export interface SynonymTable {
  entries: Array<{ from: string[]; to: string[] }>;
  /** The entries by the key of their first word, longest first (a lookup per word, not a scan). */
  byFirst: Map<string, Array<{ from: string[]; to: string[] }>>;
}

export const NO_SYNONYMS: SynonymTable = { entries: [], byFirst: new Map() };

const WORD_RE = /[\p{L}\p{M}]+/gu;
/** Words of a spelling, as keys: "Saint-Malo" → ["saint", "malo"]. */
export function wordKeys(s: string): string[] {
  return (s.toLowerCase().match(WORD_RE) ?? []).map(spellingKey);
}

export function compileSynonyms(groups: readonly (readonly string[])[]): SynonymTable {
  const entries: SynonymTable['entries'] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    const to = wordKeys(group[0] ?? '');
    if (!to.length) continue;
    for (const member of group.slice(1)) {
      const from = wordKeys(member);
      const key = `${from.join(' ')}→${to.join(' ')}`;
      if (from.length && from.join(' ') !== to.join(' ') && !seen.has(key)) entries.push({ from, to });
      seen.add(key);
    }
  }
  entries.sort((a, b) => b.from.length - a.from.length);
  const byFirst = new Map<string, SynonymTable['entries']>();
  for (const e of entries) byFirst.set(e.from[0]!, [...(byFirst.get(e.from[0]!) ?? []), e]);
  return { entries, byFirst };
}

/** Figures and words of a text, left to right, with synonym runs merged into one unit. */
export function readUnits(text: string, synonyms: SynonymTable = NO_SYNONYMS): Unit[] {
  const units: Unit[] = [];
  const figures = findFigures(text);
  let f = 0;
  for (const m of text.matchAll(WORD_RE)) {
    while (f < figures.length && figures[f]!.start < m.index) {
      const fig = figures[f++]!;
      units.push({ start: fig.start, end: fig.end, kind: 'figure', tokens: fig.indexTokens, queryTokens: fig.queryTokens });
    }
    if (units.length && units[units.length - 1]!.end > m.index) continue; // a scale word or "per cent" of a figure
    const key = spellingKey(m[0].toLowerCase());
    units.push({ start: m.index, end: m.index + m[0].length, kind: 'word', tokens: [key], queryTokens: [key] });
  }
  for (const fig of figures.slice(f)) units.push({ start: fig.start, end: fig.end, kind: 'figure', tokens: fig.indexTokens, queryTokens: fig.queryTokens });
  return synonyms.entries.length ? mergeSynonyms(text, units, synonyms) : units;
}

/** Between two words of a multi-word spelling, only spaces and hyphens. */
const JOINER = /^[\s\-‐]+$/u;

function mergeSynonyms(text: string, units: Unit[], table: SynonymTable): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; ) {
    const first = units[i]!.kind === 'word' ? table.byFirst.get(units[i]!.tokens[0]!) : undefined;
    const hit = first?.find((e) => runMatches(text, units, i, e.from));
    if (!hit) {
      out.push(units[i++]!);
      continue;
    }
    const last = units[i + hit.from.length - 1]!;
    out.push({ start: units[i]!.start, end: last.end, kind: 'word', tokens: hit.to, queryTokens: hit.to });
    i += hit.from.length;
  }
  return out;
}

function runMatches(text: string, units: Unit[], i: number, from: string[]): boolean {
  for (let k = 0; k < from.length; k++) {
    const u = units[i + k];
    if (!u || u.kind !== 'word' || u.tokens[0] !== from[k]) return false;
    if (k > 0 && !JOINER.test(text.slice(units[i + k - 1]!.end, u.start))) return false;
  }
  return true;
}

/** The text with every unit replaced by its index tokens, and where each unit went. */
export function toSearchForm(text: string, synonyms: SynonymTable = NO_SYNONYMS): SearchForm {
  let form = '';
  let pos = 0;
  let changed = false;
  const segments: Segment[] = [];
  for (const u of readUnits(text, synonyms)) {
    form += text.slice(pos, u.start);
    const original = text.slice(u.start, u.end);
    const replacement = u.tokens.join(' ');
    const same = replacement === original.toLowerCase();
    changed ||= !same;
    const formStart = form.length;
    form += same ? original : replacement;
    segments.push({ textStart: u.start, textEnd: u.end, formStart, formEnd: form.length });
    pos = u.end;
  }
  form += text.slice(pos);
  return { form, segments, changed };
}

/** Character spans of the search form → the spans of the text they came from (whole units). */
export function formSpansToText(segments: readonly Segment[], spans: readonly { start: number; end: number }[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    const hit = segments.filter((g) => g.formStart < s.end && g.formEnd > s.start);
    if (hit.length) out.push({ start: hit[0]!.textStart, end: hit[hit.length - 1]!.textEnd });
  }
  return out;
}
