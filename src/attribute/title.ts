// What a title says about whom an article presents: "X on …", "An interview with X", "'Show' contestant X sounds off".
import { findNameRuns } from './names.ts';
import { tokenize } from './tokens.ts';
import type { Ballot, Base } from './voices.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each person the title names gets the title's vote; one the title presents gets the pattern's vote too. */
export function titleVotes(title: string, base: Base, ballot: Ballot): void {
  const tokens = tokenize(title);
  const votes = base.conv.intervieweeVotes;
  for (const run of findNameRuns(tokens, base.vocab)) {
    const p = base.people.personIn(tokens, run);
    if (!p) continue;
    const name = base.people.resolve(p.words) ?? (p.words.length > 1 ? p.words.join(' ') : null);
    if (!name) continue;
    const printed = title.slice(tokens[p.first]?.start ?? 0, tokens[p.last]?.end ?? 0);
    const presents = base.conv.intervieweeTitlePatterns.some((pat) => new RegExp(pat.replace('{name}', escape(printed)), 'iu').test(title));
    ballot.add(name, votes.title + (presents ? votes.titlePattern : 0));
  }
}
