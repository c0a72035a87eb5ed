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

/** "Roe wrote:", "said the new minister:" — at most this many words between the cue verb and the colon ending the paragraph. */
const BLOCK_CUE_MAX_GAP_WORDS = 3;
/** Paragraph kinds that can be a block quote set off from its introduction. */
const BLOCK_KINDS: ReadonlySet<string> = new Set(['body', 'answer', 'standfirst']);

/** The speaker whose cue ends the paragraph right before its colon ("…, Roe said:"), or null. */
function introducedSpeaker(text: string, found: ParagraphFinding): string | null {
  const t = text.trimEnd();
  const cue = found.cues.at(-1);
  if (!t.endsWith(':') || !cue) return null;
  const tail = t.slice(cue.at, -1); // the verb and what follows it; a comma there makes the cue a parenthesis
  const after = tail.split(/\s+/).slice(1).filter((w) => /\p{L}/u.test(w));
  return !tail.includes(',') && after.length <= BLOCK_CUE_MAX_GAP_WORDS ? cue.speaker : null;
}

/**
 * Block quotes: a paragraph without quotation marks right after one that ends "Roe wrote:" is Roe's passage, set off
 * (indented, or in its own paragraph) instead of marked. The whole paragraph becomes one quote of that speaker.
 */
export function findBlockQuotes(paragraphs: readonly { kind: string; text: string }[], found: (ParagraphFinding | null)[]): void {
  for (let i = 0; i < found.length - 1; i++) {
    const f = found[i];
    const next = found[i + 1];
    const p = paragraphs[i + 1];
    if (!f || !next || !p || next.quotes.length > 0 || !BLOCK_KINDS.has(p.kind) || /["“”«»]/u.test(p.text)) continue;
    const speaker = introducedSpeaker(paragraphs[i]?.text ?? '', f);
    if (!speaker) continue;
    const text = p.text.trim();
    const start = p.text.indexOf(text);
    next.quotes.push({
      span: { start, end: start + text.length, text, textStart: start, textEnd: start + text.length, openStart: false, openEnd: false },
      speaker, blocked: false, atStart: true, speech: true, cued: true,
    });
  }
}
