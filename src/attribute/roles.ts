// Turning findings into the stage's output: speakers, the role of each, and the attributed quotes.
import { unshout } from '../text/case.ts';
import type { Attribution, SpeakerRole } from '../domain/types.ts';
import type { People } from './people.ts';
import type { ParagraphFinding } from './paragraph.ts';
import { FUNCTION_WORDS, TITLE_WORDS } from './words.ts';

export interface Voice {
  name: string;
  role: SpeakerRole;
}

export const empty = (): Attribution => ({ speakers: [], roles: {}, voice: null, quotes: [] });

/**
 * The paragraph's attribution: its own voices first (the interviewer, the author …), then everybody its
 * cues and quotes give words to. Names in `exclude` never speak here (the interviewer's "you told me" in an answer).
 */
export function toAttribution(
  voices: readonly Voice[],
  found: ParagraphFinding | null,
  roleOf: (name: string) => SpeakerRole = () => 'quoted',
  exclude: ReadonlySet<string> = new Set(),
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
  const heard = [
    ...found.cues,
    ...found.quotes.flatMap((q) => (q.speaker ? [{ at: q.span.start, speaker: q.speaker }] : [])),
  ].sort((a, b) => a.at - b.at);
  for (const e of heard) add(e.speaker, roleOf(e.speaker));
  for (const q of found.quotes) {
    if (q.speaker && q.speech && !exclude.has(q.speaker)) out.quotes.push({ start: q.span.textStart, end: q.span.textEnd, text: q.span.text, speaker: q.speaker });
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
