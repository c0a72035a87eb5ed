// Pure: the forms a person's name takes in the texts (full name, surname only, given and family name) and the
// descriptions their quotes were attributed by ("the president said"), counted.
import { DEFAULT_ATTRIBUTION } from '../conventions/attribution.ts';
import type { Quote } from '../domain/types.ts';

export interface NameVariant {
  text: string;
  count: number;
  /** `name`: a form of the name; `description`: words of a cue that named them otherwise ("the president"). */
  kind: 'name' | 'description';
}

/** Cue subjects that stand for a person without describing them: not worth listing as a variant. */
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'who', 'him', 'her', 'them']);
/** Longest description kept from a cue, in words: longer remains are clauses, not a way to name someone. */
const MAX_DESCRIPTION_WORDS = 6;

/** Forms of a name to look for, longest first: the whole name, each tail of it, and first + last word. */
export function nameForms(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const forms = words.map((_, i) => words.slice(i).join(' '));
  if (words.length > 2) forms.push(`${words[0]} ${words[words.length - 1]}`);
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const formPattern = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(form)}(?![\\p{L}\\p{N}-])`, 'gu');

/** Occurrences of each form in the texts; a longer form's words are not counted again as a shorter one. */
export function countNameForms(name: string, texts: readonly string[]): Map<string, number> {
  const forms = nameForms(name);
  const counts = new Map<string, number>();
  for (const original of texts) {
    let text = original;
    for (const form of forms) {
      text = text.replace(formPattern(form), (m) => {
        counts.set(form, (counts.get(form) ?? 0) + 1);
        return ' '.repeat(m.length);
      });
    }
  }
  return counts;
}

const CUE_WORDS = new Set([...DEFAULT_ATTRIBUTION.cueVerbs, ...DEFAULT_ATTRIBUTION.cueFillers].map((w) => w.toLowerCase()));

/** What a cue calls the speaker when it does not use their name: the cue without its verbs and fillers. */
export function cueDescription(cue: string, name: string): string | null {
  if (nameForms(name).some((f) => formPattern(f).test(cue))) return null;
  const words = cue.replace(/[“”"‘’',.;:!?()]/g, ' ').split(/\s+/).filter(Boolean);
  const rest = words.filter((w) => !CUE_WORDS.has(w.toLowerCase()));
  if (!rest.length || rest.length > MAX_DESCRIPTION_WORDS) return null;
  if (rest.length === 1 && PRONOUNS.has(rest[0]!.toLowerCase())) return null;
  return rest.join(' ');
}

/** Longest stretch read after a quote for its attribution: `,” said the former mayor of the city.` */
const CUE_AFTER_CHARS = 80;
/** Words a description opens with ("the president", "a spokesperson"): a name or a clause does not. */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an']);
const CUE_VERBS = new Set(DEFAULT_ATTRIBUTION.cueVerbs.map((w) => w.toLowerCase()));

/**
 * When attribution kept no cue: the words right after a quote when they read as one (`,” said the president.`):
 * the clause up to the next stop holds a cue verb, and without its verbs it opens like a description.
 */
export function cueAfter(text: string, q: Pick<Quote, 'end'>): string | null {
  const tail = text.slice(q.end, q.end + CUE_AFTER_CHARS).replace(/^[\s,;:’”"'»]+/u, '');
  const clause = /^[^.;!?“"«]*/u.exec(tail)?.[0]?.replace(/,.*$/su, '').trim() ?? '';
  const words = clause.split(/\s+/).filter(Boolean);
  if (!words.some((w) => CUE_VERBS.has(w.toLowerCase()))) return null;
  const rest = words.filter((w) => !CUE_WORDS.has(w.toLowerCase()));
  return rest.length && DESCRIPTION_OPENERS.has(rest[0]!) ? clause : null;
}

/** Name forms found in the texts, then descriptions from the cues of their quotes; most frequent first. */
export function nameVariants(name: string, texts: readonly string[], quotes: readonly Pick<Quote, 'cue' | 'speaker'>[]): NameVariant[] {
  const out: NameVariant[] = [...countNameForms(name, texts)].map(([text, count]) => ({ text, count, kind: 'name' as const }));
  const descriptions = new Map<string, number>();
  for (const q of quotes) {
    const d = q.speaker === name && q.cue ? cueDescription(q.cue, name) : null;
    if (d) descriptions.set(d, (descriptions.get(d) ?? 0) + 1);
  }
  for (const [text, count] of descriptions) out.push({ text, count, kind: 'description' });
  return out.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
