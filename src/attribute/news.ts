// News: every quote goes to its cue's speaker; a multi-paragraph quote goes to the speaker of the
// paragraph that closes it, or of the paragraph before it when it has no cue of its own.
import type { Attribution, ParagraphDraft, ParagraphKind } from '../domain/types.ts';
import { type Env, type ParagraphFinding, analyzeParagraphs, lastSpeaker } from './paragraph.ts';
import { empty, toAttribution } from './roles.ts';
import { transcriptRoles, turnSpeaker } from './transcript.ts';
import { carryOpenQuotes, findBlockQuotes } from './continued.ts';

/** Paragraph kinds that can carry somebody's words; headings, captions, bios and disclaimers do not. */
export const SPEECH_KINDS: ReadonlySet<ParagraphKind> = new Set(['body', 'standfirst', 'question', 'answer', 'turn']);

/** A quote left open at a paragraph end goes on in the next paragraph, whose cue names the speaker. */
function carryBackward(found: (ParagraphFinding | null)[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const open = found[i]?.quotes.at(-1);
    const next = found[i + 1]?.quotes[0];
    if (open?.span.openEnd && !open.speaker && !open.blocked && next?.atStart && next.speaker) open.speaker = next.speaker;
  }
}

/** A paragraph that opens with a quote and names nobody continues the previous paragraph's speaker. */
function carryForward(found: (ParagraphFinding | null)[]): void {
  for (let i = 1; i < found.length; i++) {
    const f = found[i];
    const prev = found[i - 1];
    const first = f?.quotes[0];
    if (!f || !prev || !first?.atStart || first.speaker || first.blocked || !first.speech) continue;
    const speaker = lastSpeaker(prev);
    if (!speaker) continue;
    for (const q of f.quotes) {
      if (q.speaker || q.blocked) break;
      if (q.speech) q.speaker = speaker;
    }
  }
}

/**
 * A paragraph that ends with a colon introduces the quote that opens the next one ("…, before asking about
 * immigration:" / "“…?” she asked"): it speaks for that quote's speaker when it names none of its own.
 */
function carryIntroduction(paragraphs: readonly ParagraphDraft[], found: (ParagraphFinding | null)[]): void {
  for (let i = 0; i < found.length - 1; i++) {
    const f = found[i];
    const next = found[i + 1]?.quotes[0];
    const text = paragraphs[i]?.text.trimEnd() ?? '';
    if (!f || !text.endsWith(':') || !next?.atStart || !next.speaker) continue;
    const own = f.cues.at(-1);
    if (own?.weak) own.speaker = next.speaker; // a colon alone names less surely than the quote's own cue
    if (own) own.introduces = true;
    else if (lastSpeaker(f)) continue;
    else f.cues.push({ at: text.length - 1, speaker: next.speaker, introduces: true });
  }
}

/** Findings for the speech paragraphs of a story (null for the others), with quotes carried across paragraphs. */
export function findStorySpeech(paragraphs: readonly ParagraphDraft[], env: Env): (ParagraphFinding | null)[] {
  const found = analyzeParagraphs(paragraphs, env, (p) => SPEECH_KINDS.has(p.kind) && p.kind !== 'turn');
  carryBackward(found);
  carryForward(found);
  carryOpenQuotes(found);
  carryIntroduction(paragraphs, found);
  findBlockQuotes(paragraphs, found); // after: a block quote's introduction is not one split sentence
  return found;
}

export function attributeNews(paragraphs: readonly ParagraphDraft[], env: Env): Attribution[] {
  const found = findStorySpeech(paragraphs, env);
  const holders = transcriptRoles(paragraphs, env.people, env.conv);
  return paragraphs.map((p, i) => {
    if (p.kind === 'turn') {
      const name = turnSpeaker(p.label, env.people, env.conv, holders, p.text);
      return toAttribution(name ? [{ name, role: 'turn' }] : [], null);
    }
    const f = found[i];
    return f ? toAttribution([], f, undefined, undefined, env.conv.reportedSpeechSpeaks) : empty();
  });
}
