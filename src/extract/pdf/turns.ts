// Transcript speaker turns: a line that opens a paragraph with a printed label in capitals and a colon,
// `JUSTICE SMITH: Couldn't the government …`, `MS. JONES: Yes.`, `Q: …`.
import type { Line } from '../../domain/types.ts';

/** One to six words in capitals (with initials, apostrophes, hyphens), a colon, then what is said. */
const TURN = /^((?:[A-Z][A-Z.'’-]*,?\s){0,5}[A-Z][A-Z.'’-]*):\s+(\S.*)$/;
/**
 * Words that open a speaker label in transcripts and interviews. Labels without one (`SUMMARY:`, `DATES:`)
 * are section labels, unless the caller knows the label as a speaker (it recurs as a turn in the document).
 */
const SPEAKER_TITLES = new Set([
  'MR', 'MRS', 'MS', 'MISS', 'DR', 'PROF', 'PROFESSOR', 'SIR', 'DAME', 'LORD', 'LADY', 'REV', 'FATHER',
  'JUSTICE', 'CHIEF', 'JUDGE', 'GENERAL', 'GEN', 'ATTORNEY', 'COUNSEL', 'SENATOR', 'SEN', 'REP', 'REPRESENTATIVE',
  'GOVERNOR', 'GOV', 'PRESIDENT', 'VICE', 'SECRETARY', 'MINISTER', 'AMBASSADOR', 'COMMISSIONER', 'CHAIRMAN',
  'CHAIRWOMAN', 'CHAIR', 'MAYOR', 'THE', 'Q', 'A', 'QUESTION', 'ANSWER', 'INTERVIEWER', 'MODERATOR',
]);

export interface SpeakerTurn {
  label: string;
  rest: string;
}

/**
 * The speaker label a line opens with, or null. With geometry (PDF lines) the line must start a paragraph:
 * a label in the middle of running text is a quotation, not a turn.
 */
export function detectSpeakerTurn(line: Pick<Line, 'text' | 'box' | 'paragraphStart'>, knownLabels?: ReadonlySet<string>): SpeakerTurn | null {
  const m = TURN.exec(line.text.trim());
  if (!m) return null;
  if (line.box && !line.paragraphStart) return null;
  const label = m[1]!.replace(/,$/, '');
  const first = label.split(/\s+/)[0]!.replace(/[.'’]+$/, '');
  if (!SPEAKER_TITLES.has(first) && !knownLabels?.has(label)) return null;
  return { label, rest: m[2]! };
}
