// Tight kerning: spaces the text layer lost between words (`Yeah.So`, `there’sa`), put back only on word evidence.
import type { RepairConventions } from '../conventions/repair.ts';
import type { Lexicon } from '../text/lexicon.ts';

export interface KerningEvidence {
  lexicon: Lexicon;
  /** How often the document prints this form (case-folded); a glued form printed elsewhere is a real word. */
  count: (w: string) => number;
}

/** `word.Word` inside one whitespace-free run: a sentence end that lost its space. */
const GLUED_END = /(?<=^|[\s(“‘"'])(\p{L}*\p{Ll})([.?!])(\p{Lu}\p{Ll}+)(?=$|[\s,;:?!)”’"']|\.(?!\p{L}))/gu;
/** A run of lower-case letters, possibly with an apostrophe (`there’sa`). */
const GLUED_WORD = /(?<=^|[\s(“‘"'])\p{Ll}+(?:[’']\p{Ll}+)?(?=$|[\s,;:.?!)”’"'])/gu;

/** A lone capital right before the run: a drop cap set apart from the rest of its word. Read backwards from the
 *  run (never a regex over everything before it: that is quadratic on a long line). */
const UPPER_RE = /^\p{Lu}$/u;
const SPACE_RE = /^\s$/;

function dropCapBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && SPACE_RE.test(text[k]!)) k--;
  if (k < 0 || !UPPER_RE.test(text[k]!)) return false;
  return k === 0 || SPACE_RE.test(text[k - 1]!);
}

export function repairKerning(text: string, ev: KerningEvidence, conv: RepairConventions): { text: string; fixed: number } {
  let fixed = 0;
  const ends = text.replace(GLUED_END, (all, left: string, mark: string, right: string) => {
    if (!isGluedEnd(left, right, ev, conv)) return all;
    fixed++;
    return `${left}${mark} ${right}`;
  });
  const words = ends.replace(GLUED_WORD, (tok: string, at: number, whole: string) => {
    if (dropCapBefore(whole, at)) return tok; // `L adies`: a drop cap's word, not a glued pair
    const split = splitGluedWord(tok, ev, conv);
    if (split) fixed++;
    return split ?? tok;
  });
  return { text: words, fixed };
}

function isGluedEnd(left: string, right: string, ev: KerningEvidence, conv: RepairConventions): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (left.length < conv.kernMinLeft || conv.abbreviations.includes(l) || conv.domainEndings.includes(r)) return false;
  return ev.lexicon.has(l) && ev.lexicon.has(r);
}

/** Two glued words are never longer than this; longer runs of letters are not split (each split is a look-up). */
const MAX_GLUED_LENGTH = 40;

/** The one split of a glued non-word into a dictionary word and a short function word, if the document never prints the glued form. */
function splitGluedWord(tok: string, ev: KerningEvidence, conv: RepairConventions): string | undefined {
  if (tok.length > MAX_GLUED_LENGTH || ev.lexicon.has(tok) || ev.count(tok) > 1) return undefined;
  const splits: string[] = [];
  for (let i = 1; i < tok.length; i++) {
    const a = tok.slice(0, i);
    const b = tok.slice(i);
    if (!ev.lexicon.has(a) || !ev.lexicon.has(b)) continue;
    if (conv.gluedFunctionWords.includes(a) || conv.gluedFunctionWords.includes(b)) splits.push(`${a} ${b}`);
  }
  return splits.length === 1 ? splits[0] : undefined;
}
