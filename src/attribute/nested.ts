// Quotes inside a quote: they are the outer speaker's words, unless a cue inside the outer quote names somebody else
// ("“Roe told me, ‘we are done,’ and left,” Lund said": "we are done" is Roe's as Lund reports it).
import { findCues } from './cues.ts';
import { cueExtent } from './extent.ts';
import type { Env, QuoteFinding } from './paragraph.ts';
import { findNameRuns } from './names.ts';
import { findQuoteSpans, frameSentences } from './quotes.ts';
import type { Token } from './tokens.ts';

/** Move a span found in a slice of the paragraph back to paragraph offsets. */
function shifted(q: QuoteFinding['span'], by: number): QuoteFinding['span'] {
  return { ...q, start: q.start + by, end: q.end + by, textStart: q.textStart + by, textEnd: q.textEnd + by };
}

/**
 * The quotes nested in `outer` that a cue inside it gives to a named person other than the outer speaker. Only names
 * count: a pronoun inside somebody's words ("he told me") cannot be resolved from the reporter's text.
 */
export function nestedQuotes(text: string, outer: QuoteFinding, env: Env): QuoteFinding[] {
  const from = outer.span.textStart;
  const inner = text.slice(from, outer.span.textEnd);
  const spans = findQuoteSpans(inner);
  if (spans.length === 0) return [];
  const out: QuoteFinding[] = [];
  for (const sentence of frameSentences(inner, spans)) {
    const runs = findNameRuns(sentence, env.vocab).map((r) => env.people.personIn(sentence, r)).filter((r) => r !== null);
    const cues = findCues(sentence, runs).flatMap((c) => {
      if (c.ref.kind !== 'name') return [];
      const speaker = env.people.resolve(c.ref.words, env.ctx.order) ?? (c.ref.words.length > 1 ? c.ref.words.join(' ') : null);
      const e = cueExtent(sentence, c, runs);
      return speaker && speaker !== outer.speaker ? [{ at: c.at, speaker, cue: inner.slice(e.start, e.end) }] : [];
    });
    sentence.forEach((t: Token, i) => {
      const span = t.type === 'quote' ? spans[t.quote] : undefined;
      const nearest = [...cues].sort((a, b) => Math.abs(a.at - i) - Math.abs(b.at - i))[0];
      if (!span || !nearest) return;
      out.push({ span: shifted(span, from), speaker: nearest.speaker, blocked: false, atStart: false, speech: true, cued: true, cue: nearest.cue });
    });
  }
  return out;
}
