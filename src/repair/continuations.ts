// Which blocks continue the block before them: running text cut by a column, page or layout break.
import type { Block } from '../domain/types.ts';
import type { RepairConventions } from '../conventions/repair.ts';
import { firstText, lastText, type WorkBlock } from './blocks.ts';
import { isOpenEnded } from './columns.ts';
import { endsWithCredit, endsWithIntroColon, isAllCaps, isByline, opensQuotation, startsLowercase, wordCount } from '../text/predicates.ts';

/** Titles, headings and bylines (set apart by the PDF reader's layout roles, or `By …`) never continue running text. */
const DISPLAY_ROLES = new Set(['title', 'heading', 'byline']);

function startsDisplay(b: WorkBlock): boolean {
  const first = b.lines[0];
  return !!first && (DISPLAY_ROLES.has(first.role ?? '') || isByline(first.text));
}

function endsDisplay(b: WorkBlock): boolean {
  const last = b.lines[b.lines.length - 1];
  return !!last && (DISPLAY_ROLES.has(last.role ?? '') || isByline(last.text));
}

export function isLabelLine(text: string, conv: RepairConventions): boolean {
  return conv.labelLine.test(text) && wordCount(text) <= conv.labelLineMaxWords;
}

/**
 * A short block at least half of whose lines are `Label: value` lines (a release's dateline and contact). A value
 * that runs on into a line in small letters is a sentence (a speaker's turn, `Jane: A young woman from the` / `college
 * has …`), not a label line.
 */
export function isLabelBlock(b: WorkBlock, conv: RepairConventions): boolean {
  const runsOn = (i: number): boolean => startsLowercase(b.lines[i + 1]?.text ?? '');
  const labels = b.lines.filter((l, i) => isLabelLine(l.text, conv) && !runsOn(i)).length;
  return b.lines.length <= conv.labelBlockMaxLines && labels > 0 && 2 * labels >= b.lines.length;
}

/** Evidence that `b` starts afresh although `prev` stopped without a full stop. */
function apartScore(prev: WorkBlock, b: WorkBlock, conv: RepairConventions): number {
  let s = 0;
  if (b.lines[0]?.sectionStart) s += conv.apart.sectionStart;
  if (isLabelBlock(prev, conv)) s += conv.apart.labelBlock;
  return s;
}

function continues(prev: WorkBlock | undefined, b: WorkBlock, conv: RepairConventions): boolean {
  if (!prev || prev.furniture || b.furniture || b.dropCap || !(isOpenEnded(prev) || introducesQuotation(prev, b, conv))) return false;
  if (isAllCaps(firstText(b)) || endsWithCredit(lastText(b)) || startsDisplay(b) || endsDisplay(prev)) return false;
  return apartScore(prev, b, conv) < conv.apartThreshold;
}

/**
 * `… the mayor said:` closing a block, `"We will …` opening the next (a column or page turned between them): the
 * colon introduces the quotation, one paragraph, unless the quotation's first line is set in by an indent (PDF).
 */
function introducesQuotation(prev: WorkBlock, b: WorkBlock, conv: RepairConventions): boolean {
  return endsWithIntroColon(lastText(prev)) && opensQuotation(firstText(b)) && !isIndentedFirstLine(b, conv);
}

/** The block's first line starts visibly right of its other lines (a first-line indent); a dump shows none. */
function isIndentedFirstLine(b: WorkBlock, conv: RepairConventions): boolean {
  const first = b.lines[0]?.box;
  const lefts = b.lines.slice(1).flatMap((l) => (l.box ? [l.box.x] : []));
  if (!first || !lefts.length) return false;
  return first.x - Math.min(...lefts) >= conv.indentEm * (b.lines[0]!.fontSize ?? first.h);
}

/** A label block parts before each of its label lines: a dateline and a contact line are separate pieces. */
export function splitLabelLines(b: WorkBlock, conv: RepairConventions): WorkBlock[] {
  if (!isLabelBlock(b, conv)) return [b];
  const out: WorkBlock[] = [];
  for (const l of b.lines) {
    const last = out[out.length - 1];
    if (last && !isLabelLine(l.text, conv)) last.lines.push(l);
    else out.push({ ...b, lines: [l] });
  }
  return out;
}

/** A block continues the one before when that one stopped mid-sentence, this one is running text, and nothing sets them apart. */
export function markContinuations(input: WorkBlock[], conv: RepairConventions): Block[] {
  const blocks = input.flatMap((b) => splitLabelLines(b, conv));
  return blocks.map((b, i) => ({
    lines: b.lines,
    continues: continues(blocks[i - 1], b, conv),
    ...(b.dropCap ? { dropCap: true } : {}),
    ...(b.furniture ? { furniture: b.furniture } : {}),
  }));
}
