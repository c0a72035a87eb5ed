// Role labels: a transcript's `THE CHAIR:` or `MODERATOR:` names a role, not a person. The document says once who
// holds it (`Moderator: X`, `Councillor X (Chair)`, `the host, X`): every such presentation is a vote, and the one
// person with most votes holds the role. No presentation, or a tie, names nobody.
import type { AttributionConventions } from '../conventions/attribution.ts';
import type { People } from './people.ts';

/** Who holds the role a label names, by the label as printed (`THE CHAIR`); absent when nobody is presented. */
export type RoleHolders = ReadonlyMap<string, string>;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The role a label names: its words without `the`, when every one is a title or an interviewer's label. */
export function roleOf(label: string, conv: AttributionConventions): string | null {
  const words = label.replace(/[:.]+$/, '').toLowerCase().split(/\s+/).filter((w) => w && w !== 'the');
  const known = (w: string) => conv.titleWords.includes(w.replace(/\.$/, '')) || conv.questionLabels.includes(w);
  return words.length > 0 && words.every(known) ? words.join(' ') : null;
}

/** A name the presentation itself prints when no known person fits (`Moderator: Jo Penn` alone in a head). */
const PRINTED_NAME = "(\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2})";

/** Votes for each person presented in the role by the texts: known people first, else the names printed there. */
function votesFor(role: string, texts: readonly string[], people: People, conv: AttributionConventions): Map<string, number> {
  const votes = new Map<string, number>();
  const vote = (name: string, n: number) => n > 0 && votes.set(name, (votes.get(name) ?? 0) + n);
  const act = conv.roleActs[role];
  const actForm = act ? `(?:${escape(act)}|${escape(act.replace(/^\p{L}/u, (c) => c.toUpperCase()))})` : '';
  const patterns = (name: string, roleForm: string, flags: string) =>
    conv.rolePresentations
      .filter((t) => act || !t.includes('{act}'))
      .map((t) => new RegExp(t.replace('{role}', roleForm).replace('{act}', actForm).replace('{name}', name), flags));
  for (const name of people.names()) {
    for (const re of patterns(escape(name), escape(role), 'giu')) vote(name, texts.reduce((sum, t) => sum + (t.match(re)?.length ?? 0), 0));
  }
  if (votes.size > 0) return votes;
  // a printed name must be in capitals, so only the role's own forms are matched regardless of case
  const forms = [role, role.replace(/^\p{L}/u, (c) => c.toUpperCase()), role.toUpperCase()].map(escape).join('|');
  for (const re of patterns(PRINTED_NAME, `(?:${forms})`, 'gu')) for (const t of texts) for (const m of t.matchAll(re)) vote(m[1] as string, 1);
  return votes;
}

/** The holder of each role label among `labels`, as presented in `texts`. */
export function findRoleHolders(labels: Iterable<string>, texts: readonly string[], people: People, conv: AttributionConventions): RoleHolders {
  const out = new Map<string, string>();
  for (const label of new Set(labels)) {
    const role = roleOf(label, conv);
    if (!role) continue;
    const ranked = [...votesFor(role, texts, people, conv)].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (first && (!second || second[1] < first[1])) out.set(label, first[0]);
  }
  return out;
}
