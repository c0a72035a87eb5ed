// Paragraphs from blocks, using the evidence a typesetter leaves: a short last line after a sentence end,
// a question mark before a new turn, a heading set in capitals, a caption with its credit.
import type { Block, Box, ParagraphDraft, ParagraphKind, PageLine } from '../domain/types.ts';
import { endsSentence, endsWithCredit, isAllCaps, startsUppercase, typicalWidth, wordCount } from '../repair/text.ts';
import { joinLines, pageOf, splitCredit } from './lines.ts';
import { matchTurn } from './turns.ts';
import { DEFAULT_PARAGRAPHS } from '../conventions/paragraphs.ts';

/** A paragraph's last line is rarely more than four fifths of the column wide. */
const SHORT_LAST_LINE_RATIO = 0.8;
/** Headings are short: a long all-caps line is shouting text, not a heading. */
const MAX_HEADING_WORDS = 12;
/** Biographical notes sit in the first few paragraphs of an article, after the standfirst. */
const INTRO_PARAGRAPHS = 4;
/** Longer paragraphs are several printed paragraphs run together; split them at their likeliest end. */
export const MAX_PARAGRAPH_WORDS = 150;
/** `Jane Roe is a …`, `John-Paul Doe is managing …`: two or more capitalised words, then is/was. */
const BIO_START = /^(?!(?:The|This|That|These|Those|It|Its|Our|Their|His|Her|An?|In|On|At|For)\s)(?:\p{Lu}[\p{L}’'.-]*\s){1,3}\p{Lu}[\p{L}’'-]+,?\s(?:is|was)\s/u;

interface Draft {
  lines: PageLine[];
  kind: ParagraphKind;
}

export function segmentParagraphs(blocks: Block[], widths: Map<number, number>, turnLabels: ReadonlySet<string> = new Set()): ParagraphDraft[] {
  const drafts: Draft[] = [];
  let cur: PageLine[] = [];
  const flush = (kind: ParagraphKind = 'body'): void => {
    if (cur.length) drafts.push({ lines: cur, kind: isDisclaimer(cur) ? 'disclaimer' : kind });
    cur = [];
  };
  for (const b of blocks) {
    if (b.furniture) { // repair set it apart from the running text: a pull quote, footnote or sidebar
      flush();
      drafts.push({ lines: b.lines, kind: b.furniture });
      continue;
    }
    if (isCaption(b)) {
      flush();
      drafts.push({ lines: b.lines, kind: 'caption' });
      continue;
    }
    if (!b.continues) flush();
    for (let j = 0; j < b.lines.length; j++) {
      const line = b.lines[j]!;
      const prev = cur[cur.length - 1];
      if (isHeadingLine(line.text) && !turnLabels.has(matchTurn(line.text)?.label ?? '') && (!prev || endsSentence(prev.text))) {
        flush();
        while (j < b.lines.length && isHeadingLine(b.lines[j]!.text)) cur.push(b.lines[j++]!);
        flush('heading');
        j--;
        continue;
      }
      if (prev && startsParagraph(prev, line, { cur, intro: drafts.length < INTRO_PARAGRAPHS, widths, turnLabels })) flush();
      cur.push(line);
    }
  }
  flush();
  return drafts.flatMap(splitLong).map((d) => toParagraph(d, turnLabels));
}

export function pageWidths(blocks: Block[]): Map<number, number> {
  const byPage = new Map<number, number[]>();
  for (const l of blocks.flatMap((b) => b.lines)) byPage.set(l.physicalPage, [...(byPage.get(l.physicalPage) ?? []), l.text.length]);
  return new Map([...byPage].map(([p, lens]) => [p, typicalWidth(lens)]));
}

interface BreakContext {
  cur: PageLine[];
  intro: boolean;
  widths: Map<number, number>;
  turnLabels: ReadonlySet<string>;
}

function startsParagraph(prev: PageLine, line: PageLine, ctx: BreakContext): boolean {
  if (ctx.turnLabels.has(matchTurn(line.text)?.label ?? '')) return true;
  const prevTurn = matchTurn(prev.text);
  if (prevTurn && !prevTurn.rest && ctx.turnLabels.has(prevTurn.label)) return false; // the label's words follow
  if (breaksBefore(prev, line, ctx.widths.get(line.physicalPage) ?? 0)) return true;
  if (endsWithAttributedQuote(ctx.cur) && startsUppercase(line.text)) return true;
  // A note on who someone is (`Jane Roe is a …`) starts after a sentence, and ends at the first line that ends one.
  if (!ctx.intro || !endsSentence(prev.text)) return false;
  return BIO_START.test(line.text) || BIO_START.test(ctx.cur[0]?.text ?? '');
}

/**
 * `“…,” said the minister.` closing a line: news style ends the paragraph with the quote's attribution.
 * The speech verb must follow the closing quotation mark within the last sentence.
 */
const ATTRIBUTED_QUOTE_END = /[”"][^“”"]{0,80}?\b(?:said|says|told|added|noted|stated|explained|insisted|argued|warned|stressed|emphasi[sz]ed|concluded)\b[^“”".!?]*[.!?]$/;

function endsWithAttributedQuote(cur: PageLine[]): boolean {
  const last = cur[cur.length - 1];
  if (!last || !endsSentence(last.text)) return false;
  return ATTRIBUTED_QUOTE_END.test(joinLines(cur.slice(-4)));
}

function breaksBefore(prev: PageLine, line: PageLine, width: number): boolean {
  // The reader's layout evidence (indent, gap) counts only after a finished sentence: a column top looks indented too.
  if (line.paragraphStart && endsSentence(prev.text)) return true;
  if (/^disclaimer\b/i.test(line.text)) return true;
  if (!endsSentence(prev.text)) return false;
  if (prev.text.length < width * SHORT_LAST_LINE_RATIO) return true;
  // A quotation opening a line right after a finished sentence starts a new paragraph, as news style sets it.
  if (QUOTE_CAPITAL_START_RE.test(line.text)) return true;
  return /\?['"’”»)]*$/.test(prev.text) && startsUppercase(line.text);
}

function boxesOf(d: Draft): { boxes?: Box[] } {
  const boxes = d.lines.flatMap((l) => (l.box ? [l.box] : []));
  return boxes.length ? { boxes } : {};
}

/** The face most of the paragraph's lines are set in (PDF path): a bold or italic question, an italic standfirst. */
function styleOf(d: Draft): { bold?: true; italic?: true } {
  const share = (f: (l: PageLine) => boolean | undefined): number => d.lines.filter(f).length / Math.max(1, d.lines.length);
  const min = DEFAULT_PARAGRAPHS.styledLineShare;
  return { ...(share((l) => l.bold) >= min ? { bold: true } : {}), ...(share((l) => l.italic) >= min ? { italic: true } : {}) };
}

/** Split an overlong paragraph at the sentence-ending line that is shortest, recursively. */
function splitLong(d: Draft): Draft[] {
  if (d.kind !== 'body' || wordCount(joinLines(d.lines)) <= MAX_PARAGRAPH_WORDS) return [d];
  let best = -1;
  for (let j = 0; j < d.lines.length - 1; j++) {
    if (!endsSentence(d.lines[j]!.text)) continue;
    if (best < 0 || d.lines[j]!.text.length < d.lines[best]!.text.length) best = j;
  }
  if (best < 0) best = middleLine(d.lines);
  if (best < 0) return [d];
  return [...splitLong({ ...d, lines: d.lines.slice(0, best + 1) }), ...splitLong({ ...d, lines: d.lines.slice(best + 1) })];
}

/** Without any sentence end (a word index, a table), split where half the words are behind. */
function middleLine(lines: PageLine[]): number {
  const total = wordCount(joinLines(lines));
  let seen = 0;
  for (let j = 0; j < lines.length - 1; j++) {
    seen += wordCount(lines[j]!.text);
    if (seen >= total / 2) return j;
  }
  return -1;
}

// Hoisted: tsx (esbuild) compiles an inline `\p{…}` literal to `new RegExp(…)` on every call.
const QUOTE_CAPITAL_START_RE = /^[“‘"]\p{Lu}/u;
const TWO_LETTERS_RE = /\p{L}{2}/u;

function isHeadingLine(text: string): boolean {
  return isAllCaps(text) && wordCount(text) <= MAX_HEADING_WORDS && TWO_LETTERS_RE.test(text);
}

function isCaption(b: Block): boolean {
  return !b.continues && endsWithCredit(b.lines[b.lines.length - 1]?.text ?? '');
}

function isDisclaimer(lines: PageLine[]): boolean {
  return /^disclaimer\b/i.test(lines[0]?.text ?? '');
}

function toParagraph(d: Draft, turnLabels: ReadonlySet<string>): ParagraphDraft {
  const text = joinLines(d.lines);
  const turn = turnLabels.size ? matchTurn(text) : null;
  if (turn && turnLabels.has(turn.label) && d.kind === 'body') {
    return { page: pageOf(d.lines), kind: 'turn', text: turn.rest, label: turn.label, ...boxesOf(d), ...styleOf(d) };
  }
  const page = pageOf(d.lines);
  const base = { page, ...boxesOf(d), ...styleOf(d) };
  if (d.kind !== 'caption') return { ...base, kind: d.kind, text };
  const { text: caption, credit } = splitCredit(text);
  return { ...base, kind: 'caption', text: caption, ...(credit ? { credit } : {}) };
}
