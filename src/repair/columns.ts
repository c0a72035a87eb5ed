// Column damage inside one page: displaced column heads, stray words, interleaved column pieces.
import { endsSentence, endsWithCredit, isAllCaps, isByline, isFlushRight, startsLowercase, startsUppercase, typicalWidth, wordCount } from '../text/predicates.ts';
import { firstText, lastText, type WorkBlock } from './blocks.ts';
import { repairDealtColumns } from './interleave.ts';

/** A displaced column head is one line: the dump printed the first line of a column apart from its body. */
const ORPHAN_MAX_WORDS = 8;
/** A justified column line that is this much shorter than the page's typical line has lost a word. */
const SHORT_LINE_RATIO = 0.85;

export interface ColumnRepairs {
  blocks: WorkBlock[];
  moved: number;
  strayWords: number;
}

export function isOpenEnded(b: WorkBlock): boolean {
  const t = lastText(b);
  return !endsSentence(t) && !endsWithCredit(t) && !isAllCaps(t) && !isByline(t);
}

function isOrphanHead(b: WorkBlock): boolean {
  const t = firstText(b);
  // A line the reader gave a role by its face and place (a caption "Photo courtesy of …", a subhead or a title set
  // bold or larger, a byline) was placed by the page's geometry, not by a dump's order: it stays where it is printed.
  return b.lines.length === 1 && !b.lines[0]?.role && isOpenEnded(b) && startsUppercase(t) && wordCount(t) <= ORPHAN_MAX_WORDS && wordCount(t) >= 2;
}

function isStrayWord(b: WorkBlock): boolean {
  return b.lines.length === 1 && /^\p{Ll}+$/u.test(firstText(b));
}

/** Repair one page. `nextStartsOpen`: the next page begins mid-sentence, so the page's last open block runs on there. */
export function repairColumns(page: WorkBlock[], nextStartsOpen: boolean): ColumnRepairs {
  const width = typicalWidth(page.flatMap((b) => b.lines.map((l) => l.text.length)));
  const dealt = repairDealtColumns(page);
  const strays = repairStrayWords(dealt.blocks, width);
  const heads = repairDisplacedHeads(strays.blocks, nextStartsOpen);
  const inter = repairInterleavedColumns(heads.blocks);
  return { blocks: inter.blocks, moved: dealt.moved + heads.moved + inter.moved, strayWords: strays.fixed };
}

/** A lone lower-case word goes back to the nearest earlier short line that ends mid-sentence. */
export function repairStrayWords(page: WorkBlock[], width: number): { blocks: WorkBlock[]; fixed: number } {
  const blocks = page.map((b) => ({ ...b, lines: [...b.lines] }));
  let fixed = 0;
  // In reading order, so that several strays put back on one line keep their order (`you`, `to`).
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!isStrayWord(b)) continue;
    const target = findShortOpenLine(blocks, i, width);
    if (!target) continue;
    const [bi, li] = target;
    const line = blocks[bi]!.lines[li]!;
    blocks[bi]!.lines[li] = { ...line, text: `${line.text} ${firstText(b)}` };
    blocks.splice(i--, 1);
    fixed++;
  }
  return { blocks, fixed };
}

function findShortOpenLine(blocks: WorkBlock[], before: number, width: number): [number, number] | undefined {
  for (let bi = before - 1; bi >= 0; bi--) {
    const lines = blocks[bi]!.lines;
    for (let li = lines.length - 2; li >= 0; li--) {
      const t = lines[li]!.text;
      if (!endsSentence(t) && t.length < width * SHORT_LINE_RATIO && !t.endsWith('-')) return [bi, li];
    }
  }
  return undefined;
}

/**
 * A run of one-line open blocks after the column bodies are the heads of those columns: the k-th orphan
 * goes in front of the k-th of the blocks just before the run. When the page runs on to the next page,
 * the last orphan is the page's open end, not a head. A line set flush right under its receiver (PDF geometry) is
 * no column's first line (a column starts at its left edge): a signature, a credit.
 */
export function repairDisplacedHeads(page: WorkBlock[], nextStartsOpen: boolean): { blocks: WorkBlock[]; moved: number } {
  const blocks = [...page];
  let moved = 0;
  for (let start = 0; start < blocks.length; start++) {
    let end = start;
    while (end < blocks.length && isOrphanHead(blocks[end]!)) end++;
    if (end === start) continue;
    if (end === blocks.length && nextStartsOpen) end--;
    const count = end - start;
    const receivers = blocks.slice(start - count, start);
    const flushRight = receivers.some((r, k) => isFlushRight(blocks[start + k]!.lines[0]!, r.lines));
    if (count === 0 || receivers.length < count || !receivers.every(isReceiver) || flushRight) {
      start = Math.max(start, end);
      continue;
    }
    receivers.forEach((r, k) => {
      blocks[start - count + k] = { ...r, lines: [...blocks[start + k]!.lines, ...r.lines] };
    });
    blocks.splice(start, count);
    moved += count;
  }
  return { blocks, moved };
}

/** A column body that lost its head: running text (either case: it often begins mid-sentence), not a drop-cap opening or a heading. */
function isReceiver(b: WorkBlock): boolean {
  return b.lines.length >= 2 && !b.dropCap && !isAllCaps(firstText(b)) && !endsWithCredit(lastText(b));
}

/**
 * A block that starts in lower case after a finished block continues a block that ends mid-sentence
 * elsewhere on the page, one whose own successor does not continue it. Move it there.
 */
export function repairInterleavedColumns(page: WorkBlock[]): { blocks: WorkBlock[]; moved: number } {
  const blocks = [...page];
  let moved = 0;
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!startsLowercase(firstText(b)) || isOpenEnded(blocks[i - 1]!)) continue;
    const d = findDangling(blocks, i);
    if (d === undefined) continue;
    blocks.splice(i, 1);
    blocks.splice(d < i ? d + 1 : d, 0, b);
    moved++;
  }
  return { blocks, moved };
}

/** The nearest open block (after `i` first, then before) whose next block does not go on with it. */
function findDangling(blocks: WorkBlock[], i: number): number | undefined {
  const dangling = (j: number): boolean => {
    const b = blocks[j]!;
    const next = blocks[j + 1];
    return j !== i && b.lines.length >= 2 && isOpenEnded(b) && !!next && j + 1 !== i && !startsLowercase(firstText(next));
  };
  for (let j = i + 1; j < blocks.length; j++) if (dangling(j)) return j;
  for (let j = i - 2; j >= 0; j--) if (dangling(j)) return j;
  // No block inside the page is left open: the piece completes the page's open last block (a dump may set a
  // column's last lines after the next column), rather than no block at all.
  const last = blocks.length - 1;
  return last > i && blocks[last]!.lines.length >= 2 && isOpenEnded(blocks[last]!) ? last : undefined;
}
