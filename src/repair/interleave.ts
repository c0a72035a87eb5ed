// Two columns dealt out block by block: a text dump of a two-column page can print the blocks of the left and
// right columns alternately (left 1, right 1, left 2, …). Put the columns back one after the other when that
// makes the text flow much better: questions followed by answers, open sentences by their ends.
import { endsSentence, startsLowercase } from '../text/predicates.ts';
import type { WorkBlock } from './blocks.ts';

/** Flow evidence between two blocks in reading order. */
const W_TURN_ALTERNATES = 2; // a question label followed by an answer label, or the reverse
const W_TURN_REPEATS = -2; // two questions (or two answers) in a row
const W_SENTENCE_GOES_ON = 2; // an open sentence, then a lower-case start
const W_SENTENCE_BROKEN = -2; // an open sentence, then a new turn
/** The dealt-out order must beat the printed one by this much: a dump's order is right unless clearly wrong. */
const MIN_GAIN = 6;
/** Fewer blocks than this cannot show an alternation. */
const MIN_RUN = 4;

/** A turn label at a line start (`Q:`, `A:`, `SMITH:`), upper-cased. */
const TURN = /^([\p{Lu}][\p{Lu}\p{Ll}.]{0,20}):\s/u;

function lastTurn(b: WorkBlock): string | undefined {
  for (let k = b.lines.length - 1; k >= 0; k--) {
    const m = TURN.exec(b.lines[k]!.text);
    if (m) return m[1]!.toUpperCase();
  }
  return undefined;
}

function firstTurn(b: WorkBlock): string | undefined {
  return TURN.exec(b.lines[0]?.text ?? '')?.[1]?.toUpperCase();
}

export function flowScore(a: WorkBlock, b: WorkBlock): number {
  const end = a.lines[a.lines.length - 1]?.text ?? '';
  const first = b.lines[0]?.text ?? '';
  const open = !endsSentence(end);
  const [ta, tb] = [lastTurn(a), firstTurn(b)];
  let score = 0;
  if (open && startsLowercase(first)) score += W_SENTENCE_GOES_ON;
  if (open && tb) score += W_SENTENCE_BROKEN;
  if (!open && ta && tb) score += ta === tb ? W_TURN_REPEATS : W_TURN_ALTERNATES;
  return score;
}

function orderScore(blocks: WorkBlock[]): number {
  let s = 0;
  for (let i = 1; i < blocks.length; i++) s += flowScore(blocks[i - 1]!, blocks[i]!);
  return s;
}

/** Blocks `start` to `end`, the first, third, fifth … then the second, fourth …: the two columns one after the other. */
function dealtBack(blocks: WorkBlock[], start: number, end: number): WorkBlock[] {
  const run = blocks.slice(start, end);
  return [...blocks.slice(0, start), ...run.filter((_, i) => i % 2 === 0), ...run.filter((_, i) => i % 2 === 1), ...blocks.slice(end)];
}

/** Undo a page's alternation of column blocks when the text flows clearly better without it. */
export function repairDealtColumns(page: WorkBlock[]): { blocks: WorkBlock[]; moved: number } {
  if (page.length < MIN_RUN || page.some((b) => b.lines.some((l) => l.box))) return { blocks: page, moved: 0 };
  const base = orderScore(page);
  let best = { blocks: page, gain: 0 };
  for (let start = 0; start + MIN_RUN <= page.length; start++) {
    for (let end = start + MIN_RUN; end <= page.length; end++) {
      const candidate = dealtBack(page, start, end);
      const gain = orderScore(candidate) - base;
      if (gain > best.gain) best = { blocks: candidate, gain };
    }
  }
  return best.gain >= MIN_GAIN ? { blocks: best.blocks, moved: page.length } : { blocks: page, moved: 0 };
}
