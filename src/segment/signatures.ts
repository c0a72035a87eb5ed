// Closing signatures: the author's name at the end of a piece, as `— Jane Roe, Chair, …` or as a bare name on the
// last line (often italic, set flush right), or a wire credit line (`Reporting by …`). Each is weighed from its evidence (`signatureWeights`).
import type { ArticleConventions, SignatureWeights } from '../conventions/articles.ts';
import { endsSentence, isAllCaps, isFlushRight } from '../text/predicates.ts';
import { creditGoesOn, creditNames, isPersonName, signatureGoesOn, signatureName } from './bylines.ts';
import type { FlatLine } from './heads.ts';

export type SignatureFeatures = Record<keyof SignatureWeights, boolean>;

/** The signature among the last lines [from, end) of an article: its lines and names, the nearest the end first. */
export function closingSignature(flat: FlatLine[], from: number, end: number, conv: ArticleConventions): { lines: number[]; names: string[] } | undefined {
  for (let k = end - 1; k >= Math.max(from, end - conv.signatureTail); k--) {
    if (k > from && creditGoesOn(flat[k - 1]!.line.text, conv)) continue; // the rest of a credit line, not a name
    const found = weighSignature(flat, k, end, conv);
    if (!found || found.score < conv.signatureThreshold) continue;
    const lines = [k]; // and the rest of a credit line or a signature broken over the next lines
    while (lines.length < end - k && goesOn(flat, k + lines.length - 1, conv)) lines.push(k + lines.length);
    return { lines, names: found.names };
  }
  return undefined;
}

/** The names line k would sign with and its score, or undefined when it names nobody. */
export function weighSignature(flat: FlatLine[], k: number, end: number, conv: ArticleConventions): { names: string[]; score: number } | undefined {
  const line = flat[k]!.line;
  const credit = creditNames(line.text, conv);
  const dashed = credit ? null : signatureName(line.text, conv);
  const bare = credit || dashed ? null : bareName(line.text, conv);
  const names = credit ?? [dashed ?? bare].filter((n): n is string => n !== null);
  if (!names.length) return undefined;
  const before = flat[k - 1]?.line;
  const features: SignatureFeatures = {
    credit: credit !== null,
    dashed: dashed !== null,
    bareName: bare !== null,
    lastLine: k === end - 1,
    afterSentenceEnd: !!before && endsSentence(before.text.trim()),
    italic: line.italic === true,
    flushRight: !!before && isFlushRight(line, flat.slice(Math.max(0, k - FLUSH_LINES_ABOVE), k).map((f) => f.line)),
    afterQuotation: !!before && /['"’”»]$/.test(before.text.trim()),
    continuesSignature: !!before && signatureGoesOn(before.text, line.text, conv),
    finishesSentence: !!before && !endsSentence(before.text.trim()) && endsSentence(line.text.trim()),
  };
  const score = Object.entries(features).reduce((s, [f, on]) => s + (on ? conv.signatureWeights[f as keyof SignatureWeights] : 0), 0);
  return { names, score };
}

/** Line j's signature or credit goes on to line j + 1. */
function goesOn(flat: FlatLine[], j: number, conv: ArticleConventions): boolean {
  const text = flat[j]!.line.text;
  const next = flat[j + 1]?.line.text;
  return creditGoesOn(text, conv) || (next !== undefined && signatureGoesOn(text, next, conv));
}

/** A person's name alone on a line, in mixed case (a capitals line is a running head or a rubric). */
function bareName(text: string, conv: ArticleConventions): string | null {
  const t = text.trim();
  return !isAllCaps(t) && isPersonName(t, conv) ? t : null;
}

/** The text above sets the measure a flush-right line is compared with. */
const FLUSH_LINES_ABOVE = 4;
