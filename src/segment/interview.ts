// Interview turns decoded as a whole: each paragraph of the exchange is a question or an answer, from the
// labels the document prints (`Q:`, `ROE:`, `JR:`, a dash), the face questions are set in, the words of each
// paragraph, and the way turns alternate (a small Viterbi over the two sides).
import type { ParagraphDraft } from '../domain/types.ts';
import { DEFAULT_PARAGRAPHS, type ParagraphConventions } from '../conventions/paragraphs.ts';
import { endsWithQuestion, faceOf, opensExchange, opensReply, questionEvidence } from './questions.ts';
import { initialsOf, shortFormsOf } from './turns.ts';

type Side = 'question' | 'answer';
const SPEECH_KINDS = new Set(['body', 'turn']);

/**
 * Question and answer kinds for the paragraphs of an interview; the ones before the exchange are left alone.
 * A paragraph may hold a turn change the layout hid (an answer's last sentence, then the next question on a
 * line of its own): it is split there when the decoder puts its pieces on different sides.
 */
export function decodeInterview(paragraphs: ParagraphDraft[], conv: ParagraphConventions = DEFAULT_PARAGRAPHS): ParagraphDraft[] {
  const start = exchangeStart(paragraphs, conv);
  if (start < 0) return paragraphs;
  const units = paragraphs.flatMap((p, i) => (i >= start && SPEECH_KINDS.has(p.kind) ? unitsOf(p, i) : []));
  const sides = decodeSides(units.map((u) => u.draft), conv, units.map((u) => u.from > 0));
  const byPara = new Map<number, (Unit & { side: Side })[]>(); // one pass, not units × paragraphs
  units.forEach((u, k) => {
    const mine = byPara.get(u.para) ?? [];
    mine.push({ ...u, side: sides[k]! });
    byPara.set(u.para, mine);
  });
  const out: ParagraphDraft[] = [];
  paragraphs.forEach((p, i) => {
    const mine = byPara.get(i) ?? [];
    if (!mine.length) out.push(p);
    else out.push(...rejoin(p, mine));
  });
  return out;
}

interface Unit {
  para: number;
  from: number;
  draft: ParagraphDraft;
}

/** A paragraph cut at its soft breaks: the pieces the decoder may put on different sides. */
function unitsOf(p: ParagraphDraft, para: number): Unit[] {
  const { softBreaks, label, ...rest } = p;
  const cuts = [0, ...(softBreaks ?? []).filter((c) => c > 0 && c < p.text.length), p.text.length];
  return cuts.slice(0, -1).map((from, k) => {
    const text = p.text.slice(from, cuts[k + 1]).trim();
    // only the first piece carries the paragraph's label
    return { para, from, draft: from === 0 ? { ...p, text } : { ...rest, kind: p.kind === 'turn' ? 'body' : p.kind, text } };
  });
}

/** Pieces of one paragraph back together, split only where the side changes. */
function rejoin(p: ParagraphDraft, units: (Unit & { side: Side })[]): ParagraphDraft[] {
  const { softBreaks: _soft, ...rest } = p;
  const out: ParagraphDraft[] = [];
  units.forEach((u, k) => {
    if (k > 0 && units[k - 1]!.side === u.side) return;
    const end = units.slice(k).find((v) => v.side !== u.side)?.from ?? p.text.length;
    out.push({ ...rest, kind: u.side, text: p.text.slice(u.from, end).trim() });
  });
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

/** Labelled turns of more speakers than an interview has: a transcript (a briefing, a hearing), not Q&A. */
export function isTranscript(paragraphs: ParagraphDraft[], conv: ParagraphConventions = DEFAULT_PARAGRAPHS): boolean {
  const labels = new Set(paragraphs.flatMap((p) => (p.kind === 'turn' && p.label !== undefined ? [p.label] : [])));
  return new Set([...labels].map((l) => speakerKey(l, labels))).size > conv.maxInterviewSpeakers;
}

/**
 * The exchange starts at the first labelled turn, or else the first paragraph that asks: set in the questions'
 * face with some question evidence (a standfirst may share the face), or ending in a question mark.
 */
export function exchangeStart(paragraphs: ParagraphDraft[], conv: ParagraphConventions = DEFAULT_PARAGRAPHS): number {
  const labelled = paragraphs.findIndex((p) => p.kind === 'turn');
  if (labelled >= 0) return labelled;
  const marking = markedFace(paragraphs.filter((p) => p.kind === 'body'), conv);
  const marked = (p: ParagraphDraft) => faceOf(p) === marking && questionEvidence(p.text, conv.question).score > 0;
  return paragraphs.findIndex((p) => p.kind === 'body' && (marked(p) || opensExchange(p.text)));
}

/**
 * Decide every turn's side at once: emissions from labels, face and words; transitions from alternation.
 * `joined[i]`: turn i goes on the paragraph of turn i - 1 (a soft break), so it likely keeps its side.
 */
export function decodeSides(turns: ParagraphDraft[], conv: ParagraphConventions = DEFAULT_PARAGRAPHS, joined: boolean[] = []): Side[] {
  const w = conv.question;
  const labelSide = sidesOfLabels(turns, conv);
  const twoSided = new Set(labelSide.values()).size === 2;
  const oneSided = labelSide.size > 0 && !twoSided;
  const marking = markedFace(turns.filter((p) => p.kind !== 'turn'), conv);
  const emissions = turns.map((p, i) => {
    let s = questionEvidence(p.text, w).score;
    const side = p.label === undefined ? undefined : labelSide.get(speakerKey(p.label, labelSide));
    if (side) s += side === 'question' ? w.label : -w.label;
    else if (oneSided && !joined[i]) s += w.unmarked; // marks open paragraphs: a piece inside one has none
    if (marking && !side) s += faceOf(p) === marking ? w.marked : w.unmarked;
    return s;
  });
  const t = conv.transitions;
  const links = turns.map((p, i): Link => ({
    stay: twoSided && p.kind !== 'turn' ? t.unlabelledStays : 0,
    switchCost: joined[i] ? t.softBreakSwitch : 0,
    reply: opensReply(p.text),
    afterContext: i > 0 && isContext(turns[i - 1]!.text, t.contextMaxWords),
  }));
  return viterbi(emissions, links, conv);
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

/** One key per speaker: a full name printed once (`Jane Roe`) goes with its initials (`JR`) or its surname in
 *  capitals (`ROE`) when those are used. */
function speakerKey(label: string, labels: ReadonlySet<string> | ReadonlyMap<string, unknown>): string {
  const forms = [initialsOf(label), ...shortFormsOf(label)];
  return forms.find((f) => f !== label && f.length >= 2 && labels.has(f)) ?? label;
}

/**
 * The face (bold, italic) questions are set in, when the exchange has one: some paragraphs carry it, they read
 * as questions more than the plain ones do, and plain ones remain (a wholly italic piece marks nothing).
 */
function markedFace(paragraphs: ParagraphDraft[], conv: ParagraphConventions): 'bold' | 'italic' | undefined {
  const mean = (ps: ParagraphDraft[]) => ps.reduce((n, p) => n + questionEvidence(p.text, conv.question).score, 0) / Math.max(1, ps.length);
  const plain = paragraphs.filter((p) => faceOf(p) === 'plain');
  for (const face of ['bold', 'italic'] as const) {
    const styled = paragraphs.filter((p) => faceOf(p) === face);
    if (styled.length < conv.labels.minRecurrence || plain.length < conv.labels.minRecurrence) continue;
    if (mean(styled) > mean(plain)) return face;
  }
  return undefined;
}

/** Best sequence of sides: emission e (log-odds for a question) split evenly, plus transition bonuses. */
/** A short statement that leads to the question after it (`You spent two weeks there.`). */
function isContext(text: string, maxWords: number): boolean {
  return !endsWithQuestion(text) && text.split(/\s+/).length <= maxWords;
}

interface Link {
  /** Bonus for keeping the side of the turn before (and malus for leaving it). */
  stay: number;
  /** Cost of changing sides (a soft break inside one paragraph). */
  switchCost: number;
  /** The turn opens like a reply: an answer before it is unlikely. */
  reply: boolean;
  /** The turn before was short and asked nothing: if it was a question, it only set the context. */
  afterContext: boolean;
}

function viterbi(emissions: number[], links: Link[], conv: ParagraphConventions): Side[] {
  const t = conv.transitions;
  const trans = (from: number, to: number, i: number): number => {
    const l = links[i]!;
    if (l.stay) return from === to ? l.stay : -l.stay;
    const qq = l.afterContext ? t.contextToQuestion : t.questionToQuestion;
    const base = from === 0 ? (to === 0 ? qq : t.questionToAnswer) : to === 0 ? t.answerToQuestion : t.answerToAnswer;
    return base - (from !== to ? l.switchCost : 0) + (l.reply && from === 1 && to === 1 ? t.replyAfterAnswer : 0);
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
