// "Nothing lost": the lines of a text dump whose words the extraction output does not carry. A line is carried
// when its inner words (all but the first and last, which a line-end hyphen or a drop cap may change) occur, in
// order, in the output's titles, paragraphs and credits. Furniture that the pipeline sets aside on purpose is
// excused: running heads (lines printed again on other pages), jump lines, folios, bylines and sign-offs,
// letter-spaced display lines, a page's head or foot line set with separators (`May 2010 · THE REVIEW`), a
// caption's `Photo:` marker and a transcript's speaker label (a time stamp before it stays).

/** Lines with fewer words say too little to test (folios, rubrics, one-word justified fragments). */
const MIN_WORDS = 4;
const JUMP_LINE = /\bcontinued\s+(?:on|from)\b/i;
const BYLINE = /^(?:By|Interview(?:ed)?\s+by)\s+\p{Lu}/u;
/** `— Jane Roe`, or a wire story's credit line (`Reporting by Jane Roe;` / `Editing by John Doe`), broken anywhere
 *  (`…; Additional` / `reporting by John Doe; Editing by`). */
const SIGN_OFF = /^(?:[—–]\s*\p{Lu}|(?:[Rr]eporting|[Aa]dditional reporting|[Ee]diting|[Ee]dited)\s+by\s+\p{Lu})/u;
/** A running head or foot: set with separators (`·`, `|`) among a page's first or last few lines. */
const HEAD_SEPARATOR = /\s[·|]\s/u;
const PAGE_EDGE_LINES = 3;
/** `Jane Roe: …`, `Q: …`: a turn's label, kept as the paragraph's label, not in its text. */
const TURN_LABEL = /^(\[[\d:]+\]\s)?(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*:(?:\s|$)/u;
/** `… deck. Photo: Jane Roe`: the caption keeps its text, the credit its name; the marker goes. */
const CREDIT_MARKER = /\(?\b(?:Photo|Photograph|Picture|Image)(?:\s+credit)?:.*$/u;

interface OutDoc {
  articles?: { title?: string }[];
  paragraphs?: { text: string; credit?: string }[];
}

/** Words in a comparable form: case, typographic apostrophes and hyphens (a dump may lose or keep them) folded. */
export function words(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/(?<=[\p{L}\p{N}])[-‐‑–](?=[\p{L}\p{N}])/gu, '');
  return folded.match(/[\p{L}\p{N}']+/gu) ?? [];
}

function isFurniture(line: string, repeated: ReadonlySet<string>, edges: ReadonlySet<string>): boolean {
  if (JUMP_LINE.test(line) || BYLINE.test(line) || SIGN_OFF.test(line)) return true;
  if (edges.has(line) && HEAD_SEPARATOR.test(line)) return true;
  const ws = words(line);
  if (ws.filter((w) => w.length === 1).length * 2 >= ws.length) return true; // `P O L I T I C S`
  return repeated.has(runningHeadKey(line));
}

/** A running head differs from page to page by its folio only. */
function runningHeadKey(line: string): string {
  return words(line).filter((w) => !/^\d+$/.test(w)).join(' ');
}

/** The input lines (trimmed) whose inner words the output does not carry and that are no furniture. */
export function lostLines(input: string, out: OutDoc): string[] {
  const carried = [
    ...(out.articles ?? []).map((a) => a.title ?? ''),
    ...(out.paragraphs ?? []).map((p) => `${p.text} ${p.credit ?? ''}`),
  ];
  const stream = ` ${words(carried.join(' ')).join(' ')} `;
  const pages = input.split('\f').map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean));
  const lines = pages.flat();
  const edges = new Set(pages.flatMap((p) => [...p.slice(0, PAGE_EDGE_LINES), ...p.slice(-PAGE_EDGE_LINES)]));
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(runningHeadKey(l), (counts.get(runningHeadKey(l)) ?? 0) + 1);
  const repeated = new Set([...counts].filter(([k, n]) => n > 1 && k.split(' ').length >= 2).map(([k]) => k));
  return lines.filter((line) => {
    const body = line.replace(TURN_LABEL, '$1').replace(CREDIT_MARKER, '');
    const ws = words(body);
    if (ws.length < MIN_WORDS || isFurniture(line, repeated, edges)) return false;
    return !stream.includes(` ${ws.slice(1, -1).join(' ')} `);
  });
}
