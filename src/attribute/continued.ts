// Quotes that run over several paragraphs: an opening mark at the start of each paragraph, a closing mark only in the
// last. The marks alone say it is one speaker's passage, so this holds in every kind of article, guessing or not.
import type { ParagraphFinding, QuoteFinding } from './paragraph.ts';

/** The quote left open at the end of paragraph `i` and the one that continues it at the start of the next, if any. */
function link(found: readonly (ParagraphFinding | null)[], i: number): [QuoteFinding, QuoteFinding] | null {
  const open = found[i]?.quotes.at(-1);
  const next = found[i + 1]?.quotes[0];
  return open?.span.openEnd && next?.atStart && !open.blocked && !next.blocked ? [open, next] : null;
}

/**
 * Give every piece of a multi-paragraph quote the speaker of the piece that has one: backward from the paragraph
 * whose cue names the speaker (usually the last: "…,” she said), then forward from the first ("Roe wrote: “…").
 */
export function carryOpenQuotes(found: (ParagraphFinding | null)[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const pair = link(found, i);
    if (pair && !pair[0].speaker && pair[1].speaker) pair[0].speaker = pair[1].speaker;
  }
  for (let i = 0; i < found.length - 1; i++) {
    const pair = link(found, i);
    if (pair && pair[0].speaker && !pair[1].speaker) pair[1].speaker = pair[0].speaker;
  }
}
