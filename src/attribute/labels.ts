// Interview labels: "Q"/"A", initials ("JR"), surnames ("ROE") or full names, resolved to the people
// the byline, title, standfirst or intro give.
import type { AttributionConventions } from '../conventions/attribution.ts';
import type { People } from './people.ts';
import { labelSpeaker } from './roles.ts';

/** Who a label stands for: a role of the interview, a person, or nobody we can name. */
export type LabelRef = { kind: 'interviewer' } | { kind: 'interviewee' } | { kind: 'person'; name: string } | { kind: 'none' };

/** Initials are two to four capitals ("JR", "JFK"). */
const INITIALS_RE = /^\p{Lu}{2,4}$/u;

const bare = (label: string): string => label.replace(/[\s:.\-–—]+$/u, '').trim();

/** The initials of a name: the first letter of each capitalised word ("Anna van Dijk" → "AD", "AvD" not needed). */
export function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toUpperCase();
}

/** The one candidate whose initials are the label (the cast first, then everybody named); null when none or several. */
function byInitials(label: string, cast: readonly string[], people: People): string | null {
  for (const pool of [cast, people.names()]) {
    const hits = [...new Set(pool.filter((n) => initialsOf(n) === label))];
    if (hits.length === 1) return hits[0] as string;
    if (hits.length > 1) return null;
  }
  return null;
}

export function resolveLabel(label: string, people: People, conv: AttributionConventions, cast: readonly string[]): LabelRef {
  const text = bare(label);
  const lower = text.toLowerCase();
  if (!/\p{L}/u.test(text)) return { kind: 'none' };
  if (conv.questionLabels.includes(lower)) return { kind: 'interviewer' };
  if (conv.answerLabels.includes(lower)) return { kind: 'interviewee' };
  if (lower.split(/\s+/).some((w) => conv.sectionLabels.includes(w))) return { kind: 'none' };
  if (INITIALS_RE.test(text)) {
    const name = byInitials(text, cast, people);
    return name ? { kind: 'person', name } : { kind: 'person', name: text };
  }
  const name = labelSpeaker(text, people);
  return name ? { kind: 'person', name } : { kind: 'none' };
}
