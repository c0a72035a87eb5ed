// Attribution stage: every paragraph gets the people whose words it carries (speakers, with their
// role) and its direct quotes with their speaker. Pure: the caller passes any word list in.
import type { ArticleDraft, Attribution, DocumentAttribution, ParagraphDraft, SegmentedDocument } from '../domain/types.ts';
import { asksYou, attributeInterview, introAuthor } from './interview.ts';
import { attributeNews } from './news.ts';
import { attributeOpinion } from './opinion.ts';
import { buildPeople } from './people.ts';
import { type WordList, buildVocabulary } from './tokens.ts';
import { type Base, newEnv } from './voices.ts';
import { inAuthorsVoice } from './voice.ts';
import { transcriptSpeakers } from './transcript.ts';
import { empty, toAttribution } from './roles.ts';
import { creditPullQuotes } from './pullquotes.ts';
import { type AttributionConventions, DEFAULT_ATTRIBUTION } from '../conventions/attribution.ts';

export type { WordList } from './tokens.ts';

export interface AttributeOptions {
  /** A general English word list: tells a sentence-initial common word ("Seven", "Voting") from a name. */
  lexicon?: WordList;
  /** Cue words, labels and thresholds; generic English defaults. */
  conventions?: AttributionConventions;
}

function documentTexts(doc: SegmentedDocument): string[] {
  const texts = doc.front.map((p) => p.text);
  for (const a of doc.articles) texts.push(a.title, ...a.paragraphs.map((p) => p.text));
  return texts;
}

/** Questions, answers or turns the layout marked. */
const hasMarkedExchanges = (a: ArticleDraft): boolean => a.paragraphs.some((p) => p.kind === 'question' || p.kind === 'answer' || p.kind === 'turn');

/** An interview label on an unsigned piece with no question, answer or turn is a guess: it is read as news. */
const hasExchanges = (a: ArticleDraft): boolean => a.authors.some((n) => /\p{L}/u.test(n)) || hasMarkedExchanges(a);

/** An article printed as questions and answers is an interview whatever its label. */
const isQandA = (a: ArticleDraft): boolean =>
  a.paragraphs.some((p) => p.kind === 'question') && a.paragraphs.some((p) => p.kind === 'answer');

/**
 * In a transcript, the paragraphs after a turn are the turn speaker's words, a reporter's question nobody's. Quotes
 * whose own cue names somebody else stay theirs ("As Roe told us, “…”"); a cue-less quote is the turn speaker's own.
 */
function withTranscript(paragraphs: readonly ParagraphDraft[], attrs: Attribution[], base: Base): Attribution[] {
  const voices = transcriptSpeakers(paragraphs, base.people, base.conv);
  return attrs.map((a, i) => {
    const voice = voices[i];
    if (voice === undefined || paragraphs[i]?.kind === 'turn') return a;
    if (voice === null) return empty();
    const out = toAttribution([{ name: voice, role: 'turn' }], null);
    for (const q of a.quotes.filter((x) => x.cue && x.speaker !== voice)) {
      out.quotes.push(q);
      if (!out.roles[q.speaker]) {
        out.speakers.push(q.speaker);
        out.roles[q.speaker] = 'quoted';
      }
    }
    return out;
  });
}

function attributeArticle(a: ArticleDraft, base: Base): Attribution[] {
  return creditPullQuotes(a.paragraphs, withTranscript(a.paragraphs, attributeArticleByKind(a, base), base), base.people);
}

function attributeArticleByKind(a: ArticleDraft, base: Base): Attribution[] {
  if (isQandA(a)) return attributeInterview(a, base);
  switch (a.kind) {
    case 'interview':
      if (!hasMarkedExchanges(a) && !a.paragraphs.some((p) => asksYou(p.text)) && inAuthorsVoice(a, base)) return attributeOpinion(a, base);
      if (hasExchanges(a)) return attributeInterview(a, base);
      return attributeNews(a.paragraphs, newEnv(base, true));
    case 'opinion':
      return attributeOpinion(a, base);
    default:
      if (inAuthorsVoice(a, base)) return attributeOpinion(a, base);
      return attributeNews(a.paragraphs, newEnv(base, true));
  }
}

export function attributeDocument(doc: SegmentedDocument, options: AttributeOptions = {}): DocumentAttribution {
  const texts = documentTexts(doc);
  const vocab = buildVocabulary(texts, options.lexicon);
  const people = buildPeople(texts, doc.articles.flatMap((a) => a.authors), vocab);
  const base: Base = { people, vocab, conv: options.conventions ?? DEFAULT_ATTRIBUTION };
  return {
    front: withTranscript(doc.front, attributeNews(doc.front, newEnv(base, true)), base),
    articles: doc.articles.map((a) => attributeArticle(a, base)),
    authors: doc.articles.map((a) => foundAuthors(a, base)),
  };
}

/** The article's authors: its byline's, else the interviewer an interview's intro presents. */
function foundAuthors(a: ArticleDraft, base: Base): string[] {
  if (a.authors.length > 0 || !(a.kind === 'interview' || isQandA(a))) return a.authors;
  const author = introAuthor(a, base);
  return author ? [author] : [];
}
