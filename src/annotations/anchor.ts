// Anchoring: check a client's selector against a paragraph on creation, and find a quote again in a
// document's new paragraphs after re-extraction (exact → prefix/suffix context → fuzzy).
import { LevenshteinDistanceSearch } from 'natural/lib/natural/distance/index.js';
import type { QuoteSelector } from './model.ts';
import {
  contextAgreement, cpLength, normalizeSpace, occurrences, selectorAt, unitIndex, wordSimilarity,
} from './text.ts';

/** How far (code units) the quote may sit from the given start: client renderers collapse whitespace and shift offsets. */
export const POSITION_TOLERANCE = 64;
/** A context match may stretch or shrink the quote this much: beyond it, prefix and suffix framed another passage. */
const CONTEXT_SPAN_RATIO = 2;
/**
 * The similarity floor of a fuzzy match, 1 − edits / quote length: the edits allowed grow with the quote's length
 * (a typo fixed or a word changed in a sentence), while a short phrase must match almost letter for letter.
 * At 0.2 edits per character a 30-character phrase could lose a whole word ("tax institute" → "tax in the").
 */
export const FUZZY_MAX_EDIT_RATIO = 0.12;
export const FUZZY_MIN_SIMILARITY = 1 - FUZZY_MAX_EDIT_RATIO;
/**
 * Fuzzy matching stays near the old position: only in a paragraph that is still recognisably the old one (this
 * share of its word pairs: a paragraph split in three keeps 0.5, a heavily edited one about 0.4, while two
 * different paragraphs of one report share only stock phrases, under 0.15), never in another passage that
 * happens to use similar words.
 */
export const FUZZY_SAME_PARAGRAPH_SIMILARITY = 0.3;
/** Levenshtein search is quadratic: run it only on the paragraphs that look most like the old one. */
const FUZZY_CANDIDATES = 3;
/** A whole-paragraph annotation follows a paragraph that still shares this share of its word pairs. */
export const PARAGRAPH_MIN_SIMILARITY = 0.6;
/** A match resting on fewer characters (quote plus agreeing context) happens by chance in a long report. */
const MIN_EVIDENCE_CHARS = 24;

export interface SelectorInput {
  exact: string;
  start?: number | undefined;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

/** The full selector for a client's quote, or null when the quote is not in the text at (or near) `start`. */
export function anchorQuote(text: string, input: SelectorInput): QuoteSelector | null {
  const hits = occurrences(text, input.exact);
  if (hits.length === 0) return null;
  let best: number | undefined;
  if (input.start !== undefined) {
    const want = unitIndex(text, input.start);
    best = [...hits].sort((a, b) => Math.abs(a - want) - Math.abs(b - want))[0];
    if (best === undefined || Math.abs(best - want) > POSITION_TOLERANCE) return null;
  } else {
    const prefix = input.prefix ?? '';
    const suffix = input.suffix ?? '';
    best = bestBy(hits, (h) => contextAgreement(text, h, h + input.exact.length, prefix, suffix));
  }
  return best === undefined ? null : selectorAt(text, best, best + input.exact.length);
}

export interface Candidate {
  id: string;
  text: string;
}

export type AnchorMethod = 'exact' | 'context' | 'fuzzy' | 'paragraph';

export interface Reanchored {
  paragraphId: string;
  selector: QuoteSelector | null;
  method: AnchorMethod;
  /** Edit distance of a fuzzy match. */
  distance?: number;
  /** The words differ from the ones the note was written on (or the paragraph, for a whole-paragraph note). */
  changed: boolean;
}

interface OldTarget {
  paragraphText: string;
  selector: QuoteSelector | null;
}

/** Find an annotation's target again among a document's new paragraphs; null when it cannot be found. */
export function reanchor(old: OldTarget, candidates: Candidate[]): Reanchored | null {
  if (!old.selector) return reanchorParagraph(old.paragraphText, candidates);
  const sel = old.selector;
  const ranked = rankBySimilarity(`${sel.prefix}${sel.exact}${sel.suffix}\n${old.paragraphText}`, candidates);
  const found = findExact(sel, ranked) ?? findByContext(sel, ranked) ?? findFuzzy(sel, old.paragraphText, ranked);
  return found && { ...found, changed: found.selector?.exact !== sel.exact };
}

function reanchorParagraph(oldText: string, candidates: Candidate[]): Reanchored | null {
  const norm = normalizeSpace(oldText);
  const same = candidates.find((c) => normalizeSpace(c.text) === norm);
  if (same) return { paragraphId: same.id, selector: null, method: 'exact', changed: false };
  const best = bestBy(candidates, (c) => wordSimilarity(oldText, c.text));
  if (!best || wordSimilarity(oldText, best.text) < PARAGRAPH_MIN_SIMILARITY) return null;
  return { paragraphId: best.id, selector: null, method: 'paragraph', changed: true };
}

/** Candidates, most similar to the old passage first (ties keep document order). */
function rankBySimilarity(reference: string, candidates: Candidate[]): Candidate[] {
  return candidates
    .map((c, i) => ({ c, i, s: wordSimilarity(reference, c.text) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
}

type Found = Omit<Reanchored, 'changed'>;

function findExact(sel: QuoteSelector, ranked: Candidate[]): Found | null {
  let best: { c: Candidate; at: number; score: number } | null = null;
  for (const c of ranked) {
    for (const at of occurrences(c.text, sel.exact)) {
      const score = contextAgreement(c.text, at, at + sel.exact.length, sel.prefix, sel.suffix);
      if (!best || score > best.score) best = { c, at, score };
    }
  }
  if (!best || sel.exact.length + best.score < MIN_EVIDENCE_CHARS) return null;
  return { paragraphId: best.c.id, selector: selectorAt(best.c.text, best.at, best.at + sel.exact.length), method: 'exact' };
}

/** Prefix and suffix both found, in order, framing a passage of about the quote's length: the quote was edited. */
function findByContext(sel: QuoteSelector, ranked: Candidate[]): Found | null {
  if (!sel.prefix && !sel.suffix) return null;
  const maxSpan = sel.exact.length * CONTEXT_SPAN_RATIO;
  const minSpan = Math.max(1, Math.floor(sel.exact.length / CONTEXT_SPAN_RATIO));
  for (const c of ranked) {
    const starts = sel.prefix ? occurrences(c.text, sel.prefix).map((i) => i + sel.prefix.length) : [0];
    for (const start of starts) {
      const end = sel.suffix ? c.text.indexOf(sel.suffix, start) : c.text.length;
      if (end === -1) continue;
      const span = end - start;
      if (span >= minSpan && span <= maxSpan) {
        return { paragraphId: c.id, selector: trimmedSelector(c.text, start, end), method: 'context' };
      }
    }
  }
  return null;
}

/**
 * A Levenshtein substring match, near the old position: in a paragraph that is still the old one, no further
 * from the old offset than the paragraph grew or shrank (plus POSITION_TOLERANCE), and above the similarity floor.
 */
function findFuzzy(sel: QuoteSelector, oldText: string, ranked: Candidate[]): Found | null {
  if (sel.exact.length < MIN_EVIDENCE_CHARS) return null;
  const allowed = Math.floor(cpLength(sel.exact) * FUZZY_MAX_EDIT_RATIO);
  const oldStart = unitIndex(oldText, sel.start);
  let best: Found | null = null;
  for (const c of ranked.slice(0, FUZZY_CANDIDATES)) {
    if (wordSimilarity(oldText, c.text) < FUZZY_SAME_PARAGRAPH_SIMILARITY) continue;
    const hit = LevenshteinDistanceSearch(sel.exact, c.text);
    if (hit.distance > allowed || (best && hit.distance >= (best.distance ?? Infinity))) continue;
    if (Math.abs(hit.offset - oldStart) > POSITION_TOLERANCE + Math.abs(c.text.length - oldText.length)) continue;
    const selector = trimmedSelector(c.text, hit.offset, hit.offset + hit.substring.length);
    if (selector.exact) best = { paragraphId: c.id, selector, method: 'fuzzy', distance: hit.distance };
  }
  return best;
}

/** A selector for text[start, end) without the whitespace a match may have picked up at its edges. */
function trimmedSelector(text: string, start: number, end: number): QuoteSelector {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return selectorAt(text, s, e);
}

function bestBy<T>(items: T[], score: (t: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const it of items) {
    const s = score(it);
    if (s > bestScore) {
      best = it;
      bestScore = s;
    }
  }
  return best;
}
