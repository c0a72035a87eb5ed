// Python semantics the ported scorers rely on, so that their figures and printed lines match the Python tools
// byte for byte: whitespace (`str.isspace`, `\s`, `split()`, `strip()`), `\w`, truthiness, `==`, `repr`,
// `casefold`, code-point slicing and sorting, and `format(x, '.0f')` (round half to even).

/** Python's whitespace (`str.isspace`, `re` `\s` on str): JS `\s` plus U+001C–U+001F and U+0085, minus U+FEFF. */
export const PY_WS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** Python's `\w` on str: letters, numbers (Nd, Nl, No) and the underscore. */
export const PY_W = '\\p{L}\\p{N}_';

const WS_RUN = new RegExp(`[${PY_WS}]+`, 'gu');
const EDGE_WS = new RegExp(`^[${PY_WS}]+|[${PY_WS}]+$`, 'gu');

/** `s.strip()` */
export function pyStrip(s: string): string {
  return s.replace(EDGE_WS, '');
}

/** `re.sub(r'\s+', ' ', s)` */
export function collapseWs(s: string): string {
  return s.replace(WS_RUN, ' ');
}

/** `len(s.split())` */
export function wordCount(s: string): number {
  const t = pyStrip(s);
  return t === '' ? 0 : t.split(WS_RUN).length;
}

/** `s[:n]` (code points, not UTF-16 units). */
export function pySlice(s: string, n: number): string {
  const cps = Array.from(s);
  return cps.length <= n ? s : cps.slice(0, n).join('');
}

/** `len(s)` */
export function pyLen(s: string): number {
  return Array.from(s).length;
}

/** `bool(x)` for values read from JSON. */
export function truthy(x: unknown): boolean {
  if (x === null || x === undefined || x === false || x === 0 || x === '') return false;
  if (Array.isArray(x)) return x.length > 0;
  if (typeof x === 'object') return Object.keys(x).length > 0;
  return true;
}

/** `a == b` for values read from JSON (bools compare as 0/1 with numbers; lists and dicts compare deeply). */
export function pyEq(a: unknown, b: unknown): boolean {
  const num = (x: unknown) => (typeof x === 'boolean' ? Number(x) : x);
  const [x, y] = [num(a), num(b)];
  if (x === y) return true;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object') return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  if (kx.length !== ky.length) return false;
  return kx.every((k) => k in y && pyEq((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
}

/** Sort strings as Python does: by code point (JS sorts by UTF-16 unit). */
export function pySorted(xs: Iterable<string>): string[] {
  const cmp = (a: string, b: string) => {
    const [ca, cb] = [Array.from(a), Array.from(b)];
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
      const d = ca[i]!.codePointAt(0)! - cb[i]!.codePointAt(0)!;
      if (d !== 0) return d;
    }
    return ca.length - cb.length;
  };
  return [...xs].sort(cmp);
}

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

function escapeChar(ch: string, quote: string): string {
  if (ch === '\\' || ch === quote) return '\\' + ch;
  if (ch === '\t') return '\\t';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === ' ' || !NON_PRINTABLE.test(ch)) return ch;
  const cp = ch.codePointAt(0)!;
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** `repr(x)` for str, None, bool, int and lists of them. */
export function pyRepr(x: unknown): string {
  if (x === null || x === undefined) return 'None';
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  if (Array.isArray(x)) return '[' + x.map(pyRepr).join(', ') + ']';
  if (typeof x !== 'string') return pyStr(x);
  const quote = x.includes("'") && !x.includes('"') ? '"' : "'";
  return quote + Array.from(x, (ch) => escapeChar(ch, quote)).join('') + quote;
}

/** `str(x)` / f-string formatting for JSON values (lists as their repr). */
export function pyStr(x: unknown): string {
  if (typeof x === 'string') return x;
  if (x === null || x === undefined || typeof x === 'boolean' || Array.isArray(x)) return pyRepr(x);
  if (typeof x === 'number') return String(x);
  return JSON.stringify(x);
}

/** `f'{x:.0f}'`: Python rounds an exact half to even where JS `toFixed` rounds it up. */
export function fmt0f(x: number): string {
  const floor = Math.floor(x);
  if (x - floor === 0.5) return String(floor % 2 === 0 ? floor : floor + 1);
  return x.toFixed(0);
}

/** A float as Python prints it when it holds a whole number (`42.0`) or not (`42.5`). */
export function pyFloatStr(x: number): string {
  return Number.isInteger(x) ? `${x}.0` : String(x);
}

/** `s.casefold()`: full case folding, per code point (upper then lower, with the folds that rule misses). */
export function casefold(s: string): string {
  return Array.from(s, foldChar).join('');
}

function foldChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp === 0x131) return ch; // dotless i folds to itself, not to "i"
  if ((cp >= 0x13f8 && cp <= 0x13fd) || (cp >= 0xab70 && cp <= 0xabbf)) return ch.toUpperCase(); // Cherokee folds up
  return ch.toUpperCase().toLowerCase().replace(/ß/g, 'ss');
}
