// Transcript speaker turns: `JUSTICE GINSBURG: Well, …` or `MR. SMITH: Thank you.` name who speaks.

/** A label in capitals of one to five words, then a colon and the words spoken (or a line break). */
const TURN = /^((?:[A-Z][A-Z.'’-]*\s){0,4}[A-Z][A-Z.'’-]+):(?:\s+(\S.*))?$/;
/** A label seen once is a heading or a note (`DISCLAIMER:`); a speaker speaks more than once. */
const MIN_TURNS_PER_LABEL = 2;
/** Two recurring speakers make the document a transcript. */
const MIN_SPEAKERS_FOR_TRANSCRIPT = 2;

export interface Turn {
  label: string;
  rest: string;
}

export function matchTurn(text: string): Turn | null {
  const m = TURN.exec(text.trim());
  return m ? { label: m[1]!, rest: m[2] ?? '' } : null;
}

/** Labels that open at least two lines of the document: those lines are speaker turns. */
export function findTurnLabels(lines: Iterable<string>): Set<string> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = matchTurn(l);
    if (t) counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
  }
  const recurring = [...counts].filter(([, n]) => n >= MIN_TURNS_PER_LABEL).map(([l]) => l);
  if (recurring.length < MIN_SPEAKERS_FOR_TRANSCRIPT) return new Set(recurring);
  // In a transcript a person may speak once: a label of two words or more (`JUSTICE HALE`) is a speaker too.
  return new Set([...counts.keys()].filter((l) => recurring.includes(l) || l.split(/\s+/).length >= 2));
}

/** `JUSTICE GINSBURG` → `Justice Ginsburg`, `MR. O'NEIL` → `Mr. O'Neil`. */
export function speakerFromLabel(label: string): string {
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
