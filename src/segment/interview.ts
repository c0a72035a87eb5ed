// Interview turns decoded as a whole: each paragraph of the exchange is a question or an answer, from the
// labels the document prints (`Q:`, `ROE:`, `JR:`, a dash), the face questions are set in, the words of each
// paragraph, and the way turns alternate (a small Viterbi over the two sides).
import type { ParagraphDraft } from '../domain/types.ts';
import { DEFAULT_PARAGRAPHS, type ParagraphConventions } from '../conventions/paragraphs.ts';
import { faceOf, opensExchange, questionEvidence } from './questions.ts';
import { initialsOf } from './turns.ts';

type Side = 'question' | 'answer';
const SPEECH_KINDS = new Set(['body', 'turn']);

/** Question and answer kinds for the paragraphs of an interview; the ones before the exchange are left alone. */
export function decodeInterview(paragraphs: ParagraphDraft[], conv: ParagraphConventions = DEFAULT_PARAGRAPHS): ParagraphDraft[] {
  const start = exchangeStart(paragraphs, conv);
  if (start < 0) return paragraphs;
  const seq = paragraphs.map((p, i) => i).filter((i) => i >= start && SPEECH_KINDS.has(paragraphs[i]!.kind));
  const turns = seq.map((i) => paragraphs[i]!);
  const sides = decodeSides(turns, conv);
  const out = [...paragraphs];
  seq.forEach((i, k) => (out[i] = { ...paragraphs[i]!, kind: sides[k]! }));
  return out;
}

/**
 * Labelled turns between few speakers where one side asks: an interview, not a transcript of many voices.
 * A `Q:`/`A:` pair or dashed questions count when the asking turns read as questions.
 */
export function isInterviewExchange(paragraphs: ParagraphDraft[], conv: ParagraphConventions = DEFAULT_PARAGRAPHS): boolean {
  const turns = paragraphs.filter((p) => p.kind === 'turn' && p.label !== undefined);
  const speakers = new Set(turns.map((p) => speakerKey(p.label!, new Set(turns.map((q) => q.label!)))));
  if (turns.length < 2 * conv.labels.minRecurrence || speakers.size > conv.maxInterviewSpeakers) return false;
  const sides = sidesOfLabels(turns, conv);
  const asking = turns.filter((p) => sides.get(speakerKey(p.label!, sides)) === 'question');
  const mean = asking.reduce((n, p) => n + questionEvidence(p.text, conv.question).score, 0) / Math.max(1, asking.length);
  return asking.length >= conv.labels.minRecurrence && mean >= conv.question.questionThreshold / 2;
}

/** The exchange starts at the first labelled turn, or else the first paragraph that reads as a question. */
export function exchangeStart(paragraphs: ParagraphDraft[], conv: ParagraphConventions = DEFAULT_PARAGRAPHS): number {
  const labelled = paragraphs.findIndex((p) => p.kind === 'turn');
  if (labelled >= 0) return labelled;
  const marking = markedFace(paragraphs.filter((p) => p.kind === 'body'), conv);
  return paragraphs.findIndex((p) => p.kind === 'body' && (faceOf(p) === marking || opensExchange(p.text)));
}

/** Decide every turn's side at once: emissions from labels, face and words; transitions from alternation. */
export function decodeSides(turns: ParagraphDraft[], conv: ParagraphConventions = DEFAULT_PARAGRAPHS): Side[] {
  const w = conv.question;
  const labelSide = sidesOfLabels(turns, conv);
  const twoSided = new Set(labelSide.values()).size === 2;
  const oneSided = labelSide.size > 0 && !twoSided;
  const marking = markedFace(turns.filter((p) => p.kind !== 'turn'), conv);
  const emissions = turns.map((p) => {
    let s = questionEvidence(p.text, w).score;
    const side = p.label === undefined ? undefined : labelSide.get(speakerKey(p.label, labelSide));
    if (side) s += side === 'question' ? w.label : -w.label;
    else if (oneSided) s += w.unmarked;
    if (marking && !side) s += faceOf(p) === marking ? w.marked : w.unmarked;
    return s;
  });
  const stays = turns.map((p) => twoSided && p.kind !== 'turn');
  return viterbi(emissions, stays, conv);
}

/** The side each printed label speaks for: fixed labels (`Q`, `A`, a dash), or by how its turns read. */
function sidesOfLabels(turns: ParagraphDraft[], conv: ParagraphConventions): Map<string, Side> {
  const labels = [...new Set(turns.flatMap((p) => (p.kind === 'turn' && p.label !== undefined ? [p.label] : [])))];
  const keys = new Map<string, string>();
  for (const l of labels) keys.set(l, speakerKey(l, new Set(labels)));
  const out = new Map<string, Side>();
  const score = new Map<string, number>();
  turns.forEach((p, i) => {
    if (p.kind !== 'turn' || p.label === undefined) return;
    const key = keys.get(p.label)!;
    const fixed = fixedSide(key, conv);
    if (fixed) out.set(key, fixed);
    // the interviewer speaks first: their first turn counts double
    else score.set(key, (score.get(key) ?? 0) + questionEvidence(p.text, conv.question).score * (i === 0 ? 2 : 1));
  });
  const named = [...score].map(([k, s]) => [k, s / countOf(turns, k, keys)] as const).sort((a, b) => b[1] - a[1]);
  const asker = out.size ? [...out].some(([, s]) => s === 'question') : false;
  named.forEach(([k], rank) => out.set(k, rank === 0 && !asker ? 'question' : 'answer'));
  return out;
}

function countOf(turns: ParagraphDraft[], key: string, keys: Map<string, string>): number {
  return Math.max(1, turns.filter((p) => p.label !== undefined && keys.get(p.label) === key).length);
}

function fixedSide(label: string, conv: ParagraphConventions): Side | undefined {
  const l = label.toUpperCase().replace(/[.:]+$/, '');
  if (conv.labels.questionLabels.includes(l) || conv.labels.questionDashes.includes(label)) return 'question';
  if (conv.labels.answerLabels.includes(l)) return 'answer';
  return undefined;
}

/** One key per speaker: a full name printed once (`Jane Roe`) goes with its initials (`JR`) when those are used. */
function speakerKey(label: string, labels: ReadonlySet<string> | ReadonlyMap<string, unknown>): string {
  const initials = initialsOf(label);
  return initials !== label && initials.length >= 2 && labels.has(initials) ? initials : label;
}

/**
 * The face (bold, italic) questions are set in, when the exchange has one: some paragraphs carry it, they read
 * as questions more than the plain ones do, and they are a minority.
 */
function markedFace(paragraphs: ParagraphDraft[], conv: ParagraphConventions): 'bold' | 'italic' | undefined {
  const mean = (ps: ParagraphDraft[]) => ps.reduce((n, p) => n + questionEvidence(p.text, conv.question).score, 0) / Math.max(1, ps.length);
  const plain = paragraphs.filter((p) => faceOf(p) === 'plain');
  for (const face of ['bold', 'italic'] as const) {
    const styled = paragraphs.filter((p) => faceOf(p) === face);
    if (styled.length < conv.labels.minRecurrence || styled.length > plain.length) continue;
    if (mean(styled) > mean(plain)) return face;
  }
  return undefined;
}

/** Best sequence of sides: emission e (log-odds for a question) split evenly, plus transition bonuses. */
function viterbi(emissions: number[], stays: boolean[], conv: ParagraphConventions): Side[] {
  const t = conv.transitions;
  const trans = (from: number, to: number, i: number): number => {
    if (stays[i]) return from === to ? t.unlabelledStays : -t.unlabelledStays;
    if (from === 0) return to === 0 ? t.questionToQuestion : t.questionToAnswer;
    return to === 0 ? t.answerToQuestion : t.answerToAnswer;
  };
  const emit = (i: number, s: number): number => ((s === 0 ? 1 : -1) * (emissions[i]! + t.questionPrior)) / 2;
  let score = [emit(0, 0) + t.startQuestion, emit(0, 1)];
  const back: number[][] = [];
  for (let i = 1; i < emissions.length; i++) {
    const next: number[] = [];
    const from: number[] = [];
    for (const to of [0, 1]) {
      const viaQ = score[0]! + trans(0, to, i);
      const viaA = score[1]! + trans(1, to, i);
      from.push(viaQ >= viaA ? 0 : 1);
      next.push(Math.max(viaQ, viaA) + emit(i, to));
    }
    back.push(from);
    score = next;
  }
  const path = [score[0]! >= score[1]! ? 0 : 1];
  for (let i = back.length - 1; i >= 0; i--) path.unshift(back[i]![path[0]!]!);
  return emissions.length ? path.map((s) => (s === 0 ? 'question' : 'answer')) : [];
}
