// Transcripts: a turn's label speaks its paragraph and every following paragraph until the next turn,
// a reporter's question or a heading. An unnamed reporter ("Q") is nobody we can name.
import type { AttributionConventions } from '../conventions/attribution.ts';
import type { ParagraphDraft } from '../domain/types.ts';
import type { People } from './people.ts';
import { resolveLabel } from './labels.ts';
import { findRoleHolders, type RoleHolders } from './roleHolders.ts';

/** A lone turn is a note or a misread label; a transcript has a few turns before its speakers run on. */
const MIN_TURNS = 2;
/** Kinds that end a speaker's run of paragraphs: what follows is somebody else's (or nobody's) words. */
const ENDS_TURN: ReadonlySet<ParagraphDraft['kind']> = new Set(['heading', 'standfirst', 'bio']);
/** Kinds a speaker's run passes over without being ended: they sit beside the spoken words. */
const BESIDE_TURN: ReadonlySet<ParagraphDraft['kind']> = new Set(['caption', 'disclaimer']);

/** A heading printed as body ("Conclusions", "Witness Y") is this short and ends without a stop. */
const HEADING_MAX_WORDS = 8;
export const looksLikeHeading = (text: string): boolean =>
  text.split(/\s+/).length <= HEADING_MAX_WORDS && !/[.!?…"”’)]\s*$/u.test(text.trim());

/** A paragraph that opens with an unnamed questioner's label ("Q Mr. Smith, …", "Q: …", "QUESTION: …"). */
export function isReporterQuestion(p: ParagraphDraft, conv: AttributionConventions): boolean {
  const labels = conv.questionLabels.map((l) => l.toLowerCase());
  if (p.label && labels.includes(p.label.replace(/[:.]+$/, '').toLowerCase())) return true;
  const m = /^(\p{L}+)[.:]?\s+\S/u.exec(p.text);
  const word = m?.[1];
  return Boolean(word && word === word.toUpperCase() && labels.includes(word.toLowerCase()) && (word.length === 1 || /^\p{L}+[.:]/u.test(p.text)));
}

/** The person a turn label names ("MR. VOSS" → the fullest printed form, "AB" → whoever has those initials). */
export function turnSpeaker(label: string | undefined, people: People, conv: AttributionConventions, holders?: RoleHolders, text = ''): string | null {
  const holder = holders?.get(label ?? '');
  if (holder) return holder;
  const ref = resolveLabel(label ?? '', people, conv, []);
  const known = ref.kind === 'person' && people.names().includes(ref.name);
  if (known) return ref.name;
  // a label that names nobody the document knows (`AUDIENCE MEMBER`, `SPEAKER`), then `I'm X, …`: she names herself
  const own = conv.selfIntroduction.exec(text.replace(/^[[(][\d:]+[\])]\s*/, ''))?.[1];
  if (own) return people.resolve(own.split(/\s+/)) ?? own;
  return ref.kind === 'person' ? ref.name : null;
}

/**
 * For a document with speaker turns: the speaker of each paragraph (null for a reporter's question or
 * an unknown label), undefined where the transcript says nothing (before the first turn, after a heading).
 */
export function transcriptSpeakers(paragraphs: readonly ParagraphDraft[], people: People, conv: AttributionConventions): (string | null | undefined)[] {
  if (paragraphs.filter((p) => p.kind === 'turn').length < MIN_TURNS) return paragraphs.map(() => undefined);
  const holders = transcriptRoles(paragraphs, people, conv);
  let current: string | null | undefined;
  return paragraphs.map((p) => {
    if (p.kind === 'turn') return (current = turnSpeaker(p.label, people, conv, holders, p.text));
    if (conv.stageDirection.test(p.text.trim())) return null; // `(Laughter.)`: nobody's words, the turn goes on
    if (isReporterQuestion(p, conv)) return (current = null);
    if (p.label || ENDS_TURN.has(p.kind) || looksLikeHeading(p.text)) return (current = undefined);
    if (BESIDE_TURN.has(p.kind)) return undefined;
    return current;
  });
}

/** Who holds the roles the turn labels name (`THE CHAIR`), as the paragraphs present them. */
export function transcriptRoles(paragraphs: readonly ParagraphDraft[], people: People, conv: AttributionConventions): RoleHolders {
  const labels = paragraphs.flatMap((p) => (p.kind === 'turn' && p.label ? [p.label] : []));
  return findRoleHolders(labels, paragraphs.map((p) => p.text), people, conv);
}
