// The fragments of one block become printed lines: grouped by baseline, read left to right.
import { charCount } from './geometry.ts';
import { sameLine } from './fragments.ts';
import { joinChunks } from './letterSpacing.ts';
import type { Frag, LayoutLine, PdfChunk } from './types.ts';

/** A line counts as bold (or italic) when (nearly) all its characters are: a bold lead-in inside a line is not a bold line. */
const BOLD_SHARE = 0.95;
const SOFT_HYPHEN = /\u00ad/g;

/** Only lines this close above (ems) can take a fragment: lines further up are finished. */
const LOOKBACK_EM = 1;

interface Group {
  main: PdfChunk;
  frags: Frag[];
}

export function buildLines(frags: readonly Frag[]): LayoutLine[] {
  const groups: Group[] = [];
  for (const f of [...frags].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0)) {
    const main = mainChunk([f]);
    const g = findGroup(groups, main);
    if (!g) groups.push({ main, frags: [f] });
    else {
      g.frags.push(f);
      if (main.fontSize > g.main.fontSize) g.main = main;
    }
  }
  return groups.map((g) => toLine(g.frags)).sort((a, b) => a.baseline - b.baseline);
}

function findGroup(groups: Group[], c: PdfChunk): Group | undefined {
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (c.baseline - g.main.baseline > LOOKBACK_EM * Math.max(g.main.fontSize, c.fontSize)) return undefined;
    if (sameLine(g.main, c)) return g;
  }
  return undefined;
}

function mainChunk(frags: readonly Frag[]): PdfChunk {
  const all = frags.flatMap((f) => f.chunks);
  let main = all[0]!;
  let weight = main.fontSize * charCount(main.text); // each chunk counted once (was twice per comparison)
  for (const c of all.slice(1)) {
    const w = c.fontSize * charCount(c.text);
    if (w > weight) [main, weight] = [c, w];
  }
  return main;
}

function toLine(frags: Frag[]): LayoutLine {
  const chunks = frags.flatMap((f) => f.chunks);
  const chars = chunks.reduce((n, c) => n + charCount(c.text), 0);
  const boldChars = chunks.filter((c) => c.bold).reduce((n, c) => n + charCount(c.text), 0);
  const italicChars = chunks.filter((c) => c.italic).reduce((n, c) => n + charCount(c.text), 0);
  const main = mainChunk(frags);
  return {
    text: cleanText(joinChunks(chunks)),
    x0: Math.min(...frags.map((f) => f.x0)),
    x1: Math.max(...frags.map((f) => f.x1)),
    top: Math.min(...frags.map((f) => f.top)),
    bottom: Math.max(...frags.map((f) => f.bottom)),
    baseline: main.baseline,
    size: main.fontSize,
    bold: chars > 0 && boldChars >= BOLD_SHARE * chars,
    italic: chars > 0 && italicChars >= BOLD_SHARE * chars,
    dropCap: frags.some((f) => f.dropCap === true),
    ...lineTag(chunks, main),
  };
}

/** The structure element of the line's main text, and whether the line's first text opens an element. */
function lineTag(chunks: readonly PdfChunk[], main: PdfChunk): Pick<LayoutLine, 'tag' | 'tagNode' | 'tagStart'> {
  if (main.tag === undefined) return {};
  const first = chunks.reduce((a, c) => (c.x < a.x ? c : a));
  return { tag: main.tag, tagNode: main.tagNode, tagStart: first.tagStart === true };
}

/**
 * A soft hyphen (U+00AD) inside a line is an unused break opportunity: dropped. At the end of a line it was the
 * break: it becomes a plain hyphen, which the repair stage resolves against the document's vocabulary.
 */
export function cleanText(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  const end = t.endsWith('\u00ad') ? '-' : '';
  return t.replace(SOFT_HYPHEN, '') + end;
}
