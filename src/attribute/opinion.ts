// Opinion: the author speaks every body paragraph; the bio and disclaimer are the publisher's words.
import type { ArticleDraft, Attribution, ParagraphKind, SpeakerRole } from '../domain/types.ts';
import { analyzeParagraphs } from './paragraph.ts';
import { saysI } from './voice.ts';
import { carryOpenQuotes, findBlockQuotes } from './continued.ts';
import { empty, toAttribution } from './roles.ts';
import { type Base, bylineNames, cueSpeakers, isPublisherNote, newEnv } from './voices.ts';

/** Paragraphs in the author's voice; a standfirst only when its cue names the author ("…, writes X"). */
const AUTHOR_KINDS: ReadonlySet<ParagraphKind> = new Set(['body', 'answer', 'question', 'turn']);

/** The byline's authors; without a byline, whoever the standfirst says writes ("…, writes X"). */
export function findAuthors(a: ArticleDraft, base: Base): string[] {
  const byline = bylineNames(a, base);
  if (byline.length > 0) return byline;
  const standfirst = a.paragraphs.filter((p) => p.kind === 'standfirst');
  return [...new Set(standfirst.flatMap((p) => cueSpeakers(p, base)))].slice(0, 1);
}

export function attributeOpinion(a: ArticleDraft, base: Base): Attribution[] {
  const authors = findAuthors(a, base);
  const roleOf = (n: string): SpeakerRole => (authors.includes(n) ? 'author' : 'quoted');
  const voices = authors.map((name) => ({ name, role: 'author' as const }));
  const findings = analyzeParagraphs(a.paragraphs, newEnv(base, false), (p) => AUTHOR_KINDS.has(p.kind) || p.kind === 'standfirst');
  carryOpenQuotes(findings);
  findBlockQuotes(a.paragraphs, findings);
  return a.paragraphs.map((p, i) => {
    const found = findings[i];
    if (!found || isPublisherNote(p.text, authors, base)) return empty();
    const authorsWords = AUTHOR_KINDS.has(p.kind) || (p.kind === 'standfirst' && saysI(p.text));
    return toAttribution(authorsWords ? voices : [], found, roleOf, new Set(), base.conv.reportedSpeechSpeaks);
  });
}
