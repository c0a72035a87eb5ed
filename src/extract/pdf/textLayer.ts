// Evidence about the text layer itself: an OCR layer over a scan sets every word at the size that fits its box.
import type { Frag } from './types.ts';

/** Words on one line whose sizes differ by more than this share were each fitted to their own box. */
const SIZE_SPREAD = 0.08;
/** Lines of fewer words say nothing (a superscript beside a word is not a fitted layer). */
const MIN_WORDS = 4;

/** Share of the multi-word fragments whose words are set at different sizes (0 when there are none). */
export function wordSizeJitter(frags: readonly Frag[]): number {
  let lines = 0;
  let jittery = 0;
  for (const f of frags) {
    const words = f.chunks.filter((c) => /\p{L}{2}/u.test(c.text));
    if (words.length < MIN_WORDS) continue;
    lines++;
    const sizes = words.map((c) => c.fontSize);
    if (Math.max(...sizes) > (1 + SIZE_SPREAD) * Math.min(...sizes)) jittery++;
  }
  return lines ? jittery / lines : 0;
}
