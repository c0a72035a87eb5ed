// Pure: figures as a reader types them. "€30.3 million", "30,3 mn", "676,000", "5 per cent" and "$1.2bn" are
// read into canonical number tokens, so the paragraph that prints a figure in one form is found by any other.
// A token is the digits with `d` for the decimal point ("30d3"): one word for the search engine, never split.

/** Currency signs and codes printed before a figure: dropped, the number is what a reader types. */
const CURRENCY_PREFIX = String.raw`(?:US\$|A\$|C\$|HK\$|[€$£¥₹₽₸])`;
/** Scale words after a figure (spaced), by the power of ten they stand for. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 3, million: 6, mn: 6, billion: 9, bn: 9, trillion: 12, tn: 12,
};
/** Suffixes glued to a figure ("€30m", "$1.2bn"); only after a currency sign, since "100m" alone may be metres. */
export const ATTACHED_SCALES: Readonly<Record<string, number>> = { k: 3, m: 6, mn: 6, b: 9, bn: 9, tn: 12 };
/** The one spelling every power of ten is indexed under. */
const SCALE_NAMES: Readonly<Record<number, string>> = { 3: 'thousand', 6: 'million', 9: 'billion', 12: 'trillion' };
/** The one spelling of "%", "per cent" and "percent". */
export const PERCENT_TOKEN = 'percent';

const FIGURE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<!\p{L}[-‐])(?<cur>${CURRENCY_PREFIX})?(?<num>\d+(?:[.,]\d+)*)` +
    String.raw`(?:(?<att>mn|bn|tn|k|m|b)(?![\p{L}\p{N}]))?` +
    String.raw`(?:\s+(?<scale>thousand|million|billion|trillion|mn|bn|tn)(?![\p{L}\p{N}]))?` +
    String.raw`(?<pct>\s*%|\s+per\s*cent(?![\p{L}\p{N}])|\s*percent(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])`,
  'giu',
);

export interface Figure {
  start: number;
  end: number;
  /** What the index holds for the figure: the number as printed, then scale word and full value, then "percent". */
  indexTokens: string[];
  /** What a query of this figure asks for: its value (and "percent"). */
  queryTokens: string[];
}

interface Decimal {
  int: string;
  frac: string;
}

/** "1,200" and "1.200,5" and "30,3" → digits before and after the decimal point; null when not a number. */
export function parseNumber(s: string): Decimal | null {
  const seps = s.match(/[.,]/g) ?? [];
  const groups = s.split(/[.,]/);
  if (!seps.length) return clean(s, '');
  const kinds = new Set(seps);
  if (kinds.size === 1) {
    const sep = seps[0]!;
    const thousands = groups.slice(1).every((g) => g.length === 3) && groups[0]!.length <= 3 && groups[0] !== '0';
    if (seps.length > 1) return thousands ? clean(groups.join(''), '') : null;
    // One separator: a comma before exactly three digits groups thousands; otherwise it is a decimal point.
    if (sep === ',' && thousands) return clean(groups.join(''), '');
    return clean(groups[0]!, groups[1]!);
  }
  // Both kinds: the last separator is the decimal point, the others group thousands.
  const last = seps[seps.length - 1]!;
  if (seps.slice(0, -1).some((x) => x === last)) return null;
  const intGroups = groups.slice(0, -1);
  if (!intGroups.slice(1).every((g) => g.length === 3) || intGroups[0]!.length > 3) return null;
  return clean(intGroups.join(''), groups[groups.length - 1]!);
}

function clean(int: string, frac: string): Decimal {
  return { int: int.replace(/^0+(?=\d)/, ''), frac: frac.replace(/0+$/, '') };
}

export function numberToken(d: Decimal): string {
  return d.frac ? `${d.int}d${d.frac}` : d.int;
}

/** The decimal times 10^power, exactly (string arithmetic: no floating-point rounding). */
export function scaleDecimal(d: Decimal, power: number): Decimal {
  const digits = d.int + d.frac.padEnd(power, '0');
  const point = d.int.length + power;
  return clean(digits.slice(0, point), digits.slice(point));
}

/** Every figure of a text, left to right. */
export function findFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE_RE)) {
    const g = m.groups!;
    const number = parseNumber(g.num!);
    if (!number) continue;
    let end = m.index + m[0].length;
    let attached = g.att ? ATTACHED_SCALES[g.att.toLowerCase()] : undefined;
    if (attached !== undefined && !g.cur) {
      // A bare "100m": the suffix is not a scale, and the figure ends before it.
      if (g.scale || g.pct) continue;
      end = m.index + (g.cur?.length ?? 0) + g.num!.length;
      attached = undefined;
    }
    const power = attached ?? (g.scale ? SCALE_WORDS[g.scale.toLowerCase()] : undefined);
    out.push({ start: m.index, end, ...tokensOf(number, power, !!g.pct) });
  }
  return out;
}

function tokensOf(number: Decimal, power: number | undefined, percent: boolean): Pick<Figure, 'indexTokens' | 'queryTokens'> {
  const pct = percent ? [PERCENT_TOKEN] : [];
  const printed = numberToken(number);
  if (power === undefined) return { indexTokens: [printed, ...pct], queryTokens: [printed, ...pct] };
  const value = numberToken(scaleDecimal(number, power));
  return { indexTokens: [printed, SCALE_NAMES[power]!, value, ...pct], queryTokens: [value, ...pct] };
}
