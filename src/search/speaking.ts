// Pure: how a filtered speaker speaks in a paragraph (its voice, or quoted), the filter that asks for one of
// those, and what a hit found through a speaker shows: that person's quote, centred and marked.
import type { ParagraphRecord } from '../domain/ports.ts';
import type { Quote, SpeakerRole } from '../domain/types.ts';
import type { CitationInput } from './citation.ts';
import { filterIn } from './filters.ts';
import { quoteSnippet } from './quote-snippet.ts';
import { presentQuote, type QuoteView } from './quote-view.ts';
import { VOICE_TAG } from './records.ts';
import { toCharSpans, type MatchPosition, type SnippetOptions } from './snippet.ts';

/** What `role=` accepts: `quoted` (their quotes), `voice` (paragraphs that are their words), or one voice role. */
export const SPEAKER_FILTER_ROLES = ['quoted', 'voice', 'interviewer', 'interviewee', 'author', 'turn'] as const;
export type SpeakerFilterRole = (typeof SPEAKER_FILTER_ROLES)[number];

/** The clause for speakers in given roles: any of the `role:name` tags the index stores (records.ts). */
export function speakerRoleFilter(speakers: readonly string[], roles: readonly SpeakerFilterRole[]): string {
  const tags = speakers.flatMap((name) => roles.map((role) => `${role === 'voice' ? VOICE_TAG : role}:${name}`));
  return filterIn('speakerRoles', tags);
}

export interface Speaking {
  name: string;
  /** In words: `quoted`, or the voice's role (`interviewer`, `interviewee`, `author`, `turn`). */
  as: SpeakerRole;
}


export type SpeakingSource = CitationInput & Pick<ParagraphRecord, 'id' | 'text' | 'speakers' | 'roles'> & Partial<Pick<ParagraphRecord, 'voice' | 'quotes'>>;

const wantsQuotes = (roles: readonly SpeakerFilterRole[]) => !roles.length || roles.includes('quoted');
const wantsVoice = (roles: readonly SpeakerFilterRole[], role: SpeakerRole) => !roles.length || roles.includes('voice') || roles.includes(role as SpeakerFilterRole);

/** The voice of a record; older records without the field: the speaker whose role is not `quoted`. */
export function voiceOf(p: Pick<ParagraphRecord, 'speakers' | 'roles'> & { voice?: string | null }): string | null {
  if (p.voice !== undefined) return p.voice;
  return p.speakers.find((s) => p.roles[s] && p.roles[s] !== 'quoted') ?? null;
}

/** How each filtered speaker speaks in the paragraph, in the filter's order (the voice before the quotes). */
export function speakingIn(p: SpeakingSource, speakers: readonly string[], roles: readonly SpeakerFilterRole[]): Speaking[] {
  const out: Speaking[] = [];
  const voice = voiceOf(p);
  for (const name of speakers) {
    const role = p.roles[name];
    if (voice === name && role && role !== 'quoted' && wantsVoice(roles, role)) out.push({ name, as: role });
    if (wantsQuotes(roles) && (p.quotes ?? []).some((q) => q.speaker === name)) out.push({ name, as: 'quoted' });
  }
  return out;
}

/** The quote to show: of a filtered speaker, preferring one that holds a query match, else the first. */
export function pickQuote(p: SpeakingSource, speakers: readonly string[], matchStarts: readonly number[]): Quote | null {
  const theirs = (p.quotes ?? []).filter((q) => speakers.includes(q.speaker));
  return theirs.find((q) => matchStarts.some((m) => m >= q.start && m < q.end)) ?? theirs[0] ?? null;
}

export interface SpeakerHitExtras {
  speaking: Speaking[];
  /** Their quote, offsets into the paragraph text, with its permalink and citation. */
  quote?: QuoteView;
  snippet?: string;
}

/** What a hit found through a speaker filter adds: how they speak there, and their quote centred in the snippet. */
export function speakerHitExtras(
  p: SpeakingSource, speakers: readonly string[], roles: readonly SpeakerFilterRole[],
  matches: readonly MatchPosition[] | undefined, baseUrl: string, opts: SnippetOptions,
): SpeakerHitExtras {
  const speaking = speakingIn(p, speakers, roles);
  if (!wantsQuotes(roles)) return { speaking };
  const starts = charStarts(p.text, matches);
  const q = pickQuote(p, speakers, starts);
  if (!q) return { speaking };
  return { speaking, quote: presentQuote(p, q, baseUrl), snippet: quoteSnippet(p.text, q, matches, opts) };
}

/** Character offsets where the matches start (Meilisearch gives bytes). */
function charStarts(text: string, matches: readonly MatchPosition[] | undefined): number[] {
  return toCharSpans(text, matches ?? []).map((s) => s.start);
}
