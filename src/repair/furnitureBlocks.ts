// Pull quotes, footnotes and sidebar boxes: found inside a page's blocks by shape and evidence, split out of
// the running text and marked, so that segmentation keeps them out of body paragraphs.
import type { PageLine } from '../domain/types.ts';
import { DEFAULT_FURNITURE, type FurnitureConventions } from '../conventions/furniture.ts';
import { endsSentence, isAllCaps } from '../text/predicates.ts';
import type { WorkBlock } from './blocks.ts';

type Kind = NonNullable<WorkBlock['furniture']>;

/** Evidence for a pull quote, summed against PULLQUOTE_MIN. */
const W_REPEATED = 3; // the quoted words are printed again in the text: the surest sign of a pull quote
const W_ATTRIBUTED = 3; // a `— Name` line under it
const W_BARE_END = 1; // no stop before the closing mark: display type, not a quoted sentence
const W_OWN_BLOCK = 1; // set apart by white space
const PULLQUOTE_MIN = 4;
/** Lines a pull quote may run to. */
const MAX_PULLQUOTE_LINES = 6;
/** A footnote runs on to the end of its sentence, and no further than this. */
const MAX_FOOTNOTE_LINES = 4;
/** Shortest piece of a pull quote (between ellipses) worth looking for in the text. */
const MIN_REPEAT_WORDS = 4;

const OPENS_QUOTE = /^[“"‘]/u;
const CLOSES_QUOTE = /[”"’]$/u;

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu; // replace() only: a /g regex keeps no state there
const LOWER_START_RE = /^\p{Ll}/u;
const BARE_END_RE = /[\p{L}\p{N}\]][”"’]$/u;

/** Letters and digits only, words spaced once: the form in which a repeated passage is looked up. */
export function flatWords(text: string): string {
  return ` ${text.toLowerCase().replace(/[-‐‑]/g, '').replace(NON_WORD_RE, ' ').trim()} `;
}

export interface Span {
  start: number;
  end: number; // exclusive
  kind: Kind;
}

/** Does `quote` (pieces between ellipses) occur in the document's text besides its own copy? */
function repeated(quote: string, docFlat: string): boolean {
  const pieces = quote.split(/\[\s*(?:\.\s*){3}\]|…|\.\.\./u).map(flatWords).filter((p) => p.trim().split(' ').length >= MIN_REPEAT_WORDS);
  return pieces.length > 0 && pieces.every((p) => {
    const first = docFlat.indexOf(p);
    return first >= 0 && docFlat.indexOf(p, first + 1) >= 0;
  });
}

function pullQuoteAt(lines: PageLine[], k: number, docFlat: string, conv: FurnitureConventions): Span | undefined {
  if (!OPENS_QUOTE.test(lines[k]!.text)) return undefined;
  let m = k;
  while (m < lines.length && m - k < MAX_PULLQUOTE_LINES && !CLOSES_QUOTE.test(lines[m]!.text)) m++;
  if (m >= lines.length || !CLOSES_QUOTE.test(lines[m]!.text)) return undefined;
  const text = lines.slice(k, m + 1).map((l) => l.text).join(' ');
  if (text.split(/\s+/).length > conv.maxPullQuoteWords) return undefined;
  const attributed = m + 1 < lines.length && conv.pullQuoteAttribution.test(lines[m + 1]!.text);
  const end = attributed ? m + 2 : m + 1;
  if (!attributed && end < lines.length && LOWER_START_RE.test(lines[end]!.text)) return undefined; // the sentence goes on: a quoted title
  const score = (repeated(text.slice(1, -1), docFlat) ? W_REPEATED : 0) + (attributed ? W_ATTRIBUTED : 0)
    + (BARE_END_RE.test(text) ? W_BARE_END : 0) + (k === 0 && end === lines.length ? W_OWN_BLOCK : 0);
  return score >= PULLQUOTE_MIN ? { start: k, end, kind: 'pullquote' } : undefined;
}

function footnoteAt(lines: PageLine[], k: number, conv: FurnitureConventions): Span | undefined {
  if (!conv.footnoteCues.some((re) => re.test(lines[k]!.text))) return undefined;
  if (k > 0 && !endsSentence(lines[k - 1]!.text) && !isAllCaps(lines[k - 1]!.text)) return undefined; // a cue word mid-sentence
  let end = k + 1;
  while (end < lines.length && end - k < MAX_FOOTNOTE_LINES && !endsSentence(lines[end - 1]!.text) && !isAllCaps(lines[end]!.text)) end++;
  return { start: k, end, kind: 'footnote' };
}

/** A sidebar: a titled box (`HAVE YOUR SAY`) with a few lines that close on a question to the reader. */
function sidebarAt(lines: PageLine[], k: number, conv: FurnitureConventions): Span | undefined {
  if (!conv.sidebarTitles.some((re) => re.test(lines[k]!.text))) return undefined;
  for (let m = k + 1; m < lines.length && m - k <= conv.maxSidebarLines; m++) {
    if (/\?["'”’]?$/u.test(lines[m]!.text)) return { start: k, end: m + 1, kind: 'sidebar' };
  }
  return undefined;
}

/** The furniture spans of one block's lines, in order. */
export function findSpans(lines: PageLine[], docFlat: string, conv: FurnitureConventions = DEFAULT_FURNITURE): Span[] {
  const spans: Span[] = [];
  for (let k = 0; k < lines.length; k++) {
    const s = pullQuoteAt(lines, k, docFlat, conv) ?? sidebarAt(lines, k, conv) ?? footnoteAt(lines, k, conv);
    if (!s) continue;
    spans.push(s);
    k = s.end - 1;
  }
  return spans;
}

/** Split each block around its furniture spans, marking the spans. */
export function markFurniture(blocks: WorkBlock[], docFlat: string, conv: FurnitureConventions = DEFAULT_FURNITURE): WorkBlock[] {
  return attachAttributions(splitFurniture(blocks, docFlat, conv), conv);
}

function splitFurniture(blocks: WorkBlock[], docFlat: string, conv: FurnitureConventions): WorkBlock[] {
  return blocks.flatMap((b) => {
    if (b.furniture) return [b];
    const spans = findSpans(b.lines, docFlat, conv);
    if (!spans.length) return [b];
    const out: WorkBlock[] = [];
    let at = 0;
    for (const s of spans) {
      if (s.start > at) out.push({ ...b, lines: b.lines.slice(at, s.start) });
      out.push({ ...b, lines: b.lines.slice(s.start, s.end), furniture: s.kind, dropCap: false });
      at = s.end;
    }
    if (at < b.lines.length) out.push({ ...b, lines: b.lines.slice(at), dropCap: false });
    return out;
  });
}

/**
 * A pull quote's `— Name` line that the layout set as a block of its own (another face, another size) joins the
 * pull quote it signs, instead of standing in the text as a paragraph.
 */
function attachAttributions(blocks: WorkBlock[], conv: FurnitureConventions): WorkBlock[] {
  const out: WorkBlock[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const first = b.lines[0];
    const signs = prev?.furniture === 'pullquote' && first && !b.furniture && conv.pullQuoteAttribution.test(first.text)
      && !conv.pullQuoteAttribution.test(prev.lines.at(-1)?.text ?? '');
    if (!signs) {
      out.push(b);
      continue;
    }
    out[out.length - 1] = { ...prev, lines: [...prev.lines, first] };
    if (b.lines.length > 1) out.push({ ...b, lines: b.lines.slice(1), dropCap: false });
  }
  return out;
}

/**
 * Run a repair on a page's running text with its furniture set aside, then put each piece of furniture back
 * after the block it followed, moved on past the text of a sentence it interrupted.
 */
export function withFurnitureAside(page: WorkBlock[], repair: (body: WorkBlock[]) => WorkBlock[], isOpen: (b: WorkBlock) => boolean): WorkBlock[] {
  const aside: { after: PageLine | undefined; block: WorkBlock }[] = [];
  const body: WorkBlock[] = [];
  for (const b of page) {
    if (b.furniture) aside.push({ after: body[body.length - 1]?.lines.at(-1), block: b });
    else body.push(b);
  }
  if (!aside.length) return repair(page);
  const out = repair(body);
  for (const { after, block } of aside) {
    let at = after ? out.findIndex((b) => b.lines.includes(after)) + 1 : 0;
    if (after && at === 0) at = out.length;
    while (at > 0 && at < out.length && !out[at]!.furniture && !out[at - 1]!.furniture && isOpen(out[at - 1]!)) at++;
    out.splice(at, 0, block);
  }
  return out;
}

/** Display text that interrupts a sentence is short: a rubric, a piece of a spaced byline, a subhead. */
const MAX_INTERRUPTION_WORDS = 6;

/**
 * A line of capitals between an open sentence and its lower-case continuation was set beside the text (a
 * displaced piece of a byline or rubric): a sentence never runs through a heading. It moves on past the end
 * of the sentence it interrupted.
 */
export function moveInterruptions(blocks: WorkBlock[], isOpen: (b: WorkBlock) => boolean): WorkBlock[] {
  const out = [...blocks];
  for (let i = 1; i + 1 < out.length; i++) {
    const b = out[i]!;
    const text = b.lines[0]?.text ?? '';
    const display = b.lines.length === 1 && !b.furniture && isAllCaps(text) && text.split(/\s+/).length <= MAX_INTERRUPTION_WORDS && !endsSentence(text);
    if (!display || !isOpen(out[i - 1]!) || !/^\p{Ll}/u.test(out[i + 1]!.lines[0]?.text ?? '')) continue;
    let at = i + 1;
    while (at < out.length && isOpen(out[at]!) && !out[at]!.furniture) at++;
    out.splice(i, 1);
    out.splice(Math.min(at, out.length), 0, b);
  }
  return out;
}
