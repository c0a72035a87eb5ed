// Drop caps: one large initial beside the first lines of a paragraph, merged back into the first word.
import { fragText, makeFrag } from './geometry.ts';
import type { Frag } from './types.ts';

/** A drop cap spans at least two lines of body text, so it is set at twice the body size or more. */
const DROP_CAP_MIN_RATIO = 2;
/** The text beside the cap starts within this many body ems right of it (the cap's own side bearing). */
const CAP_REACH_EM = 2.5;
/** Lines beside the cap are body text: this close to the body size (share). */
const BODY_SIZE_TOLERANCE = 0.3;
/** One capital letter, possibly after an opening quote. */
const CAP_TEXT = /^[“"‘'«]?\p{Lu}$/u;

export function mergeDropCaps(frags: readonly Frag[], bodySize: number): Frag[] {
  let out = [...frags];
  for (const cap of frags.filter((f) => isCapCandidate(f, bodySize))) {
    const beside = out
      .filter((g) => g !== cap && isBesideCap(g, cap, bodySize))
      .sort((a, b) => a.baseline - b.baseline);
    const first = beside[0];
    if (!first) continue;
    const merged = mergeInto(cap, first);
    const shifted = new Set(beside.slice(1));
    out = out.filter((f) => f !== cap).map((f) => (f === first ? merged : shifted.has(f) ? { ...f, x0: cap.x0 } : f));
  }
  return out;
}

function isCapCandidate(f: Frag, bodySize: number): boolean {
  return f.chunks.length === 1 && f.size >= DROP_CAP_MIN_RATIO * bodySize && CAP_TEXT.test(fragText(f).trim());
}

function isBesideCap(g: Frag, cap: Frag, bodySize: number): boolean {
  return Math.abs(g.size - bodySize) <= BODY_SIZE_TOLERANCE * bodySize
    && g.x0 >= cap.x1 - 0.5 * bodySize && g.x0 <= cap.x1 + CAP_REACH_EM * bodySize
    && g.baseline >= cap.top && g.baseline <= cap.bottom;
}

/** The cap letter becomes the start of the first word; the line's box now starts at the cap. */
function mergeInto(cap: Frag, first: Frag): Frag {
  const [head, ...rest] = first.chunks;
  const letter = fragText(cap).trim();
  const opens = cap.chunks[0]?.tagStart === true || head!.tagStart === true;
  const joined = { ...head!, text: letter + head!.text.trimStart(), x: cap.x0, width: head!.x + head!.width - cap.x0, ...(opens ? { tagStart: true } : {}) };
  return { ...makeFrag([joined, ...rest]), dropCap: true };
}
