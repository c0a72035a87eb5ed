// Speaker turns: a label opens a line and names who speaks. Transcripts print `JUSTICE HALE: Well, …`,
// `MR. SMITH:` or a bare `Q`; interviews print `Q:`/`A:`, surnames (`ROE:`), initials (`JR:`), a full name on
// the first turn and initials after (`Jane Roe:` … `JR:`), or open each question with a dash.
import { DEFAULT_PARAGRAPHS, type TurnLabelConventions } from '../conventions/paragraphs.ts';

/** A label in capitals of one to five words (initials and `Q` included), then a colon and the words spoken. */
const TURN = /^((?:[A-Z][A-Z.'’-]*\s){0,4}[A-Z][A-Z.'’-]*):(?:\s+(\S.*))?$/;
/** A press-briefing reporter: a bare `Q` before the question. */
const BARE_Q = /^(Q)\s+([“"‘'(]?\p{Lu}.*)$/u;
/** A one-letter label with a stop (`Q. Where …`, `A. In …`), kept only for the labels the conventions list. */
const DOTTED = /^([A-Z])\.\s+([“"‘'(]?\p{Lu}.*)$/u;
/** A name in capitals and small letters, two or three words, then a colon (`Jane Roe:`). */
const NAME_TURN = /^(\p{Lu}[\p{Ll}’'-]+(?:\s\p{Lu}[\p{Ll}’'.-]*){1,2}):\s+(\S.*)$/u;
/** One capitalised word, then a colon (`Herald:`, `Jane:`): a paper's name or a guest's first name. */
const WORD_TURN = /^(\p{Lu}[\p{Ll}’'-]+):(?:\s+(\S.*))?$/u;
/** A dash then the words, not a folio (`—2—`) . */
const DASH_TURN = /^([—–])\s?([\p{L}“"‘'(].*)$/u;
/** `— Jane Roe` alone on a line is an author's sign-off, not a turn. */
const SIGN_OFF = /^(?:\p{Lu}[\p{L}.’'-]*\s?){1,4}$/u;
/** Two recurring speakers make the document a transcript. */
const MIN_SPEAKERS_FOR_TRANSCRIPT = 2;

/** A time stamp and the first words of a label in capitals, the rest of the label on the next line (`[1:02:14] THE`). */
const STAMP_LABEL_START = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s+[A-Z][A-Z.'’-]*){1,3}$/;

/**
 * Lines where a narrow column broke a time-stamped label (`[1:02:14] THE` / `MODERATOR: We …`): the stamp and the
 * label's start move to the next line, so the label opens one line again. Other lines are kept as they are.
 */
export function joinBrokenStampLabels<L extends { text: string }>(lines: readonly L[], conv: TurnLabelConventions = DEFAULT_PARAGRAPHS.labels): L[] {
  const out: L[] = [];
  for (let k = 0; k < lines.length; k++) {
    const cur = lines[k]!;
    const next = lines[k + 1];
    const joined = next && STAMP_LABEL_START.test(cur.text.trim()) ? `${cur.text.trim()} ${next.text.trim()}` : '';
    const turn = joined ? matchTurn(joined, conv) : null;
    if (next && turn && TURN.test(`${joined.slice(joined.indexOf(' ') + 1)}`)) {
      out.push({ ...next, text: joined });
      k++;
    } else out.push(cur);
  }
  return out;
}

export interface Turn {
  label: string;
  rest: string;
  /** The time stamp printed before the label, kept at the start of `rest` too. */
  stamp?: string;
}

export function matchTurn(text: string, conv: TurnLabelConventions = DEFAULT_PARAGRAPHS.labels): Turn | null {
  const stamp = conv.turnStamp.exec(text.trim())?.[0];
  if (!stamp) return matchLabel(text, conv);
  const turn = matchLabel(text.trim().slice(stamp.length), conv);
  return turn && { label: turn.label, rest: `${stamp.trim()} ${turn.rest}`.trim(), stamp: stamp.trim() };
}

/** The label that opens a line, if any (after any time stamp). */
function matchLabel(text: string, conv: TurnLabelConventions): Turn | null {
  const t = text.trim();
  const m = TURN.exec(t) ?? BARE_Q.exec(t) ?? NAME_TURN.exec(t) ?? WORD_TURN.exec(t);
  if (m) return { label: m[1]!, rest: m[2] ?? '' };
  const dot = DOTTED.exec(t);
  if (dot && conv.dottedLabels.includes(dot[1]!)) return { label: dot[1]!, rest: dot[2]! };
  const d = DASH_TURN.exec(t);
  if (!d || !conv.questionDashes.includes(d[1]!) || SIGN_OFF.test(d[2]!)) return null;
  return { label: d[1]!, rest: d[2]! };
}

/** Labels that open at least two lines of the document: those lines are speaker turns. */
export function findTurnLabels(lines: Iterable<string>, conv: TurnLabelConventions = DEFAULT_PARAGRAPHS.labels): Set<string> {
  const counts = new Map<string, number>();
  const undotted = new Set<string>();
  let dottedQuestions = 0;
  const words: string[] = [];
  for (const l of lines) {
    const t = matchTurn(l, conv);
    if (!t) continue;
    if (WORD_TURN.test(l.trim())) {
      words.push(t.label);
      continue;
    }
    counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
    if (!DOTTED.test(l.trim().replace(conv.turnStamp, ''))) undotted.add(t.label);
    else if (conv.questionLabels.includes(t.label)) dottedQuestions++;
  }
  // `A.` alone is likelier an initial (`A. Smith`) than a label: only with dotted questions beside it.
  const dottedOnly = (l: string) => !undotted.has(l) && dottedQuestions < conv.minRecurrence;
  const recurring = [...counts].filter(([l, n]) => n >= conv.minRecurrence && !dottedOnly(l)).map(([l]) => l);
  // A full name printed once, on the first turn, before its initials or its surname in capitals (`Jane Roe:` then
  // `JR:` or `ROE:`) is a speaker too.
  const introduced = [...counts.keys()].filter((l) => !isCapitals(l) && shortFormsOf(l).some((s) => recurring.includes(s)));
  const found = new Set([...recurring, ...introduced, ...alternatingWords(words, conv)]);
  if (recurring.filter((l) => isCapitals(l)).length < MIN_SPEAKERS_FOR_TRANSCRIPT) return found;
  // In a transcript a person may speak once: a label of two words or more (`JUSTICE HALE`) is a speaker too.
  for (const l of counts.keys()) if (isCapitals(l) && l.split(/\s+/).length >= 2) found.add(l);
  return found;
}

/**
 * One-word labels (`Herald:` / `Jane:`) are common words before a colon too (`Note:`, `Source:`): they are turns
 * only as the sides of an exchange, two labels or more that each recur and mostly take turns.
 */
function alternatingWords(seq: readonly string[], conv: TurnLabelConventions): string[] {
  const counts = new Map<string, number>();
  for (const l of seq) counts.set(l, (counts.get(l) ?? 0) + 1);
  const sides = [...counts].filter(([l, n]) => n >= conv.minRecurrence && !conv.notWordLabels.includes(l.toLowerCase())).map(([l]) => l);
  if (sides.length < 2) return [];
  const turns = seq.filter((l) => sides.includes(l));
  const changes = turns.slice(1).filter((l, i) => l !== turns[i]).length;
  return changes >= conv.wordLabelAlternation * (turns.length - 1) ? sides : [];
}

/** `Jane Roe` → `JR`; `JR` → `JR`. */
export function initialsOf(label: string): string {
  if (isCapitals(label)) return label.replace(/[^A-Z]/g, '');
  return label.split(/\s+/).map((w) => w[0] ?? '').join('').toUpperCase();
}

/** The short labels a full name goes on as after its first turn: `Jane Roe` → [`JR`, `ROE`]; none for capitals. */
export function shortFormsOf(label: string): string[] {
  if (isCapitals(label)) return [];
  const surname = label.split(/\s+/).at(-1)?.toUpperCase() ?? '';
  return [initialsOf(label), surname];
}

function isCapitals(label: string): boolean {
  return /^[A-Z][A-Z.'’\s-]*$/.test(label);
}

