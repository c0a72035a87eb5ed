// Jumped text goes back behind the text it continues: a story that jumps from page 1 to page 4 over other
// articles must read on from its jump line, not after the stories printed in between.
import type { PageLine } from '../domain/types.ts';
import type { WorkBlock } from './blocks.ts';
import { isByline, startsLowercase } from '../text/predicates.ts';

/** Split blocks so that a jump line ends its block and a jump head begins one. */
export function splitAtJumps(blocks: WorkBlock[]): WorkBlock[] {
  return blocks.flatMap((b) => {
    const out: WorkBlock[] = [];
    let cur: PageLine[] = [];
    for (const l of b.lines) {
      if (l.jump?.from !== undefined && cur.length) {
        out.push({ ...b, lines: cur });
        cur = [];
      }
      cur.push(l);
      if (l.jump?.to !== undefined) {
        out.push({ ...b, lines: cur });
        cur = [];
      }
    }
    if (cur.length) out.push({ ...b, lines: cur });
    return out.map((x, i) => (i > 0 ? { ...x, dropCap: false } : x));
  });
}

const outOf = (b: WorkBlock) => b.lines[b.lines.length - 1]?.jump;
const inOf = (b: WorkBlock) => b.lines[0]?.jump;

/** The jump head that takes up the jump line of `b`: its page is the one named, its keyword (if any) agrees. */
function findTarget(blocks: WorkBlock[], i: number): number | undefined {
  const out = outOf(blocks[i]!)!;
  const here = blocks[i]!.lines[0]?.page ?? null;
  let best: { j: number; score: number } | undefined;
  blocks.forEach((b, j) => {
    const head = inOf(b);
    if (j === i || head?.from === undefined) return;
    if (out.key && head.key && out.key !== head.key) return;
    const score = (b.lines[0]?.page === out.to ? 2 : 0) + (here !== null && head.from === here ? 2 : 0) + (out.key && head.key ? 2 : 0);
    if (score >= 2 && (!best || score > best.score)) best = { j, score };
  });
  return best?.j ?? headlessTarget(blocks, out.to);
}

/** Without a jump head, the text goes on at the top of the page named, if that page opens mid-sentence. */
function headlessTarget(blocks: WorkBlock[], to: number | undefined): number | undefined {
  const j = blocks.findIndex((b) => b.lines[0]?.page === to);
  return j >= 0 && startsLowercase(blocks[j]!.lines[0]?.text ?? '') ? j : undefined;
}

/** The jumped run: the jump head's block and what follows it on its page, up to the next jump head or story. */
function runEnd(blocks: WorkBlock[], start: number): number {
  const page = blocks[start]!.physicalPage;
  let end = start + 1;
  const opensStory = (b: WorkBlock): boolean => isByline(b.lines[0]?.text ?? '') || b.lines[0]?.role === 'title' || !!b.dropCap;
  while (end < blocks.length && blocks[end]!.physicalPage === page && inOf(blocks[end]!)?.from === undefined && !opensStory(blocks[end]!)) {
    end++;
    if (outOf(blocks[end - 1]!)?.to !== undefined) break; // the jumped text jumps again: the rest is another story
  }
  return end;
}

export function moveJumpedText(input: WorkBlock[]): { blocks: WorkBlock[]; moved: number } {
  const blocks = splitAtJumps(input);
  const done = new Set<WorkBlock>();
  let moved = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (outOf(b)?.to === undefined || done.has(b)) continue;
    done.add(b);
    const t = findTarget(blocks, i);
    if (t === undefined || t === i + 1) continue;
    const end = runEnd(blocks, t);
    if (i >= t && i < end) continue;
    const run = blocks.splice(t, end - t);
    const at = t < i ? i - run.length + 1 : i + 1;
    blocks.splice(at, 0, ...run);
    moved += run.length;
  }
  return { blocks, moved };
}
