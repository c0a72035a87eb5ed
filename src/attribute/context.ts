// What an article has said so far: who spoke and who was named, in reading order.

/** A pronoun ("he said") refers to the last speaker only this many paragraphs on; later, it is a guess. */
const SPEAKER_REACH_PARAGRAPHS = 3;
/** A person merely named is a pronoun's referent only in the same or the next couple of paragraphs. */
const MENTION_REACH_PARAGRAPHS = 2;

/** A speaker, the first person a sentence without a cue names (its likely subject), or a plain mention. */
type EntryKind = 'speaker' | 'subject' | 'mention';

interface Entry {
  name: string;
  paragraph: number;
  kind: EntryKind;
}

export class Recency {
  private readonly entries: Entry[] = [];
  /** Every person named or heard so far, oldest first (names repeat). */
  readonly order: string[] = [];
  private paragraph = 0;

  nextParagraph(): void {
    this.paragraph++;
  }

  note(name: string, kind: EntryKind): void {
    this.entries.push({ name, paragraph: this.paragraph, kind });
    this.order.push(name);
  }

  /** Names of the entries of these kinds within `reach` paragraphs, most recent first. */
  private within(reach: number, kinds: readonly EntryKind[]): string[] {
    return this.entries.filter((e) => kinds.includes(e.kind) && this.paragraph - e.paragraph <= reach).map((e) => e.name).reverse();
  }

  /** Everybody named or heard so far in the current paragraph, first seen first. */
  inParagraph(): string[] {
    return [...new Set(this.entries.filter((e) => e.paragraph === this.paragraph).map((e) => e.name))];
  }

  /**
   * Whom "he" or "she" may mean, best first: the latest speaker or sentence subject ("Opposition leader
   * X accused … . “…,” she said"), then people merely named just before.
   */
  pronounCandidates(): string[] {
    const agents = this.within(SPEAKER_REACH_PARAGRAPHS, ['speaker', 'subject']);
    return [...new Set([...agents, ...this.within(MENTION_REACH_PARAGRAPHS, ['mention'])])];
  }
}
