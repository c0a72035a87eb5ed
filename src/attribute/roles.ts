// Turning findings into the stage's output: speakers, the role of each, and the attributed quotes.
import { unshout } from '../text/case.ts';
import type { Attribution, SpeakerRole } from '../domain/types.ts';
import type { People } from './people.ts';
import type { ParagraphFinding, QuoteFinding } from './paragraph.ts';
import { FUNCTION_WORDS, TITLE_WORDS } from './words.ts';

export interface Voice {
  name: string;
  role: SpeakerRole;
}

export const empty = (): Attribution => ({ speakers: [], roles: {}, voice: null, quotes: [] });

/** A quote that reaches the output: somebody's, and spoken words or a fragment its own cue gives them. */
const isOwnedQuote = (q: QuoteFinding, exclude: ReadonlySet<string>): q is QuoteFinding & { speaker: string } =>
  q.speaker !== null && !exclude.has(q.speaker) && (q.speech || q.cued === true);

/**
 * The paragraph's attribution: its own voices first (the interviewer, the author …), then everybody its quotes give
 * words to, in reading order. A cue without a quote of its speaker is reported speech: its speaker is mentioned, not
 * heard, unless `reportedSpeaks` (a document's convention) says otherwise, or the cue introduces the next paragraph's quote. Names in `exclude` never speak here (the
 * interviewer's "you told me" in an answer).
 */
export function toAttribution(
  voices: readonly Voice[],
  found: ParagraphFinding | null,
  roleOf: (name: string) => SpeakerRole = () => 'quoted',
  exclude: ReadonlySet<string> = new Set(),
  reportedSpeaks = false,
): Attribution {
  const out = empty();
  const add = (name: string, role: SpeakerRole) => {
    if (exclude.has(name) || out.roles[name]) return;
    out.speakers.push(name);
    out.roles[name] = role;
  };
  for (const v of voices) add(v.name, v.role);
  out.voice = voices.find((v) => !exclude.has(v.name))?.name ?? null;
  if (!found) return out;
  const quotes = [...found.quotes, ...found.nested].filter((q) => isOwnedQuote(q, exclude)).sort((a, b) => a.span.start - b.span.start);
  const owners = (q: QuoteFinding) =>
    [{ speaker: q.speaker as string, cue: q.cue }, ...(q.alsoBy ?? [])].filter((o) => !exclude.has(o.speaker));
  const heard = [
    // A paragraph ending "…, before asking:" introduces the quote that opens the next one: one sentence the layout split.
    ...found.cues.filter((c) => reportedSpeaks || c.introduces),
    ...quotes.flatMap((q) => owners(q).map((o) => ({ at: q.span.start, speaker: o.speaker }))),
  ].sort((a, b) => a.at - b.at);
  for (const e of heard) add(e.speaker, roleOf(e.speaker));
  for (const q of quotes) {
    const { textStart: start, textEnd: end, text } = q.span;
    for (const o of owners(q)) out.quotes.push({ start, end, text, speaker: o.speaker, ...(o.cue ? { cue: o.cue } : {}) });
  }
  return out;
}

/** The speaker a transcript turn prints ("JUSTICE SMITH:"), as the fullest form of the name the document has. */
export function labelSpeaker(label: string | undefined, people: People): string | null {
  const words = (label ?? '').replace(/[:.]+$/g, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || FUNCTION_WORDS.has(w.toLowerCase());
  const nameWords = words.filter((w) => !isTitle(w));
  if (words.length === 0) return null;
  if (nameWords.length === 0) return unshout(words.join(' '));
  const asPrinted = (w: string) => people.printed(w) ?? unshout(w);
  const person = people.resolve(nameWords.map(asPrinted));
  if (person) return person;
  // `ADDRESSES:`, `FOR FURTHER INFORMATION CONTACT:`: common words and no title of a person make a section label
  // (checked after the people: "BROWN:" is the Brown the document names).
  const hasTitle = words.some((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
  if (!hasTitle && nameWords.every((w) => people.isCommonWord(w))) return null;
  return words.map((w) => (isTitle(w) ? unshout(w) : asPrinted(w))).join(' ');
}
