// Whose voice an article is: bylines, and the people its standfirst, caption and bio present.
import type { ArticleDraft, ParagraphDraft } from '../domain/types.ts';
import type { AttributionConventions } from '../conventions/attribution.ts';
import { Recency } from './context.ts';
import { findNameRuns } from './names.ts';
import { type Env, analyzeParagraph } from './paragraph.ts';
import type { People } from './people.ts';
import { unshout } from '../text/case.ts';
import { type Token, type Vocabulary, tokenize } from './tokens.ts';

export interface Base {
  people: People;
  vocab: Vocabulary;
  conv: AttributionConventions;
}

export const newEnv = (base: Base, guess: boolean): Env => ({ ...base, ctx: new Recency(), guess });

/** People named in a text (a run of two name words or more, or a known surname), in reading order. */
export function namesIn(text: string, base: Base): string[] {
  const tokens = tokenize(text);
  return findNameRuns(tokens, base.vocab).flatMap((r) => {
    const p = base.people.personIn(tokens, r);
    if (!p) return [];
    const name = base.people.resolve(p.words) ?? (p.words.length > 1 ? p.words.join(' ') : null);
    return name ? [name] : [];
  });
}

/** The byline's names, in their fullest form in the document. */
export function bylineNames(article: ArticleDraft, base: Base): string[] {
  return article.authors
    .map((a) => a.trim())
    .filter((a) => /\p{L}/u.test(a))
    .map((a) => base.people.resolve(a.split(/\s+/)) ?? unshout(a));
}

/** Speakers the cues of a paragraph name ("…, writes X", "X told Y in an interview"). */
export function cueSpeakers(p: ParagraphDraft, base: Base): string[] {
  return analyzeParagraph(p.text, newEnv(base, false)).cues.map((c) => c.speaker);
}

/** A caption that is only a name (with a title at most): the person in the photo. */
export function captionName(p: ParagraphDraft, base: Base): string | null {
  const text = p.text.replace(/\s*\[[^\]]*\]\s*$/, '');
  const tokens = tokenize(text).filter((t: Token) => t.type === 'word');
  const names = namesIn(text, base);
  const nameWords = names[0]?.split(/\s+/).length ?? 0;
  return names.length === 1 && tokens.length <= nameWords + 1 ? (names[0] as string) : null;
}

/** The person a paragraph opens with, and whether it goes on "is"/"was" as a bio does ("X is a professor …"). */
function openingName(text: string, base: Base): { name: string | null; bio: boolean } {
  const tokens = tokenize(text);
  const run = findNameRuns(tokens, base.vocab)[0];
  if (!run || run.first !== 0) return { name: null, bio: false };
  const name = base.people.resolve(run.words) ?? (run.words.length > 1 ? run.words.join(' ') : null);
  return { name, bio: /^(is|was)$/.test(tokens[run.last + 1]?.lower ?? '') };
}

/** A bio opens with the person's name. */
export const bioName = (p: ParagraphDraft, base: Base): string | null => openingName(p.text, base).name;

/** The person a standfirst or intro paragraph opens with, as its subject ("Jane Roe has mended …"). */
export function introSubject(p: ParagraphDraft, base: Base): string | null {
  const name = openingName(p.text, base).name;
  return name && namesIn(p.text, base).includes(name) ? name : null;
}

/** Votes for who an article presents: strong evidence counts double. */
export class Ballot {
  private readonly votes = new Map<string, number>();
  constructor(private readonly excluded: ReadonlySet<string>) {}

  add(name: string | null | undefined, weight: number): void {
    if (!name || this.excluded.has(name)) return;
    this.votes.set(name, (this.votes.get(name) ?? 0) + weight);
  }

  /** The name with most votes (at least `min`); the first named wins a tie. */
  winner(min = 0): string | null {
    let best: string | null = null;
    for (const [name, v] of this.votes) if (best === null || v > (this.votes.get(best) ?? 0)) best = name;
    return best !== null && (this.votes.get(best) ?? 0) >= min ? best : null;
  }
}

/** Publisher's notes: a disclaimer, or a bio that opens with one of `names` ("X is the envoy of …"). */
export function isPublisherNote(text: string, names: readonly string[], base: Base): boolean {
  if (/^\s*disclaimer\b/i.test(text)) return true;
  const { name, bio } = openingName(text, base);
  return bio && name !== null && names.includes(name);
}
